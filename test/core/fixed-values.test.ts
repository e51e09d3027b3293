import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';
import { orgJson, userJson } from '../fixtures/objects.js';

// Parameters the API takes from a fixed set (orderings, statuses, filters) or in a fixed format
// (role and permission keys) are typed so, and checked before anything is sent: a wrong value is a
// ClerkValidationError naming the field, never a request. The values come from the spec or, where
// it says them only in prose, from spec/facts.yml.

async function refused(promise: Promise<unknown>, field: string): Promise<string> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ClerkValidationError);
  const { issues } = error as ClerkValidationError;
  expect(issues.map((issue) => issue.path)).toEqual([field]);
  expect(nock.pendingMocks()).toEqual([]);
  return issues[0]!.message;
}

describe('orderings', () => {
  it('accept a field as it is, with + and with -', async () => {
    for (const orderBy of ['created_at', '+last_sign_in_at', '-username'] as const) {
      api().get('/users').query({ order_by: orderBy, limit: 1 }).reply(200, [userJson('user_1')]);
      const page = await newClerk().users.list({ orderBy, limit: 1 });
      expect(page.data).toHaveLength(1);
    }
  });

  it('refuse any other value before sending, saying what is accepted', async () => {
    // @ts-expect-error not an ordering of users
    const message = await refused(newClerk().users.list({ orderBy: 'newest' }), 'orderBy');
    expect(message).toMatch(/^expected a field to order by \(created_at, updated_at, .*last_sign_in_at\), optionally prefixed with \+ or -$/);
    // @ts-expect-error organizations have no `username` ordering
    await refused(newClerk().organizations.list({ orderBy: '-username' }), 'orderBy');
    // @ts-expect-error a direction alone
    await refused(newClerk().organizations(orgJson('org_1').id).memberships.list({ orderBy: '-' }), 'orderBy');
  });
});

describe('statuses', () => {
  it('accept the values the spec lists', async () => {
    api().get('/invitations').query((query) => query.status === 'revoked').reply(200, []);
    expect((await newClerk().invitations.list({ status: 'revoked' })).data).toEqual([]);
  });

  it('refuse any other value before sending', async () => {
    // @ts-expect-error not a status of invitations
    const message = await refused(newClerk().invitations.list({ status: 'open' }), 'status');
    expect(message).toContain('"pending"');
  });
});

describe('filters that take a value or its exclusion', () => {
  it('accept a value, and the value prefixed with -', async () => {
    api().get('/organizations/org_1/domains').query((query) => query.enrollment_mode === '-enterprise_sso').reply(200, { data: [], total_count: 0 });
    await newClerk().organizations('org_1').domains.list({ enrollmentMode: '-enterprise_sso' });
    api()
      .get('/organization_domains')
      .query((query) => JSON.stringify(query.enrollment_mode) === JSON.stringify(['manual_invitation', '-enterprise_sso'])).reply(200, { data: [], total_count: 0 });
    await newClerk().organizationDomains.list({ enrollmentMode: ['manual_invitation', '-enterprise_sso'] });
  });

  it('refuse any other value before sending', async () => {
    // @ts-expect-error not an enrollment mode
    const message = await refused(newClerk().organizations('org_1').domains.list({ enrollmentMode: 'automatic' }), 'enrollmentMode');
    expect(message).toMatch(/^expected one of "automatic_invitation", .*, optionally prefixed with - to exclude it$/);
    // @ts-expect-error only `-` excludes
    await refused(newClerk().organizationDomains.list({ enrollmentMode: ['+manual_invitation'] }), 'enrollmentMode[0]');
  });
});

describe('role and permission key formats', () => {
  it('refuse a key not in the format before sending', async () => {
    // @ts-expect-error role keys start with org:
    const message = await refused(newClerk().organizationRoles.create({ name: 'Support', key: 'support' }), 'key');
    expect(message).toBe('must match /^org:[a-z0-9_]+$/');
    await refused(newClerk().organizationRoles.create({ name: 'Support', key: 'org:Support Team' }), 'key');
    await refused(newClerk().organizationPermissions.create({ name: 'System', key: 'org:sys_memberships:read' }), 'key');
    // @ts-expect-error permission keys have two segments after org:
    await refused(newClerk().organizationPermissions.create({ name: 'Read', key: 'org:read' }), 'key');
  });

  it('send a key in the format', async () => {
    let sent: unknown;
    api()
      .post('/organization_roles', (body) => ((sent = body), true))
      .reply(200, { object: 'role', id: 'role_1', name: 'Support', key: 'org:support_team', description: null, is_creator_eligible: true, permissions: [], created_at: 1, updated_at: 1 });
    await newClerk().organizationRoles.create({ name: 'Support', key: 'org:support_team' });
    expect(sent).toMatchObject({ key: 'org:support_team' });
  });
});
