/**
 * verifyToken without a network (`jwtKey`): every check with a token that passes it and one that
 * fails it, the clock-skew boundaries, and the algorithm attacks. Keys and tokens are made here.
 */
import { createHmac } from 'node:crypto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClerkError, ClerkValidationError, TokenVerificationError, verifyToken, type TokenVerificationReason } from '../../src/index.js';
import { AZP, b64url, ISSUER, M2M_CATEGORY, makeKey, mint, mintSession, nowSeconds, PUBLISHABLE_KEY, sessionClaims, signRaw, type TestKey } from './mint.js';
import { rejectionOf } from '../helpers.js';

let key: TestKey;
let otherKey: TestKey;
beforeAll(async () => {
  [key, otherKey] = await Promise.all([makeKey('ins_one'), makeKey('ins_two')]);
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

async function reasonOf(promise: Promise<unknown>): Promise<TokenVerificationReason> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TokenVerificationError);
  expect(error).toBeInstanceOf(ClerkError);
  return (error as TokenVerificationError).reason;
}

describe('verifyToken: signature and algorithm', () => {
  it('accepts a token signed by the key and returns its claims as written', async () => {
    const token = await mintSession(key, { custom_claim: { Mixed_Case: 1 } });
    const claims = await verifyToken(token, { jwtKey: key.pem });
    expect(claims.sub).toBe('user_1');
    expect(claims.sid).toBe('sess_1');
    expect(claims.custom_claim).toEqual({ Mixed_Case: 1 });
  });

  it('refuses a token signed by another key, and one whose payload was changed', async () => {
    expect(await reasonOf(verifyToken(await mintSession(otherKey), { jwtKey: key.pem }))).toBe('invalid-signature');
    const [header, , signature] = (await mintSession(key)).split('.');
    const forged = `${header}.${b64url(sessionClaims({ sub: 'user_admin' }))}.${signature}`;
    expect(await reasonOf(verifyToken(forged, { jwtKey: key.pem }))).toBe('invalid-signature');
  });

  it('refuses alg none, with or without a signature', async () => {
    const unsigned = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(sessionClaims())}.`;
    expect(await reasonOf(verifyToken(unsigned, { jwtKey: key.pem }))).toBe('token-invalid');
    const withJunk = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(sessionClaims())}.c2ln`;
    expect(await reasonOf(verifyToken(withJunk, { jwtKey: key.pem }))).toBe('unsupported-algorithm');
  });

  it('refuses HS256 signed with the public key as the HMAC secret (RSA/HMAC confusion)', async () => {
    const signedPart = `${b64url({ alg: 'HS256', typ: 'JWT', kid: key.kid })}.${b64url(sessionClaims())}`;
    for (const secret of [key.pem, key.pem.trim(), Buffer.from(key.pem)]) {
      const signature = createHmac('sha256', secret).update(signedPart).digest('base64url');
      expect(await reasonOf(verifyToken(`${signedPart}.${signature}`, { jwtKey: key.pem }))).toBe('unsupported-algorithm');
    }
  });

  it('refuses other RSA algorithms, crit extensions and foreign typ values', async () => {
    const rs384 = `${b64url({ alg: 'RS384', kid: key.kid })}.${b64url(sessionClaims())}.c2ln`;
    expect(await reasonOf(verifyToken(rs384, { jwtKey: key.pem }))).toBe('unsupported-algorithm');
    const withCrit = await signRaw(key, { alg: 'RS256', kid: key.kid, crit: ['exp'], exp: 1 }, sessionClaims());
    expect(await reasonOf(verifyToken(withCrit, { jwtKey: key.pem }))).toBe('token-invalid');
    expect((await verifyToken(await signRaw(key, { alg: 'RS256', kid: key.kid }, sessionClaims()), { jwtKey: key.pem })).sub).toBe('user_1');
    expect(await reasonOf(verifyToken(await mintSession(key, {}, { header: { typ: 'JOSE+JSON' } }), { jwtKey: key.pem }))).toBe('token-invalid');
    expect((await verifyToken(await mintSession(key, {}, { header: { typ: undefined } }), { jwtKey: key.pem })).sub).toBe('user_1');
  });

  it('refuses what is not a JWT', async () => {
    const valid = await mintSession(key);
    const cases = [
      'x',
      'a.b',
      `${valid}.extra`,
      valid.replace('.', '.!'),
      `${b64url('not json')}.${b64url(sessionClaims())}.c2ln`,
      `${b64url([1, 2])}.${b64url(sessionClaims())}.c2ln`,
      `${valid.split('.')[0]}.${b64url('null')}.${valid.split('.')[2]}`,
      `${valid.split('.')[0]}.${'A'.repeat(20_000)}.${valid.split('.')[2]}`,
    ];
    for (const token of cases) expect(await reasonOf(verifyToken(token, { jwtKey: key.pem })), token.slice(0, 30)).toBe('token-invalid');
    expect(await reasonOf(verifyToken('', { jwtKey: key.pem }))).toBe('token-missing');
  });

  it('refuses an M2M or OAuth JWT of the same instance as a session token', async () => {
    const m2m = await mint(key, { sub: 'mch_1', exp: nowSeconds() + 60 }, { header: { cat: M2M_CATEGORY } });
    expect(await reasonOf(verifyToken(m2m, { jwtKey: key.pem }))).toBe('token-type-not-accepted');
    const machineSubject = await mint(key, { sub: 'mch_1', exp: nowSeconds() + 60 });
    expect(await reasonOf(verifyToken(machineSubject, { jwtKey: key.pem }))).toBe('token-type-not-accepted');
    const oauth = await mint(key, { sub: 'user_1', exp: nowSeconds() + 60 }, { header: { typ: 'at+jwt' } });
    expect(await reasonOf(verifyToken(oauth, { jwtKey: key.pem }))).toBe('token-type-not-accepted');
    const otherCategory = await mint(key, sessionClaims(), { header: { cat: 'cl_unknown' } });
    expect(await reasonOf(verifyToken(otherCategory, { jwtKey: key.pem }))).toBe('token-invalid');
  });

  it('needs a subject and an expiry', async () => {
    expect(await reasonOf(verifyToken(await mintSession(key, {}, { without: ['sub'] }), { jwtKey: key.pem }))).toBe('token-invalid');
    expect(await reasonOf(verifyToken(await mintSession(key, {}, { without: ['exp'] }), { jwtKey: key.pem }))).toBe('token-invalid');
    expect(await reasonOf(verifyToken(await mintSession(key, { exp: '9999999999' }), { jwtKey: key.pem }))).toBe('token-invalid');
    expect(await reasonOf(verifyToken(await mintSession(key, { nbf: 'soon' }), { jwtKey: key.pem }))).toBe('token-invalid');
  });
});

describe('verifyToken: exp, nbf and iat with the clock skew', () => {
  const T = 1_800_000_000; // a whole second, in seconds since the epoch
  const at = (ms: number) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(ms);
  };

  it('exp: valid until exp + skew, expired from that millisecond on', async () => {
    const token = await mintSession(key, { iat: T - 60, nbf: T - 60, exp: T });
    at(T * 1000 + 4_999);
    expect((await verifyToken(token, { jwtKey: key.pem })).exp).toBe(T);
    at(T * 1000 + 5_000);
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem }))).toBe('token-expired');
    at(T * 1000 + 1_999);
    expect((await verifyToken(token, { jwtKey: key.pem, clockSkewInMs: 2_000 })).exp).toBe(T);
    at(T * 1000 + 2_000);
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem, clockSkewInMs: 2_000 }))).toBe('token-expired');
    at(T * 1000 - 1);
    expect((await verifyToken(token, { jwtKey: key.pem, clockSkewInMs: 0 })).exp).toBe(T);
    at(T * 1000);
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem, clockSkewInMs: 0 }))).toBe('token-expired');
  });

  it('nbf: valid from nbf − skew on', async () => {
    const token = await mintSession(key, { iat: T - 60, nbf: T, exp: T + 60 });
    at(T * 1000 - 5_001);
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem }))).toBe('token-not-active-yet');
    at(T * 1000 - 5_000);
    expect((await verifyToken(token, { jwtKey: key.pem })).nbf).toBe(T);
    at(T * 1000 - 1);
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem, clockSkewInMs: 0 }))).toBe('token-not-active-yet');
  });

  it('iat: refused when more than the skew in the future', async () => {
    const token = await mintSession(key, { iat: T, nbf: T - 60, exp: T + 60 });
    at(T * 1000 - 5_001);
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem }))).toBe('token-issued-in-future');
    at(T * 1000 - 5_000);
    expect((await verifyToken(token, { jwtKey: key.pem })).iat).toBe(T);
  });
});

describe('verifyToken: azp, aud and iss', () => {
  it('azp must be one of authorizedParties when they are given', async () => {
    const token = await mintSession(key);
    expect((await verifyToken(token, { jwtKey: key.pem, authorizedParties: ['https://other.example.com', AZP] })).azp).toBe(AZP);
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem, authorizedParties: ['https://other.example.com'] }))).toBe('unauthorized-party');
    const noAzp = await mintSession(key, {}, { without: ['azp'] });
    expect(await reasonOf(verifyToken(noAzp, { jwtKey: key.pem, authorizedParties: [AZP] }))).toBe('unauthorized-party');
    expect((await verifyToken(noAzp, { jwtKey: key.pem })).sub).toBe('user_1');
  });

  it('aud must name the audience when one is given, and must be there', async () => {
    const withAud = await mintSession(key, { aud: ['https://api.example.com', 'x'] });
    expect((await verifyToken(withAud, { jwtKey: key.pem, audience: 'https://api.example.com' })).aud).toContain('x');
    expect((await verifyToken(await mintSession(key, { aud: 'a' }), { jwtKey: key.pem, audience: ['b', 'a'] })).aud).toBe('a');
    expect(await reasonOf(verifyToken(withAud, { jwtKey: key.pem, audience: 'https://elsewhere.example.com' }))).toBe('invalid-audience');
    expect(await reasonOf(verifyToken(await mintSession(key), { jwtKey: key.pem, audience: 'https://api.example.com' }))).toBe('invalid-audience');
  });

  it('iss must be the issuer, given or derived from the publishable key', async () => {
    const token = await mintSession(key);
    expect((await verifyToken(token, { jwtKey: key.pem, issuer: ISSUER })).iss).toBe(ISSUER);
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem, issuer: 'https://evil.example.com' }))).toBe('invalid-issuer');
    expect((await verifyToken(token, { jwtKey: key.pem, publishableKey: PUBLISHABLE_KEY })).iss).toBe(ISSUER);
    const otherInstance = `pk_test_${btoa('happy-cat-12.clerk.accounts.dev$')}`;
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem, publishableKey: otherInstance }))).toBe('invalid-issuer');
    expect(await reasonOf(verifyToken(await mintSession(key, {}, { without: ['iss'] }), { jwtKey: key.pem, issuer: ISSUER }))).toBe('invalid-issuer');
    vi.stubEnv('CLERK_PUBLISHABLE_KEY', otherInstance);
    expect(await reasonOf(verifyToken(token, { jwtKey: key.pem }))).toBe('invalid-issuer');
    expect((await verifyToken(token, { jwtKey: key.pem, issuer: ISSUER })).iss).toBe(ISSUER);
  });

  it('refuses a publishable key that is not one', async () => {
    const token = await mintSession(key);
    for (const publishableKey of ['pk_test_', 'sk_test_abc', `pk_live_${btoa('clerk.example.com')}`, `pk_live_${btoa('a/b$')}`]) {
      await expect(verifyToken(token, { jwtKey: key.pem, publishableKey })).rejects.toBeInstanceOf(ClerkValidationError);
    }
  });
});

describe('verifyToken: keys and options', () => {
  it('reads CLERK_JWT_KEY, and takes PEM text with escaped line breaks or without its BEGIN/END lines', async () => {
    const token = await mintSession(key);
    vi.stubEnv('CLERK_SECRET_KEY', '');
    vi.stubEnv('CLERK_JWT_KEY', key.pem.replace(/\n/g, '\\n'));
    expect((await verifyToken(token)).sub).toBe('user_1');
    const bare = key.pem.replace(/-----[A-Z ]+-----/g, '').replace(/\s/g, '');
    expect((await verifyToken(token, { jwtKey: bare })).sub).toBe('user_1');
  });

  it('throws a ClerkError (not a verification failure) without any key, and ClerkValidationError for bad options', async () => {
    vi.stubEnv('CLERK_SECRET_KEY', '');
    vi.stubEnv('CLERK_JWT_KEY', '');
    const token = await mintSession(key);
    const noKey = await rejectionOf(verifyToken(token));
    expect(noKey).toBeInstanceOf(ClerkError);
    expect(noKey).not.toBeInstanceOf(TokenVerificationError);
    await expect(verifyToken(token, { jwtKey: 'not a key' })).rejects.toBeInstanceOf(ClerkValidationError);
    await expect(verifyToken(token, { jwtKey: otherKey.pem.replace('MII', 'XII') })).rejects.toBeInstanceOf(ClerkValidationError);
    await expect(verifyToken(token, { jwtKey: key.pem, clockSkewInMs: -1 })).rejects.toBeInstanceOf(ClerkValidationError);
    await expect(verifyToken(token, { jwtKey: key.pem, authorizedParties: [42] as never })).rejects.toBeInstanceOf(ClerkValidationError);
    await expect(verifyToken(42 as never, { jwtKey: key.pem })).rejects.toBeInstanceOf(ClerkValidationError);
  });
});
