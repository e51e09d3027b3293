import { describe, expect, it } from 'vitest';
import { Permission } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format (snake_case) objects shaped as Clerk's spec describes them.

function permissionJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'permission', id, name: 'Manage invoices', key: 'org:invoices:manage', description: 'Issue and void invoices', type: 'user',
    created_at: 1, updated_at: 2, ...overrides,
  };
}

describe('clerk.organizationPermissions', () => {
  it('lists permissions as records, each deleting itself', async () => {
    const clerk = strict();
    api().get('/organization_permissions').query(true).reply(200, { data: [permissionJson('perm_1')], total_count: 1 });
    const page = await clerk.organizationPermissions.list();
    expect(page.data[0]).toBeInstanceOf(Permission);
    expect(page.totalCount).toBe(1);
    api().delete('/organization_permissions/perm_1').reply(200, { object: 'permission', id: 'perm_1', deleted: true });
    expect(await page.data[0]!.delete()).toEqual({ object: 'permission', id: 'perm_1', deleted: true });
  });
});
