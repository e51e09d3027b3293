import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { Directory, DirectoryGroupRoleMapping } from '../../src/index.js';
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

describe('clerk.directories', () => {
  it('directories: listed as records, their group role mappings nested under a record', async () => {
    const clerk = strict();
    api().get('/directories').query({ limit: '10' }).reply(200, { data: [directoryJson('directory', 'dir_1')], total_count: 1 });
    const page = await clerk.directories.list({ limit: 10 });
    expect(page.data[0]).toBeInstanceOf(Directory);
    api()
      .post('/directories/dir_1/group_role_mappings', { directory_group_id: 'grp_admins', role_id: 'role_9' })
      .reply(200, mappingJson('directory_group_role_mapping', 'map_1', 'dir_1'));
    const mapping = await page.data[0]!.groupRoleMappings.create({ directoryGroupId: 'grp_admins', roleId: 'role_9' });
    expect(mapping).toBeInstanceOf(DirectoryGroupRoleMapping);
    api().delete('/directories/dir_1/group_role_mappings/map_1').reply(200, { object: 'directory_group_role_mapping', id: 'map_1', deleted: true });
    await mapping.delete();
    expect(nock.pendingMocks()).toEqual([]);
  });
});
