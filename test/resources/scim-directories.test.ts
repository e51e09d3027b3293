import { describe, expect, it } from 'vitest';
import { Role, ScimDirectory, ScimGroupRoleMapping } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format (snake_case) objects shaped as Clerk's spec describes them.

function permissionJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'permission', id, name: 'Manage invoices', key: 'org:invoices:manage', description: 'Issue and void invoices', type: 'user',
    created_at: 1, updated_at: 2, ...overrides,
  };
}

function roleJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'role', id, name: 'Billing manager', key: 'org:billing_manager', description: null, is_creator_eligible: false,
    permissions: [permissionJson('perm_1')], created_at: 1, updated_at: 2, ...overrides,
  };
}

function directoryJson(object: 'scim_directory' | 'directory', id: string, overrides: Record<string, unknown> = {}) {
  return {
    object, id, name: 'Okta', enterprise_connection_id: 'ent_1', endpoint_url: 'https://scim.example.com/v2', provider: 'okta', enabled: true,
    group_role_mapping_enabled: true, attribute_mapping: { 'name.givenName': 'first_name' }, api_key: null, created_at: 1, updated_at: 2, ...overrides,
  };
}

function mappingJson(object: 'scim_group_role_mapping' | 'directory_group_role_mapping', id: string, directoryId: string) {
  return {
    object, id, scim_directory_id: directoryId, directory_id: directoryId, scim_group_id: 'grp_admins', directory_group_id: 'grp_admins',
    scim_group_display_name: 'Admins', directory_group_display_name: 'Admins', role: roleJson('role_9'), precedence: 1, created_at: 1, updated_at: 2,
  };
}

describe('clerk.scimDirectories', () => {
  it('rotateApiKey refreshes a directory record in place; attribute mapping keys pass through', async () => {
    const clerk = strict();
    api().get('/scim_directories/scimdir_1').reply(200, directoryJson('scim_directory', 'scimdir_1'));
    const directory = await clerk.scimDirectories.get('scimdir_1');
    expect(directory).toBeInstanceOf(ScimDirectory);
    expect(directory.attributeMapping).toEqual({ 'name.givenName': 'first_name' });
    api().post('/scim_directories/scimdir_1/rotate_api_key').reply(200, directoryJson('scim_directory', 'scimdir_1', { api_key: 'scim_key_new' }));
    expect(await directory.rotateApiKey()).toBe(directory);
    expect(directory.apiKey).toBe('scim_key_new');
  });

  it('group role mappings are records with a Role and delete themselves at their directory', async () => {
    const clerk = strict();
    api()
      .get('/scim_directories/scimdir_1/group_role_mappings')
      .reply(200, { data: [mappingJson('scim_group_role_mapping', 'map_1', 'scimdir_1')], total_count: 1 });
    const [mapping] = await clerk.scimDirectories('scimdir_1').groupRoleMappings.list().toArray({ max: 10 });
    expect(mapping).toBeInstanceOf(ScimGroupRoleMapping);
    expect(mapping!.role).toBeInstanceOf(Role);
    api().delete('/scim_directories/scimdir_1/group_role_mappings/map_1').reply(200, { object: 'scim_group_role_mapping', id: 'map_1', deleted: true });
    expect((await mapping!.delete()).deleted).toBe(true);

    api()
      .put('/scim_directories/scimdir_1/group_role_mappings', { mappings: [{ scim_group_id: 'grp_admins', role_id: 'role_9' }] })
      .reply(200, { data: [mappingJson('scim_group_role_mapping', 'map_2', 'scimdir_1')], total_count: 1 });
    const replaced = await clerk.scimDirectories('scimdir_1').groupRoleMappings.replace({ mappings: [{ scimGroupId: 'grp_admins', roleId: 'role_9' }] });
    expect(replaced.map((m) => m.id)).toEqual(['map_2']);
    expect(replaced[0]).toBeInstanceOf(ScimGroupRoleMapping);
  });
});
