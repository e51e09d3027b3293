import { describe, expect, it } from 'vitest';
import { Permission, Role } from '../../src/index.js';
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

describe('clerk.organizationRoles', () => {
  it('a Role record holds Permission records that act on their own path', async () => {
    api().get('/organization_roles/role_1').reply(200, roleJson('role_1'));
    const role = await strict().organizationRoles.get('role_1');
    expect(role).toBeInstanceOf(Role);
    expect(role.isCreatorEligible).toBe(false);
    expect(role.permissions[0]).toBeInstanceOf(Permission);
    api().patch('/organization_permissions/perm_1', { description: 'Void invoices' }).reply(200, permissionJson('perm_1', { description: 'Void invoices' }));
    const permission = await role.permissions[0]!.update({ description: 'Void invoices' });
    expect(permission).toBe(role.permissions[0]);
    expect(role.permissions[0]!.description).toBe('Void invoices');
  });

  it('a Role record refreshes in place on update and reload', async () => {
    api().post('/organization_roles', { name: 'Billing manager', key: 'org:billing_manager' }).reply(200, roleJson('role_1'));
    const role = await strict().organizationRoles.create({ name: 'Billing manager', key: 'org:billing_manager' });
    api().patch('/organization_roles/role_1', { description: 'Invoices' }).reply(200, roleJson('role_1', { description: 'Invoices' }));
    expect(await role.update({ description: 'Invoices' })).toBe(role);
    expect(role.description).toBe('Invoices');
    api().get('/organization_roles/role_1').reply(200, roleJson('role_1', { name: 'Renamed' }));
    await role.reload();
    expect(role.name).toBe('Renamed');
  });

  it('permissions are assigned and removed through the role handle', async () => {
    const clerk = strict();
    api().post('/organization_roles/role_1/permissions/perm_2').reply(200, roleJson('role_1', { permissions: [permissionJson('perm_1'), permissionJson('perm_2')] }));
    const role = await clerk.organizationRoles('role_1').permissions('perm_2').assign();
    expect(role).toBeInstanceOf(Role);
    expect(role.permissions.map((p) => p.id)).toEqual(['perm_1', 'perm_2']);
    api().delete('/organization_roles/role_1/permissions/perm_2').reply(200, roleJson('role_1'));
    expect((await clerk.organizationRoles(role.id).permissions('perm_2').remove()).permissions).toHaveLength(1);
  });

  it('lists roles as records, paging with the largest page', async () => {
    const clerk = strict();
    api().get('/organization_roles').query({ limit: '500', query: 'billing' }).reply(200, { data: [roleJson('role_1')], total_count: 1 });
    const roles = await clerk.organizationRoles.list({ query: 'billing' }).toArray({ max: 10 });
    expect(roles[0]).toBeInstanceOf(Role);
  });
});
