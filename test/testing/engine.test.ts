/**
 * The fake's request path, seen from the wire: authentication, routing, request checks and Clerk's
 * error format, generated answers, the request log, reset, the rate-limit simulation and listen().
 */
import { describe, expect, it } from 'vitest';
import { AuthenticationError, Clerk, RateLimitError } from '../../src/index.js';
import { createFakeClerk } from '../../src/testing/index.js';
import { failure, fakeClerk } from './helpers.js';

const API = 'https://api.clerk.com/v1';

async function raw(fake: ReturnType<typeof createFakeClerk>, path: string, init: RequestInit = {}, key: string | null = fake.secretKey) {
  const headers = new Headers(init.headers);
  if (key !== null) headers.set('authorization', `Bearer ${key}`);
  const response = await fake.fetch(`${API}${path}`, { ...init, headers });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

describe('authentication', () => {
  it("answers Clerk's 401s: no header, a malformed header, a key that is not the instance's", async () => {
    const fake = createFakeClerk();
    expect(await raw(fake, '/users', {}, null)).toMatchObject({ status: 401, body: { errors: [{ code: 'authentication_invalid' }] } });
    expect(await raw(fake, '/users', { headers: { authorization: 'Basic abc' } }, null)).toMatchObject({ status: 401, body: { errors: [{ code: 'authorization_header_format_invalid' }] } });
    expect(await raw(fake, '/users', {}, 'sk_test_someone_else')).toMatchObject({ status: 401, body: { errors: [{ code: 'clerk_key_invalid' }] } });
    const clerk = new Clerk({ secretKey: 'sk_test_someone_else', fetch: fake.fetch, maxRetries: 0 });
    expect(await failure(clerk.users.count())).toBeInstanceOf(AuthenticationError);
  });

  it('takes the secret key it was given, and derives a stable one from randomSeed otherwise', () => {
    expect(createFakeClerk({ secretKey: 'sk_test_mine' }).secretKey).toBe('sk_test_mine');
    expect(createFakeClerk({ randomSeed: 'a' }).secretKey).toBe(createFakeClerk({ randomSeed: 'a' }).secretKey);
    expect(createFakeClerk({ randomSeed: 'a' }).secretKey).not.toBe(createFakeClerk({ randomSeed: 'b' }).secretKey);
    expect(createFakeClerk().secretKey).toMatch(/^sk_test_\w{40}$/);
  });
});

describe('routing and request checks', () => {
  it('answers 404 for a path the API does not have, and needs the /v1 prefix', async () => {
    const fake = createFakeClerk();
    expect(await raw(fake, '/nothing/here')).toMatchObject({ status: 404, body: { errors: [{ code: 'resource_not_found' }] } });
    const response = await fake.fetch('https://api.clerk.com/users', { headers: { authorization: `Bearer ${fake.secretKey}` } });
    expect(response.status).toBe(404);
  });

  it("refuses a request that breaks the spec with Clerk's 422 format: every problem, the field in meta, a trace id", async () => {
    const fake = createFakeClerk();
    const answer = await raw(fake, '/organizations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ slug: 7, colour: 'red' }) });
    expect(answer.status).toBe(422);
    expect(answer.body.errors).toEqual([
      { code: 'form_param_missing', message: 'is missing', long_message: expect.stringContaining('name'), meta: { param_name: 'name' } },
      { code: 'form_param_type_invalid', message: 'is invalid', long_message: expect.stringContaining('slug'), meta: { param_name: 'slug' } },
    ]);
    expect(answer.body.clerk_trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(answer.headers.get('content-type')).toBe('application/json');
  });

  it('checks query parameters by type and range, and bodies that are not JSON', async () => {
    const fake = createFakeClerk();
    expect(await raw(fake, '/users?limit=many')).toMatchObject({ status: 422, body: { errors: [{ code: 'form_param_type_invalid', meta: { param_name: 'limit' } }] } });
    expect(await raw(fake, '/users?limit=501')).toMatchObject({ status: 422, body: { errors: [{ code: 'form_param_value_too_large', meta: { param_name: 'limit' } }] } });
    expect(await raw(fake, '/users?order_by=-shoe_size')).toMatchObject({ status: 422, body: { errors: [{ code: 'form_param_value_invalid' }] } });
    expect(await raw(fake, '/users', { method: 'POST', body: '{"email_address":' })).toMatchObject({ status: 400, body: { errors: [{ code: 'request_body_invalid' }] } });
  });
});

describe('generated answers', () => {
  it('answers an operation without state with a value of its schema, the same for the same request, echoing ids and fields', async () => {
    const { fake, clerk } = fakeClerk();
    const first = await clerk.oauthApplications('oa_123').get();
    const second = await clerk.oauthApplications('oa_123').get();
    expect(first.id).toBe('oa_123');
    expect(second.toJSON()).toEqual(first.toJSON());
    expect(first.instanceId).toBe(fake.instanceId);
    const domain = await clerk.domains.add({ name: 'satellite.example.com', isSatellite: true });
    expect(domain.name).toBe('satellite.example.com');
  });

  it('answers 404 below a user or organization that does not exist', async () => {
    const { clerk } = fakeClerk({ seed: { users: [{ id: 'user_1', emailAddress: ['ada@example.com'] }] } });
    await expect(clerk.users('user_1').getBillingSubscription()).resolves.toBeDefined();
    expect((await failure(clerk.users('user_2').getBillingSubscription())).status).toBe(404);
  });
});

describe('requests, reset, determinism', () => {
  it('records each request with method, path, query and body', async () => {
    const { fake, clerk } = fakeClerk();
    await clerk.users.create({ emailAddress: ['ada@example.com'], firstName: 'Ada' });
    await clerk.users.list({ emailAddress: ['ada@example.com', 'bob@example.com'], limit: 5 });
    await failure(clerk.users.get('user_none'));
    expect(fake.requests).toEqual([
      { method: 'POST', path: '/v1/users', query: {}, body: { email_address: ['ada@example.com'], first_name: 'Ada' }, operationId: 'CreateUser', status: 200 },
      { method: 'GET', path: '/v1/users', query: { email_address: ['ada@example.com', 'bob@example.com'], limit: '5' }, body: undefined, operationId: 'GetUserList', status: 200 },
      { method: 'GET', path: '/v1/users/user_none', query: {}, body: undefined, operationId: 'GetUser', status: 404 },
    ]);
  });

  it('reset() goes back to the seed and clears the requests; the same requests then give the same ids', async () => {
    const { fake, clerk } = fakeClerk({ seed: { users: [{ id: 'user_seeded', emailAddress: ['ada@example.com'] }] } });
    const before = await clerk.users.create({ emailAddress: ['bob@example.com'] });
    await clerk.users('user_seeded').ban();
    fake.reset();
    expect(fake.requests).toEqual([]);
    expect((await clerk.users.list()).data.map((user) => [user.id, user.banned])).toEqual([['user_seeded', false]]);
    const after = await clerk.users.create({ emailAddress: ['bob@example.com'] });
    expect(after.id).toBe(before.id);
  });

  it('takes a fixed clock: timestamps at that moment, still increasing', async () => {
    const now = new Date('2026-01-01T00:00:00Z');
    const { clerk } = fakeClerk({ now, seed: { users: [{ emailAddress: ['a@example.com'] }, { emailAddress: ['b@example.com'] }] } });
    const users = (await clerk.users.list({ orderBy: '+created_at' })).data;
    expect(users.map((user) => user.createdAt)).toEqual([now.getTime(), now.getTime() + 1]);
  });
});

describe('rate-limit simulation', () => {
  it("answers 429 with Retry-After past the limit, which the client turns into RateLimitError", async () => {
    const { fake, clerk } = fakeClerk({ rateLimit: { requests: 2, perSeconds: 120 } });
    await clerk.users.count();
    await clerk.users.count();
    const answer = await raw(fake, '/users/count');
    expect(answer.status).toBe(429);
    expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(60);
    expect(answer.body.errors[0].code).toBe('too_many_requests');
    const error = await failure(clerk.users.count());
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as unknown as RateLimitError).retryAfter).toBeGreaterThan(60);
    fake.setRateLimit(null);
    expect(await clerk.users.count()).toBe(0);
  });
});

describe('listen()', () => {
  it('serves the same fake over HTTP on 127.0.0.1; the client adds /v1 to the origin', async () => {
    const fake = createFakeClerk({ seed: { users: [{ emailAddress: ['ada@example.com'], firstName: 'Ada' }] } });
    const server = await fake.listen();
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const clerk = new Clerk({ secretKey: fake.secretKey, apiUrl: server.url, strictResponses: true, maxRetries: 0 });
      const [ada] = (await clerk.users.list({ emailAddress: ['ada@example.com'] })).data;
      await ada!.ban();
      expect((await clerk.users.get(ada!.id)).banned).toBe(true);
      const avatar = await clerk.users(ada!.id).setProfileImage({ file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }) });
      expect(avatar.hasImage).toBe(true);
      expect(fake.requests.map((request) => request.operationId)).toEqual(['GetUserList', 'BanUser', 'GetUser', 'SetUserProfileImage']);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/v1/users`)).rejects.toThrow();
  });
});
