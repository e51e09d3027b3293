/**
 * The snippets of ../shared/design/API.md (the public contract), run as written against nock.
 * Each block below is one of its code blocks; replies are minimal spec-shaped objects.
 */
import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  Clerk,
  ClerkAPIError,
  ClerkConnectionError,
  ClerkError,
  ClerkTimeoutError,
  ClerkValidationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  SPEC_VERSION,
  UnprocessableEntityError,
  User,
} from '../src/index.js';
import { API, SECRET } from './helpers.js';
import { membershipJson, orgJson, userJson } from './fixtures/objects.js';

const invitationJson = (id: string) => ({
  object: 'organization_invitation', id, email_address: 'bob@example.com', role: 'org:member', role_name: 'Member',
  organization_id: 'org_1', inviter_id: null, public_inviter_data: null, public_metadata: {}, url: null, expires_at: null, created_at: 1, updated_at: 1,
});

/** A small fake Clerk: users and organizations in memory, answering the routes the snippets use. */
function fakeClerk(): void {
  const users = new Map<string, ReturnType<typeof userJson>>([['user_123', userJson('user_123')]]);
  const scope = nock(`${API}/v1`).persist();
  scope.get('/users').query(true).reply(() => [200, [...users.values()]]);
  scope.post('/users').reply((_, body) => {
    const created = userJson('user_new', { public_metadata: (body as { public_metadata?: object }).public_metadata ?? {} });
    users.set(created.id, created);
    return [200, created];
  });
  scope.get('/users/count').query(true).reply(200, { object: 'total_count', total_count: 1 });
  scope.get(/\/users\/user_\w+$/).reply((uri) => [200, users.get(uri.split('/').pop()!) ?? userJson(uri.split('/').pop()!)]);
  scope.post(/\/users\/user_\w+\/ban$/).reply((uri) => [200, userJson(uri.split('/')[3]!, { banned: true })]);
  scope.patch(/\/users\/user_\w+\/metadata$/).reply((uri) => [200, userJson(uri.split('/')[3]!)]);
  scope.patch(/\/users\/user_\w+$/).reply((uri, body) => [200, userJson(uri.split('/').pop()!, { first_name: (body as { first_name: string }).first_name, banned: true })]);
  scope.delete(/\/users\/user_\w+\/passkeys\/\w+$/).reply(200, { object: 'passkey', id: 'pk_1', deleted: true });
  scope.delete(/\/users\/user_\w+$/).reply((uri) => [200, { object: 'user', id: uri.split('/').pop(), deleted: true }]);
  scope.post('/organizations').reply(200, orgJson('org_1'));
  scope.get('/organizations/org_123').reply(200, orgJson('org_123'));
  scope.post(/\/organizations\/org_\w+\/memberships$/).reply(200, membershipJson('org_1', 'user_new', 'org:admin'));
  scope.get(/\/organizations\/org_\w+\/memberships/).query(true).reply(200, { data: [membershipJson('org_1', 'user_new', 'org:admin')], total_count: 1 });
  scope.patch(/\/organizations\/org_\w+\/memberships\/user_\w+$/).reply(200, membershipJson('org_1', 'user_new'));
  scope.post(/\/organizations\/org_\w+\/invitations$/).reply(200, invitationJson('orginv_1'));
  scope.get(/\/organizations\/org_\w+\/domains/).query(true).reply(200, { data: [], total_count: 0 });
}

describe('API.md: the root', () => {
  it('takes every documented option', () => {
    const clerk = new Clerk({
      secretKey: 'sk_test_…',
      apiUrl: 'https://api.clerk.com',
      apiVersion: SPEC_VERSION,
      timeout: 30_000,
      maxRetries: 2,
      fetch,
    });
    expect(clerk).toBeInstanceOf(Clerk);
  });
});

describe('API.md: resources, collections, handles, records', () => {
  it('runs the collections and handles block', async () => {
    fakeClerk();
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: API, strictResponses: true });
    const roles: string[] = [];

    const page = await clerk.users.list({ limit: 20, orderBy: '-created_at' });
    const user = await clerk.users.create({ emailAddress: ['ada@example.com'], password: 'x9!…', publicMetadata: { plan: 'pro' } });
    const same = await clerk.users.get(user.id); // == await clerk.users(user.id).get()
    const n = await clerk.users.count({ query: 'ada' });

    await clerk.users('user_123').ban(); // handle: no GET first
    await clerk.users('user_123').updateMetadata({ privateMetadata: { stripeId: 'cus_1' } });

    const org = await clerk.organizations.create({ name: 'Acme', createdBy: user.id });
    await clerk.organizations(org.id).memberships.create({ userId: user.id, role: 'org:admin' });
    for await (const m of clerk.organizations(org.id).memberships.list()) roles.push(m.role);
    await clerk.organizations(org.id).memberships(user.id).update({ role: 'org:member' });
    await clerk.organizations(org.id).invitations.create({ emailAddress: 'bob@example.com', role: 'org:member' });
    await clerk.organizations(org.id).domains.list();

    expect(page.data.length).toBeGreaterThan(0);
    expect(same).toBeInstanceOf(User);
    expect(same.publicMetadata).toEqual({ plan: 'pro' });
    expect(n).toBe(1);
    expect(roles).toEqual(['org:admin']);
  });

  it('runs the records block', async () => {
    fakeClerk();
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: API, strictResponses: true });
    const identifiers: unknown[] = [];

    const user = await clerk.users.get('user_123');
    user.firstName; user.emailAddresses[0]!.emailAddress; user.createdAt; // typed, camelCase
    await user.ban(); // the record refreshes itself from the response: user.banned === true
    expect(user.banned).toBe(true);
    await user.update({ firstName: 'Ada' });
    expect(user.firstName).toBe('Ada');
    await user.reload();
    const org = await clerk.organizations.get('org_123');
    for await (const m of org.memberships.list()) identifiers.push(m.publicUserData?.identifier); // relation from a record
    await user.passkeys[0]?.delete(); // embedded records carry their own id-bound methods
    await user.delete();
    const json = JSON.stringify(user); // a plain camelCase object, no secrets, no client internals

    expect(identifiers).toEqual(['user_new@example.com']);
    expect(JSON.parse(json).firstName).toBeDefined();
    expect(json).not.toContain(SECRET);
  });

  it('the record field is data; the same-named collection is on the handle', async () => {
    nock(`${API}/v1`).get('/users/user_123/organization_memberships').query(true).reply(200, { data: [], total_count: 0 });
    nock(`${API}/v1`).get('/users/user_123').reply(200, userJson('user_123', { organization_memberships: [membershipJson('org_1', 'user_123')] }));
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: API, strictResponses: true });
    const user = await clerk.users.get('user_123');
    expect(user.organizationMemberships?.[0]?.role).toBe('org:member');
    expect((await clerk.users(user.id).organizationMemberships.list()).data).toEqual([]);
  });
});

describe('API.md: lists and pagination', () => {
  it('runs the pagination block', async () => {
    fakeClerk();
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: API });
    const page = await clerk.users.list({ limit: 50 }); // one page
    page.data; // User[]
    page.totalCount; // number when the API reports one, else undefined
    page.hasNextPage(); // boolean
    await page.nextPage(); // Page<User> | null
    const seen: string[] = [];
    for await (const user of clerk.users.list({ orderBy: '-created_at' })) seen.push(user.id);
    for await (const p of clerk.users.list().pages()) seen.push(`page of ${p.data.length}`);
    const first = await clerk.users.list().toArray({ max: 1000 }); // capped collection
    expect(seen).toEqual(['user_123', 'page of 1']);
    expect(first).toHaveLength(1);
  });
});

describe('API.md: errors', () => {
  it('exports every error class, all ClerkErrors', () => {
    for (const ErrorClass of [
      ClerkAPIError, ClerkValidationError, ClerkConnectionError, ClerkTimeoutError, BadRequestError, AuthenticationError,
      PermissionDeniedError, NotFoundError, ConflictError, UnprocessableEntityError, RateLimitError, InternalServerError,
    ]) {
      expect(ErrorClass.prototype).toBeInstanceOf(ClerkError);
    }
  });
});

describe('API.md: per-call options', () => {
  it('every method takes { signal, timeout, maxRetries, headers } last', async () => {
    nock(`${API}/v1`).get('/users/user_123').matchHeader('x-request-id', 'r1').reply(200, userJson('user_123'));
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: API });
    const user = await clerk.users('user_123').get({ signal: AbortSignal.timeout(5000), timeout: 1000, maxRetries: 0, headers: { 'x-request-id': 'r1' } });
    expect(user.id).toBe('user_123');
  });
});
