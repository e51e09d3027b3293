/**
 * Sessions and tokens: the fake's session tokens verified by clerk-fluent (networkless with
 * fake.jwtKey, and through the fake's JWKS) and by the peer's verifyToken (@clerk/backend), with
 * the claims Clerk puts in them; the Backend API's session, sign-in-token and actor-token flows.
 */
import { verifyToken as peerVerifyToken } from '@clerk/backend';
import { describe, expect, it } from 'vitest';
import { authenticateRequest, Clerk, TokenVerificationError, verifyToken } from '../../src/index.js';
import { createFakeClerk, type FakeClerkSeed } from '../../src/testing/index.js';
import { failure, fakeClerk } from './helpers.js';

const seed: FakeClerkSeed = {
  users: [
    { id: 'user_ada', emailAddress: ['ada@example.com'], firstName: 'Ada' },
    { id: 'user_bob', emailAddress: ['bob@example.com'], firstName: 'Bob' },
  ],
  organizations: [
    { id: 'org_acme', name: 'Acme', slug: 'acme', createdBy: 'user_ada', members: [{ userId: 'user_bob', role: 'org:billing', permissions: ['org:invoices:read', 'org:invoices:manage', 'org:reports:read'] }] },
  ],
};
const codeOf = (error: Record<string, unknown>) => (error.errors as Array<{ code: string }>)[0]!.code;

function decode(token: string): { header: Record<string, unknown>; payload: Record<string, unknown> } {
  const [header, payload] = token.split('.').slice(0, 2).map((part) => JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>);
  return { header: header!, payload: payload! };
}

describe('fake.createSessionToken', () => {
  it("signs a version-2 token in Clerk's format: RS256, kid the instance, cat, iss from the publishable key, o/fea for the organization", async () => {
    const fake = createFakeClerk({ seed });
    const token = await fake.createSessionToken({ userId: 'user_bob', orgId: 'org_acme' });
    const { header, payload } = decode(token);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: fake.instanceId, cat: 'cl_B7d4PD111AAA' });
    expect(payload).toMatchObject({ sub: 'user_bob', v: 2, sts: 'active', azp: 'http://localhost:3000', fva: [0, -1], o: { id: 'org_acme', rol: 'billing', slg: 'acme' } });
    expect(payload.sid).toMatch(/^sess_\w{27}$/);
    expect(payload.exp).toBe((payload.iat as number) + 60);
    expect(`pk_test_${btoa(`${new URL(payload.iss as string).host}$`)}`).toBe(fake.publishableKey);

    const claims = await verifyToken(token, { jwtKey: fake.jwtKey, publishableKey: fake.publishableKey, authorizedParties: ['http://localhost:3000'] });
    expect(claims.sub).toBe('user_bob');
    const state = await authenticateRequest({ headers: { authorization: `Bearer ${token}` } }, { jwtKey: fake.jwtKey });
    expect(state.status).toBe('signed-in');
    if (state.status !== 'signed-in') return;
    expect([state.auth.orgId, state.auth.orgRole, state.auth.orgSlug, state.auth.sessionId]).toEqual(['org_acme', 'org:billing', 'acme', payload.sid]);
    expect([...state.auth.orgPermissions].sort()).toEqual(['org:invoices:manage', 'org:invoices:read', 'org:reports:read']);
    expect(state.auth.has({ permission: 'org:invoices:manage' })).toBe(true);
    expect(state.auth.has({ permission: 'org:reports:manage' })).toBe(false);
  });

  it('signs version 1 on request, with org_id, org_role, org_slug and org_permissions', async () => {
    const fake = createFakeClerk({ seed, sessionTokenVersion: 1 });
    const { payload } = decode(await fake.createSessionToken({ userId: 'user_bob', orgId: 'org_acme' }));
    expect(payload).toMatchObject({ org_id: 'org_acme', org_role: 'org:billing', org_slug: 'acme', org_permissions: ['org:invoices:read', 'org:invoices:manage', 'org:reports:read'] });
    expect(payload.v).toBeUndefined();
    const state = await authenticateRequest({ headers: { authorization: `Bearer ${await fake.createSessionToken({ userId: 'user_bob', orgId: 'org_acme' })}` } }, { jwtKey: fake.jwtKey });
    expect(state.status === 'signed-in' && state.auth.has({ permission: 'org:invoices:read' })).toBe(true);
  });

  it('is verified through the fake’s JWKS by a client, and refused by the JWKS of another fake (unknown kid)', async () => {
    const { fake, clerk } = fakeClerk({ seed });
    const token = await fake.createSessionToken({ userId: 'user_ada' });
    expect((await clerk.verifyToken(token)).sub).toBe('user_ada');
    const state = await clerk.authenticateRequest(new Request('http://app.test/', { headers: { authorization: `Bearer ${token}` } }));
    expect(state.status === 'signed-in' && state.auth.userId).toBe('user_ada');
    const other = createFakeClerk({ randomSeed: 'another instance' });
    const otherClient = new Clerk({ secretKey: other.secretKey, fetch: other.fetch });
    const refused = await otherClient.authenticateRequest(new Request('http://app.test/', { headers: { authorization: `Bearer ${token}` } }));
    expect(refused.status === 'signed-out' && refused.reason).toBe('unknown-kid');
  });

  it('makes expired tokens, checks the issuer, and refuses what it cannot sign for', async () => {
    const fake = createFakeClerk({ seed });
    const expired = await fake.createSessionToken({ userId: 'user_ada', expiresInSeconds: -120 });
    await expect(verifyToken(expired, { jwtKey: fake.jwtKey })).rejects.toMatchObject({ reason: 'token-expired' });
    const token = await fake.createSessionToken({ userId: 'user_ada' });
    await expect(verifyToken(token, { jwtKey: fake.jwtKey, publishableKey: `pk_test_${btoa('clerk.other.dev$')}` })).rejects.toBeInstanceOf(TokenVerificationError);
    await expect(fake.createSessionToken({ userId: 'user_ghost' })).rejects.toThrow(/^userId: /);
    await expect(fake.createSessionToken({ userId: 'user_ada', orgId: 'org_ghost' })).rejects.toThrow(/^orgId: /);
  });

  it('is accepted by the peer’s verifyToken (@clerk/backend), networkless and through the JWKS over HTTP', async () => {
    const fake = createFakeClerk({ seed });
    const token = await fake.createSessionToken({ userId: 'user_bob', orgId: 'org_acme', authorizedParty: 'https://app.example.com' });
    const networkless = await peerVerifyToken(token, { jwtKey: fake.jwtKey, authorizedParties: ['https://app.example.com'] });
    expect(networkless).toMatchObject({ sub: 'user_bob', o: { id: 'org_acme' } });
    const server = await fake.listen();
    try {
      const throughJwks = await peerVerifyToken(token, { secretKey: fake.secretKey, apiUrl: server.url, skipJwksCache: true });
      expect(throughJwks.sub).toBe('user_bob');
      const expired = await fake.createSessionToken({ userId: 'user_bob', expiresInSeconds: -120 });
      await expect(peerVerifyToken(expired, { jwtKey: fake.jwtKey })).rejects.toThrow();
    } finally {
      await server.close();
    }
  });
});

describe('sessions through the API', () => {
  it('creates, lists, tokens and revokes sessions; a revoked session issues no token', async () => {
    const { fake, clerk } = fakeClerk({ seed });
    const session = await clerk.sessions.create({ userId: 'user_ada', activeOrganizationId: 'org_acme' });
    expect([session.status, session.userId, session.lastActiveOrganizationId]).toEqual(['active', 'user_ada', 'org_acme']);
    const { jwt } = await clerk.sessions(session.id).createToken();
    const claims = await verifyToken(jwt!, { jwtKey: fake.jwtKey });
    expect([claims.sub, claims.sid, claims.o?.id, claims.o?.rol]).toEqual(['user_ada', session.id, 'org_acme', 'admin']);
    expect((await clerk.sessions.list({ userId: 'user_ada' })).data.map((item) => item.id)).toEqual([session.id]);
    expect((await clerk.users.get('user_ada')).lastSignInAt).toBe(session.createdAt);
    await clerk.sessions(session.id).revoke();
    expect((await clerk.sessions.get(session.id)).status).toBe('revoked');
    expect((await failure(clerk.sessions(session.id).createToken())).status).toBe(404);
    expect((await clerk.sessions.list({ userId: 'user_ada', status: 'active' })).data).toEqual([]);
    expect((await failure(clerk.request({ method: 'GET', path: 'sessions' }))).status).toBe(400);
  });

  it('banning a user revokes their sessions', async () => {
    const { clerk } = fakeClerk({ seed: { ...seed, sessions: [{ id: 'sess_1', userId: 'user_bob' }] } });
    await clerk.users('user_bob').ban();
    expect((await clerk.sessions.get('sess_1')).status).toBe('revoked');
  });

  it('signs template tokens with the template claims, shortcodes filled in', async () => {
    const { fake, clerk } = fakeClerk({
      seed: { ...seed, jwtTemplates: [{ name: 'hasura', claims: { email: '{{user.primary_email_address}}', who: 'user {{user.first_name}}', org: '{{org.slug}}', role: 'authenticated' }, lifetime: 120 }] },
    });
    const session = await clerk.sessions.create({ userId: 'user_ada', activeOrganizationId: 'org_acme' });
    const { jwt } = await clerk.sessions(session.id).createTokenFromTemplate('hasura');
    const { payload } = decode(jwt!);
    expect(payload).toMatchObject({ email: 'ada@example.com', who: 'user Ada', org: 'acme', role: 'authenticated', sub: 'user_ada' });
    expect(payload.exp).toBe((payload.iat as number) + 120);
    expect((await peerVerifyToken(jwt!, { jwtKey: fake.jwtKey })).sub).toBe('user_ada');
    expect((await failure(clerk.sessions(session.id).createTokenFromTemplate('missing'))).status).toBe(404);
  });

  it('JWT templates: unique names, no reserved claims', async () => {
    const { clerk } = fakeClerk();
    const template = await clerk.jwtTemplates.create({ name: 'supabase', claims: { role: 'authenticated' } });
    expect([template.lifetime, template.allowedClockSkew, template.signingAlgorithm]).toEqual([60, 5, 'RS256']);
    expect(codeOf(await failure(clerk.jwtTemplates.create({ name: 'supabase', claims: {} })))).toBe('form_identifier_exists');
    expect(codeOf(await failure(clerk.jwtTemplates.create({ name: 'bad', claims: { sub: 'x' } })))).toBe('jwt_template_reserved_claim');
    expect((await clerk.jwtTemplates.list()).data.map((item) => item.name)).toEqual(['supabase']);
  });
});

describe('sign-in and actor tokens', () => {
  it('are pending when made, revoked once, and refuse a second revoke', async () => {
    const { clerk } = fakeClerk({ seed });
    const signIn = await clerk.signInTokens.create({ userId: 'user_ada', expiresInSeconds: 600 });
    expect([signIn.status, signIn.userId]).toEqual(['pending', 'user_ada']);
    expect(signIn.url).toContain(signIn.token);
    expect((await clerk.signInTokens(signIn.id).revoke()).status).toBe('revoked');
    expect(codeOf(await failure(clerk.signInTokens(signIn.id).revoke()))).toBe('sign_in_token_cannot_be_revoked_code');
    const actor = await clerk.actorTokens.create({ userId: 'user_ada', actor: { sub: 'user_bob' } });
    expect([actor.status, actor.actor]).toEqual(['pending', { sub: 'user_bob' }]);
    expect((await clerk.actorTokens(actor.id).revoke()).status).toBe('revoked');
    expect(codeOf(await failure(clerk.actorTokens(actor.id).revoke()))).toBe('actor_token_cannot_be_revoked_code');
    expect((await failure(clerk.signInTokens.create({ userId: 'user_ghost' }))).status).toBe(404);
  });
});
