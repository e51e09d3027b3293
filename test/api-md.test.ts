/**
 * The snippets of ../shared/design/API.md (the public contract), run as written against nock.
 * Each block below is one of its code blocks; replies are minimal spec-shaped objects.
 */
import nock from 'nock';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
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
  Handle,
  OrganizationMembership,
  User,
  verifyToken,
  authenticateRequest,
  TokenVerificationError,
  verifyWebhook,
  WebhookVerificationError,
  type ClerkTypes,
  type WebhookEvent,
} from '../src/index.js';
import { signWebhook } from '../src/testing/index.js';
import { API, api, SECRET } from './helpers.js';
import { samplePayload, specExample } from './webhooks/events.js';
import { makeKey, mintSession } from './tokens/mint.js';
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

describe('API.md: verifying sessions and machine tokens', () => {
  it('runs the verification block', async () => {
    const key = await makeKey('ins_api_md');
    const jwtKey = key.pem;
    const token = await mintSession(key, { o: { id: 'org_1', rol: 'admin', slg: 'acme', per: 'read', fpm: '1' }, fea: 'o:invoices' });
    const jwks = nock(`${API}/v1`).get('/jwks').reply(200, { keys: [key.jwk] });
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: API });
    const request = new Request('https://api.example.com/invoices', { headers: { authorization: `Bearer ${token}` } });
    const seen: unknown[] = [];

    // Networkless: the PEM public key from the dashboard (default: process.env.CLERK_JWT_KEY).
    const claims = await verifyToken(token, { jwtKey, authorizedParties: ['https://app.example.com'] });
    claims.sub; claims.sid;                 // throws TokenVerificationError (`reason`) when invalid

    // Through a client: JWKS from GET /v1/jwks with the client's key, retries and fetch.
    const same = await clerk.verifyToken(token, { authorizedParties: ['https://app.example.com'] });

    // A whole request: a Fetch `Request`, a Node `IncomingMessage`, or `{ headers }`.
    // Reads `Authorization: Bearer …`, then the `__session` cookie. Never throws for a signed-out request.
    const state = await clerk.authenticateRequest(request, { authorizedParties: ['https://app.example.com'] });
    if (state.status === 'signed-in') {
      seen.push(state.auth.userId, state.auth.sessionId, state.auth.orgId, state.auth.orgRole, state.auth.orgPermissions);
      seen.push(state.auth.has({ permission: 'org:invoices:read' }), state.auth.has({ role: 'org:admin' }));
    } else {
      state.reason;   // 'token-missing' | 'token-expired' | 'invalid-signature' | 'unauthorized-party' | …
    }

    // Machine tokens: API keys (ak_…), M2M tokens (mt_… or JWT), OAuth access tokens (oat_… or JWT).
    const m = await clerk.authenticateRequest(request, { acceptsToken: ['session_token', 'api_key', 'm2m_token'] });
    if (m.status === 'signed-in' && m.tokenType === 'api_key') m.auth.subject;

    expect(claims.sub).toBe('user_1');
    expect(same).toEqual(claims);
    expect(seen).toEqual(['user_1', 'sess_1', 'org_1', 'org:admin', ['org:invoices:read'], true, true]);
    expect(m).toMatchObject({ status: 'signed-in', tokenType: 'session_token' });
    jwks.done();

    // The same lines with an API key in the request, and with tokens that are refused.
    nock(`${API}/v1`).post('/api_keys/verify', { secret: 'ak_presented' }).reply(200, {
      object: 'api_key', id: 'ak_record', type: 'api_key', subject: 'user_9', name: 'ci', claims: null, scopes: [],
      revoked: false, revocation_reason: null, expired: false, expiration: null, created_by: null, last_used_at: null, created_at: 1, updated_at: 1,
    });
    const withKey = new Request('https://api.example.com/', { headers: { authorization: 'Bearer ak_presented' } });
    const machine = await clerk.authenticateRequest(withKey, { acceptsToken: ['session_token', 'api_key', 'm2m_token'] });
    expect(machine.status === 'signed-in' && machine.tokenType === 'api_key' && machine.auth.subject).toBe('user_9');
    const signedOut = await authenticateRequest({ headers: {} }, { jwtKey });
    expect(signedOut.status === 'signed-out' && signedOut.reason).toBe('token-missing');
    const wrongParty = await clerk.authenticateRequest(request, { authorizedParties: ['https://other.example.com'] });
    expect(wrongParty.status === 'signed-out' && wrongParty.reason).toBe('unauthorized-party');
    await expect(verifyToken(await mintSession(key, { exp: 1 }), { jwtKey })).rejects.toBeInstanceOf(TokenVerificationError);
  });
});

describe('API.md: webhooks', () => {
  const signingSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
  const delivery = {
    type: 'user.created', object: 'event', timestamp: 1716883200, instance_id: 'ins_123',
    event_attributes: { http_request: { client_ip: '0.0.0.0', user_agent: 'Mozilla/5.0' } },
    data: { ...specExample('user.created').data, id: 'user_123', public_metadata: { plan_tier: 'pro' } },
  };

  it('runs the webhooks block as written, for user.created and organizationMembership.created', async () => {
    vi.stubEnv('CLERK_WEBHOOK_SIGNING_SECRET', signingSecret);
    const printed: unknown[][] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void printed.push(args));
    try {
      const membership = samplePayload('organizationMembership.created').payload;
      for (const payload of [delivery, membership]) {
        const signed = await signWebhook(payload, { signingSecret, timestamp: Math.floor(Date.now() / 1000) });
        const rawBody = signed.body;
        const headers = signed.headers;
        const request = new Request('https://app.example.com/webhooks/clerk', { method: 'POST', body: signed.body, headers: signed.headers });
        const clerk = new Clerk({ secretKey: SECRET, apiUrl: API, strictResponses: true });
        const metadata = api().patch('/users/user_123/metadata', { public_metadata: { onboarded: false } }).reply(200, { ...delivery.data, public_metadata: { onboarded: false } });

        // Standalone: the raw body (string, Uint8Array or a Fetch Request) and the headers as received.
        const event = await verifyWebhook(rawBody, headers, { signingSecret: process.env.CLERK_WEBHOOK_SIGNING_SECRET });

        // Through a client: the same check, and the data of API objects become records with their methods.
        const e = await clerk.webhooks.verify(request);   // secret default: CLERK_WEBHOOK_SIGNING_SECRET
        switch (e.type) {
          case 'user.created': await e.data.updateMetadata({ publicMetadata: { onboarded: false } }); break;
          case 'organizationMembership.created': console.log(e.data.organization.id, e.data.role); break;
        }
        e.type; e.timestamp; e.instanceId; e.data;        // the whole envelope, camelCase; metadata keys as sent
        type UserCreated = Extract<WebhookEvent, { type: 'user.created' }>;   // narrows for every one of the 45 types

        expectTypeOf<UserCreated['data']>().toEqualTypeOf<ClerkTypes.User>();
        expect(e.data).toBeInstanceOf(payload === delivery ? User : OrganizationMembership);
        expect(event.data).not.toBeInstanceOf(Handle);
        if (payload === delivery) {
          metadata.done();
          expect(event).toEqual({
            type: 'user.created', object: 'event', timestamp: 1716883200, instanceId: 'ins_123',
            eventAttributes: { httpRequest: { clientIp: '0.0.0.0', userAgent: 'Mozilla/5.0' } },
            data: expect.objectContaining({ id: 'user_123', object: 'user', firstName: 'John', publicMetadata: { plan_tier: 'pro' } }),
          });
          expect(e.data).toMatchObject({ id: 'user_123', publicMetadata: { onboarded: false } });
        } else {
          expect(metadata.isDone()).toBe(false);
        }
      }
      expect(printed).toEqual([['id_2g7np7Hrk0SN6kj5EDMLDaKNL0S', 'role value']]);
    } finally {
      log.mockRestore();
      vi.unstubAllEnvs();
    }
  });

  it('takes both header families, several signatures, several secrets, and refuses a parsed body', async () => {
    const next = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';
    const { body, headers } = await signWebhook(delivery, { signingSecret: [signingSecret, next] });
    const standard = { 'webhook-id': headers['svix-id'], 'webhook-timestamp': headers['svix-timestamp'], 'webhook-signature': headers['svix-signature'] };
    expect((await verifyWebhook(body, standard, { signingSecret: next })).type).toBe('user.created');
    expect((await verifyWebhook(body, headers, { signingSecret: ['whsec_Gp3PkKbcFUBxTn1nOFS5SmFgWF1uoUw9', signingSecret] })).type).toBe('user.created');

    const stale = await signWebhook(delivery, { signingSecret, timestamp: new Date(Date.now() - 6 * 60_000) });
    await expect(verifyWebhook(stale.body, stale.headers, { signingSecret })).rejects.toMatchObject({ reason: 'timestamp-outside-tolerance' });
    expect((await verifyWebhook(stale.body, stale.headers, { signingSecret, toleranceInSeconds: 600 })).type).toBe('user.created');

    const parsed = await verifyWebhook(JSON.parse(body), headers, { signingSecret }).catch((error: unknown) => error);
    expect(parsed).toBeInstanceOf(WebhookVerificationError);
    expect(parsed).toBeInstanceOf(ClerkError);
    expect((parsed as WebhookVerificationError).reason).toBe('body-not-raw');
    expect((parsed as Error).message).toContain('raw body');
  });

  it('delivers an event type it does not know with its data as received', async () => {
    const { body, headers } = await signWebhook({ ...delivery, type: 'robot.awakened', data: { serial_number: 7 } }, { signingSecret });
    const event = await verifyWebhook(body, headers, { signingSecret });
    expect(event.type).toBe('robot.awakened');
    expect(event.data).toEqual({ serial_number: 7 });
  });
});

describe('API.md: testing your code (signWebhook)', () => {
  it('signs a payload for tests of a webhook handler, ready for a Request', async () => {
    const signingSecret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const payload = { type: 'user.deleted', object: 'event', timestamp: 1716883200, instance_id: 'ins_123', data: { id: 'user_1', deleted: true } };
    const { body, headers } = await signWebhook(payload, { signingSecret, id: 'msg_1', timestamp: Math.floor(Date.now() / 1000) });
    const request = new Request('http://app.test/webhooks', { method: 'POST', body, headers });
    expect(request.headers.get('svix-id')).toBe('msg_1');
    expect((await verifyWebhook(request, undefined, { signingSecret })).data).toEqual({ id: 'user_1', deleted: true });
  });
});
