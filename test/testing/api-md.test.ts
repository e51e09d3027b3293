/**
 * The "Testing your code" block of ../shared/design/API.md, run as written. The block leaves three
 * names to the reader: `orgId` (an organization Ada belongs to), `handler` (the app's webhook
 * handler) and a real signing secret in place of `'whsec_…'`; they are defined here. `ada!` stands
 * for the block's `ada` because the project compiles with noUncheckedIndexedAccess.
 */
import { describe, expect, it } from 'vitest';
import { Clerk, verifyToken, verifyWebhook, type WebhookEvent } from '../../src/index.js';
import { createFakeClerk } from '../../src/testing/index.js';

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

describe('API.md: Testing your code', () => {
  it('runs the block as written, and each line does what its comment says', async () => {
    const received: WebhookEvent[] = [];
    const handler = async (request: Request) => {
      received.push(await verifyWebhook(request, undefined, { signingSecret: SIGNING_SECRET }));
      return new Response(null, { status: 204 });
    };

    const fake = createFakeClerk({ seed: { users: [{ emailAddress: ['ada@example.com'], firstName: 'Ada' }] } });
    const clerk = new Clerk({ secretKey: fake.secretKey, fetch: fake.fetch });   // in-process, no port
    const [ada] = (await clerk.users.list({ emailAddress: ['ada@example.com'] })).data;
    await ada!.ban();                                   // the fake remembers: a later get says banned
    expect(ada!.firstName).toBe('Ada');
    expect((await clerk.users.get(ada!.id)).banned).toBe(true);

    const server = await fake.listen();                 // a loopback HTTP server for another process
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const overHttp = new Clerk({ secretKey: fake.secretKey, apiUrl: server.url });
    expect(await overHttp.users.count()).toBe(1);
    server.url; await server.close();
    await expect(overHttp.users.count({}, { maxRetries: 0 })).rejects.toThrow();

    const { id: orgId } = await clerk.organizations.create({ name: 'Acme', createdBy: ada!.id });
    const token = await fake.createSessionToken({ userId: ada!.id, orgId });   // verifiable as Clerk's are
    const state = await clerk.authenticateRequest(new Request('http://app.test/', { headers: { authorization: `Bearer ${token}` } }));
    expect(state.status === 'signed-in' && [state.auth.userId, state.auth.orgId, state.auth.orgRole]).toEqual([ada!.id, orgId, 'org:admin']);
    fake.jwtKey;                                        // its PEM public key, for networkless verifyToken
    expect(fake.jwtKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
    expect((await verifyToken(token, { jwtKey: fake.jwtKey })).sub).toBe(ada!.id);

    fake.webhooks.subscribe(async (request) => handler(request), { signingSecret: SIGNING_SECRET });   // signed deliveries
    await ada!.update({ lastName: 'Lovelace' });
    await fake.webhooks.settled();
    expect(received.map((event) => [event.type, (event.data as { id?: string }).id])).toEqual([['user.updated', ada!.id]]);

    fake.requests;                                      // what it received
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /v1/users',
      `POST /v1/users/${ada!.id}/ban`,
      `GET /v1/users/${ada!.id}`,
      'GET /v1/users/count',
      'POST /v1/organizations',
      'GET /v1/jwks',
      `PATCH /v1/users/${ada!.id}`,
    ]);
    expect(fake.requests[0]).toMatchObject({ method: 'GET', path: '/v1/users', query: { email_address: 'ada@example.com' }, body: undefined });
    fake.reset();
    expect(fake.requests).toEqual([]);
    expect(await clerk.organizations.list().then((page) => page.data)).toEqual([]);
    const [again] = (await clerk.users.list({ emailAddress: ['ada@example.com'] })).data;
    expect([again!.id, again!.banned, again!.lastName]).toEqual([ada!.id, false, null]);
  });
});
