/**
 * Machine tokens through authenticateRequest: opaque API keys, M2M and OAuth tokens through the
 * client's verify operations (nock plays Clerk), their JWT forms without a request, and
 * `acceptsToken` deciding what a request may carry.
 */
import nock from 'nock';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authenticateRequest, Clerk } from '../../src/index.js';
import { API, newClerk, SECRET } from '../helpers.js';
import { M2M_CATEGORY, makeKey, mint, mintSession, nowSeconds, type TestKey } from './mint.js';

let key: TestKey;
beforeAll(async () => {
  key = await makeKey('ins_machine');
});
afterEach(() => vi.unstubAllEnvs());

const bearer = (value: string) => ({ headers: { authorization: `Bearer ${value}` } });

const apiKeyJson = (overrides: Record<string, unknown> = {}) => ({
  object: 'api_key', id: 'ak_record_1', type: 'api_key', subject: 'user_42', name: 'CI deploys', description: null,
  claims: { Custom_Key: 1, snake_key: { Inner_Key: true } }, scopes: ['deploy'], revoked: false, revocation_reason: null,
  expired: false, expiration: null, created_by: 'user_1', last_used_at: null, created_at: 1, updated_at: 1, ...overrides,
});
const m2mJson = (overrides: Record<string, unknown> = {}) => ({
  object: 'machine_to_machine_token', id: 'mt_record_1', subject: 'mch_1', claims: { region: 'eu' }, scopes: ['mch_2'],
  revoked: false, revocation_reason: null, expired: false, expiration: null, last_used_at: null, created_at: 1, updated_at: 1, ...overrides,
});
const oauthJson = (overrides: Record<string, unknown> = {}) => ({
  object: 'clerk_idp_oauth_access_token', id: 'oat_record_1', client_id: 'client_1', subject: 'user_7', scopes: ['email', 'profile'],
  revoked: false, revocation_reason: null, expired: false, expiration: null, created_at: 1, updated_at: 1, ...overrides,
});

const ALL = ['session_token', 'api_key', 'm2m_token', 'oauth_token'] as const;

describe('opaque machine tokens, through the client', () => {
  it('an API key: its subject, scopes and claims as written', async () => {
    const scope = nock(`${API}/v1`).post('/api_keys/verify', { secret: 'ak_live_secret' }).reply(200, apiKeyJson());
    const state = await newClerk().authenticateRequest(bearer('ak_live_secret'), { acceptsToken: ['session_token', 'api_key'] });
    expect(state.status === 'signed-in' && state.tokenType === 'api_key' && state.auth).toEqual({
      tokenType: 'api_key', id: 'ak_record_1', name: 'CI deploys', subject: 'user_42', userId: 'user_42', orgId: null,
      scopes: ['deploy'], claims: { Custom_Key: 1, snake_key: { Inner_Key: true } },
    });
    scope.done();
  });

  it('an API key of an organization', async () => {
    nock(`${API}/v1`).post('/api_keys/verify').reply(200, apiKeyJson({ subject: 'org_9' }));
    const state = await newClerk().authenticateRequest(bearer('ak_x'), { acceptsToken: 'api_key' });
    expect(state).toMatchObject({ status: 'signed-in', auth: { subject: 'org_9', orgId: 'org_9', userId: null } });
  });

  it('an M2M token and an OAuth access token', async () => {
    nock(`${API}/v1`).post('/m2m_tokens/verify', { token: 'mt_abc' }).reply(200, m2mJson());
    nock(`${API}/v1`).post('/oauth_applications/access_tokens/verify', { access_token: 'oat_abc' }).reply(200, oauthJson());
    const clerk = newClerk();
    const m2m = await clerk.authenticateRequest(bearer('mt_abc'), { acceptsToken: 'any' });
    expect(m2m).toMatchObject({ status: 'signed-in', tokenType: 'm2m_token', auth: { subject: 'mch_1', machineId: 'mch_1', scopes: ['mch_2'], claims: { region: 'eu' } } });
    const oauth = await clerk.authenticateRequest(bearer('oat_abc'), { acceptsToken: ['oauth_token'] });
    expect(oauth).toMatchObject({ status: 'signed-in', tokenType: 'oauth_token', auth: { subject: 'user_7', userId: 'user_7', clientId: 'client_1', scopes: ['email', 'profile'] } });
  });

  it('revoked, expired, unknown and inactive tokens are signed out with their reason', async () => {
    const api = nock(`${API}/v1`);
    api.post('/api_keys/verify').reply(200, apiKeyJson({ revoked: true }));
    api.post('/api_keys/verify').reply(200, apiKeyJson({ expired: true }));
    api.post('/api_keys/verify').reply(404, { errors: [{ code: 'resource_not_found', message: 'not found' }] });
    api.post('/oauth_applications/access_tokens/verify').reply(200, { active: false });
    api.post('/m2m_tokens/verify').reply(200, m2mJson({ revoked: true }));
    const clerk = newClerk();
    const reasons = [];
    for (const presented of ['ak_1', 'ak_2', 'ak_3', 'oat_1', 'mt_1']) {
      const state = await clerk.authenticateRequest(bearer(presented), { acceptsToken: 'any' });
      reasons.push(state.status === 'signed-out' && state.reason);
    }
    expect(reasons).toEqual(['token-revoked', 'token-expired', 'token-invalid', 'token-invalid', 'token-revoked']);
  });

  it('a secret key Clerk refuses, or Clerk down: verification-unavailable, not a throw', async () => {
    nock(`${API}/v1`).post('/api_keys/verify').reply(401, { errors: [{ code: 'authentication_invalid', message: 'bad secret key' }] });
    nock(`${API}/v1`).post('/api_keys/verify').reply(503, 'down');
    const clerk = newClerk({ maxRetries: 0 });
    expect(await clerk.authenticateRequest(bearer('ak_1'), { acceptsToken: 'api_key' })).toMatchObject({ status: 'signed-out', reason: 'verification-unavailable', message: expect.stringMatching(/refused the secret key/) });
    expect(await clerk.authenticateRequest(bearer('ak_1'), { acceptsToken: 'api_key' })).toMatchObject({ status: 'signed-out', reason: 'verification-unavailable' });
  });

  it('standalone, with secretKey and apiUrl', async () => {
    nock(`${API}/v1`).post('/api_keys/verify').matchHeader('authorization', `Bearer ${SECRET}`).reply(200, apiKeyJson());
    const state = await authenticateRequest(bearer('ak_x'), { secretKey: SECRET, apiUrl: API, acceptsToken: 'api_key' });
    expect(state).toMatchObject({ status: 'signed-in', tokenType: 'api_key', auth: { subject: 'user_42' } });
  });
});

describe('machine tokens in JWT form, without a request', () => {
  it('an M2M JWT: the machine, its scopes and custom claims', async () => {
    const now = nowSeconds();
    const token = await mint(key, { sub: 'mch_1', jti: 'mt_jwt_1', iat: now, exp: now + 60, scopes: 'mch_2 mch_3', region: 'eu' }, { header: { cat: M2M_CATEGORY } });
    const state = await authenticateRequest(bearer(token), { jwtKey: key.pem, secretKey: SECRET, apiUrl: API, acceptsToken: ALL });
    expect(state).toMatchObject({ status: 'signed-in', tokenType: 'm2m_token', auth: { id: 'mt_jwt_1', subject: 'mch_1', machineId: 'mch_1', scopes: ['mch_2', 'mch_3'], claims: { region: 'eu' } } });
  });

  it('an OAuth JWT (typ at+jwt): the user, the client and the scopes; aud checked when an audience is given', async () => {
    const now = nowSeconds();
    const claims = { sub: 'user_7', client_id: 'client_1', jti: 'oat_jwt_1', scp: ['email'], aud: 'https://api.example.com', iat: now, exp: now + 60 };
    const token = await mint(key, claims, { header: { typ: 'at+jwt', cat: undefined } });
    const options = { jwtKey: key.pem, secretKey: SECRET, apiUrl: API, acceptsToken: 'oauth_token' as const };
    expect(await authenticateRequest(bearer(token), options)).toMatchObject({ status: 'signed-in', auth: { userId: 'user_7', clientId: 'client_1', scopes: ['email'] } });
    expect(await authenticateRequest(bearer(token), { ...options, audience: 'https://api.example.com' })).toMatchObject({ status: 'signed-in' });
    expect(await authenticateRequest(bearer(token), { ...options, audience: 'https://other.example.com' })).toMatchObject({ status: 'signed-out', reason: 'invalid-audience' });
    const expired = await mint(key, { ...claims, exp: now - 3600 }, { header: { typ: 'at+jwt', cat: undefined } });
    expect(await authenticateRequest(bearer(expired), options)).toMatchObject({ status: 'signed-out', tokenType: 'oauth_token', reason: 'token-expired' });
  });

  it('a forged M2M JWT is refused', async () => {
    const stranger = await makeKey(key.kid);
    const token = await mint(stranger, { sub: 'mch_1', exp: nowSeconds() + 60 }, { header: { cat: M2M_CATEGORY } });
    expect(await authenticateRequest(bearer(token), { jwtKey: key.pem, secretKey: SECRET, apiUrl: API, acceptsToken: 'm2m_token' })).toMatchObject({ status: 'signed-out', reason: 'invalid-signature' });
  });
});

describe('acceptsToken', () => {
  it('a machine token where only sessions are accepted is signed out without asking Clerk', async () => {
    const clerk = newClerk();
    for (const presented of ['ak_1', 'mt_1', 'oat_1']) {
      const state = await clerk.authenticateRequest(bearer(presented));
      expect(state).toMatchObject({ status: 'signed-out', reason: 'token-type-not-accepted' });
    }
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('a session token where only machine tokens are accepted, and machine tokens in a cookie', async () => {
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: API });
    const session = await mintSession(key);
    expect(await clerk.authenticateRequest(bearer(session), { jwtKey: key.pem, acceptsToken: ['api_key', 'm2m_token'] })).toMatchObject({ status: 'signed-out', tokenType: 'session_token', reason: 'token-type-not-accepted' });
    expect(await clerk.authenticateRequest({ headers: { cookie: `__session=${session}` } }, { jwtKey: key.pem, acceptsToken: 'api_key' })).toMatchObject({ status: 'signed-out', reason: 'token-missing' });
    expect(await clerk.authenticateRequest({ headers: { cookie: '__session=ak_1' } }, { jwtKey: key.pem, acceptsToken: 'any' })).toMatchObject({ status: 'signed-out', tokenType: 'api_key', reason: 'token-type-not-accepted' });
  });

  it('narrows the types: auth follows tokenType', async () => {
    nock(`${API}/v1`).post('/api_keys/verify').reply(200, apiKeyJson());
    const state = await newClerk().authenticateRequest(bearer('ak_1'), { acceptsToken: ['session_token', 'api_key'] });
    if (state.status === 'signed-in') {
      if (state.tokenType === 'api_key') expect(state.auth.scopes).toEqual(['deploy']);
      // @ts-expect-error an M2M token is not among the accepted types
      expect(state.tokenType === 'm2m_token').toBe(false);
    } else {
      throw new Error(state.message);
    }
  });
});
