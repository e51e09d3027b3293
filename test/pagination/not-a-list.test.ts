/**
 * An answer that cannot be the list asked for is an error whatever `strictResponses` says: an
 * empty page in its place would end a walk as if the list had ended (an export concluding that an
 * instance has no users). One test per place where an answer becomes a page or an array.
 */
import type nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkResponseValidationError, type Clerk } from '../../src/index.js';
import { orgJson, userJson } from '../fixtures/objects.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

/** A lenient client (the default response policy) whose warnings are kept, not printed. */
function lenient(): { clerk: Clerk; warnings: string[] } {
  const warnings: string[] = [];
  return { clerk: newClerk({ maxRetries: 0, logger: { warn: (line) => warnings.push(line) } }), warnings };
}

async function expectUnusable(promise: Promise<unknown>, schema: string, issue: { path: string; message: RegExp }): Promise<void> {
  const error = (await rejectionOf(promise)) as ClerkResponseValidationError;
  expect(error).toBeInstanceOf(ClerkResponseValidationError);
  expect(error.schema).toBe(schema);
  expect(error.issues).toHaveLength(1);
  expect(error.issues[0]!.path).toBe(issue.path);
  expect(error.issues[0]!.message).toMatch(issue.message);
}

describe('a bare-array list (GET /users)', () => {
  const answers: Array<[string, unknown, RegExp]> = [
    ['an error object', { error: 'maintenance' }, /expected an array, received object/],
    ['null', null, /expected an array, received null/],
    ['a string', 'maintenance', /expected an array, received string/],
  ];
  it.each(answers)('answered with %s: the first page throws', async (_, body, message) => {
    const { clerk } = lenient();
    api().get('/users').query(true).reply(200, JSON.stringify(body), { 'content-type': 'application/json' });
    await expectUnusable(Promise.resolve(clerk.users.list()), 'GetUserList response', { path: '', message });
  });

  it('answered with an empty body: throws', async () => {
    const { clerk } = lenient();
    api().get('/users').query(true).reply(200, '');
    await expectUnusable(Promise.resolve(clerk.users.list()), 'GetUserList response', { path: '', message: /received undefined/ });
  });

  it('a walk whose second page is not a list throws there instead of ending', async () => {
    const { clerk } = lenient();
    const first = Array.from({ length: 2 }, (_, n) => userJson(`user_${n}`));
    api().get('/users').query({ limit: '2' }).reply(200, first);
    api().get('/users').query({ limit: '2', starting_after: 'user_1' }).reply(200, { error: 'maintenance' });
    const seen: string[] = [];
    const walk = (async () => {
      for await (const user of clerk.users.list({ limit: 2 })) seen.push(user.id);
    })();
    await expectUnusable(walk, 'GetUserList response', { path: '', message: /expected an array/ });
    expect(seen).toEqual(['user_0', 'user_1']);
  });
});

describe('an enveloped list (GET /organizations, GET /billing/plans)', () => {
  const answers: Array<[string, unknown, string, RegExp]> = [
    ['an envelope without data', { total_count: 5 }, 'data', /expected an array, received undefined/],
    ['data: null', { data: null, total_count: 0 }, 'data', /expected an array, received null/],
    ['data: an object', { data: { id: 'org_1' }, total_count: 1 }, 'data', /expected an array, received object/],
    ['null', null, '', /expected an object with a `data` array, received null/],
  ];
  it.each(answers)('answered with %s: throws', async (_, body, path, message) => {
    const { clerk } = lenient();
    api().get('/organizations').query(true).reply(200, JSON.stringify(body), { 'content-type': 'application/json' });
    await expectUnusable(Promise.resolve(clerk.organizations.list()), 'ListOrganizations response', { path, message });
  });

  it('a list asked for with paginated=true that answers an error object throws', async () => {
    const { clerk } = lenient();
    api().get('/billing/plans').query(true).reply(200, { error: 'maintenance' });
    await expectUnusable(Promise.resolve(clerk.billing.plans.list()), 'GetCommercePlanList response', {
      path: 'data',
      message: /expected an array, received undefined/,
    });
  });

  it('a read-ahead walk with a page that is not a list throws', async () => {
    const { clerk } = lenient();
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: [orgJson('org_0'), orgJson('org_1')], total_count: 6 });
    api().get('/organizations').query({ limit: '2', offset: '2' }).reply(200, { data: [orgJson('org_2'), orgJson('org_3')], total_count: 6 });
    api().get('/organizations').query({ limit: '2', offset: '4' }).reply(200, { total_count: 6 });
    const walk = clerk.organizations.list({ limit: 2 }, { concurrency: 2 }).toArray({ max: 100 });
    await expectUnusable(walk, 'ListOrganizations response', { path: 'data', message: /received undefined/ });
  });
});

describe('a list of plain data', () => {
  it('an item that is not an object throws, as an item of a list of records does', async () => {
    const { clerk } = lenient();
    api().get('/billing/plans').query(true).reply(200, { data: [null], total_count: 1 });
    await expectUnusable(Promise.resolve(clerk.billing.plans.list()), 'GetCommercePlanList items', {
      path: '',
      message: /expected an object, received null/,
    });
  });
});

describe('an envelope of records from a write', () => {
  const calls: Array<[string, (clerk: Clerk) => Promise<unknown>, () => nock.Interceptor, string]> = [
    [
      'organizations(id).invitations.bulkCreate',
      (clerk) => clerk.organizations('org_1').invitations.bulkCreate([{ emailAddress: 'bob@example.com', role: 'org:member' }]),
      () => api().post('/organizations/org_1/invitations/bulk'),
      'CreateOrganizationInvitationBulk response',
    ],
    [
      'directories(id).groupRoleMappings.replace',
      (clerk) => clerk.directories('dir_1').groupRoleMappings.replace({ mappings: [{ directoryGroupId: 'grp_1', roleId: 'role_1' }] }),
      () => api().put('/directories/dir_1/group_role_mappings'),
      'ReplaceDirectoryGroupRoleMappings response',
    ],
    [
      'scimDirectories(id).groupRoleMappings.replace',
      (clerk) => clerk.scimDirectories('scim_1').groupRoleMappings.replace({ mappings: [{ scimGroupId: 'grp_1', roleId: 'role_1' }] }),
      () => api().put('/scim_directories/scim_1/group_role_mappings'),
      'ReplaceSCIMGroupRoleMappings response',
    ],
  ];
  it.each(calls)('%s: an envelope without data throws, and so does null', async (_, call, route, schema) => {
    const { clerk } = lenient();
    route().reply(200, { total_count: 1 });
    await expectUnusable(call(clerk), schema, { path: 'data', message: /expected an array, received undefined/ });
    route().reply(200, 'null', { 'content-type': 'application/json' });
    await expectUnusable(call(clerk), schema, { path: '', message: /expected an object, received null/ });
  });
});
