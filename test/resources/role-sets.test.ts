import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, RoleSet } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format (snake_case) objects shaped as Clerk's spec describes them.

const roleSetItem = { object: 'role_set_item', id: 'role_1', name: 'Member', key: 'org:member', description: null, created_at: 1, updated_at: 1 };

function roleSetJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'role_set', id, name: 'Support', key: 'support', description: null, roles: [roleSetItem], default_role: roleSetItem,
    creator_role: roleSetItem, type: 'custom', created_at: 1, updated_at: 2, ...overrides,
  };
}

describe('clerk.roleSets', () => {
  it('a record fetched by key is located by its id afterwards', async () => {
    const clerk = strict();
    api().get('/role_sets/support').reply(200, roleSetJson('rs_1'));
    const set = await clerk.roleSets.get('support');
    expect(set).toBeInstanceOf(RoleSet);
    expect(set.defaultRole?.key).toBe('org:member');
    api().post('/role_sets/rs_1/roles', { role_keys: ['org:agent'] }).reply(200, roleSetJson('rs_1', { name: 'With agents' }));
    expect(await set.addRoles({ roleKeys: ['org:agent'] })).toBe(set);
    expect(set.name).toBe('With agents');
  });

  it('replace sends the reassignment mappings untouched and answers with the deleted object', async () => {
    api()
      .post('/role_sets/support/replace', { dest_role_set_key: 'default', reassignment_mappings: { 'org:agent': 'org:member' } })
      .reply(200, { object: 'role_set', id: 'rs_1', deleted: true });
    const deleted = await strict().roleSets('support').replace({ destRoleSetKey: 'default', reassignmentMappings: { 'org:agent': 'org:member' } });
    expect(deleted.deleted).toBe(true);
  });

  it('validates params before sending', async () => {
    const error = await rejectionOf(strict().roleSets.create({ name: 'Support', defaultRoleKey: 'org:member', creatorRoleKey: 'org:admin' } as never));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('roles');
    expect(nock.pendingMocks()).toEqual([]);
  });
});
