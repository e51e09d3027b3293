/**
 * Verification through the instance's JWKS, fetched by the client over a loopback server that
 * counts requests: caching, rotation, the refetch rate limit, concurrency, a JWKS that is down,
 * and two instances in one process.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authenticateRequest, Clerk, ClerkTimeoutError, TokenVerificationError, verifyToken, type ClerkOptions } from '../../src/index.js';
import { rejectionOf } from '../helpers.js';
import { startJwksServer, type JwksServer } from './jwks-server.js';
import { makeKey, mintSession, nowSeconds, type TestKey } from './mint.js';

let server: JwksServer;
let keyA: TestKey;
let keyA2: TestKey;
let keyB: TestKey;
let stranger: TestKey;
let secretCounter = 0;

beforeAll(async () => {
  server = await startJwksServer();
  [keyA, keyA2, keyB, stranger] = await Promise.all([makeKey('ins_a'), makeKey('ins_a_rotated'), makeKey('ins_b'), makeKey('ins_stranger')]);
});
afterAll(() => server.close());
afterEach(() => {
  vi.useRealTimers();
  server.delayMs = 0;
  server.failure = undefined;
});

/** A fresh instance: its own secret key, publishing `keys`, and a client for it. */
function instance(keys: TestKey[], options: ClerkOptions = {}): { clerk: Clerk; secretKey: string; requests: () => number } {
  const secretKey = `sk_test_instance_${++secretCounter}`;
  server.setKeys(secretKey, keys);
  const clerk = new Clerk({ secretKey, apiUrl: server.apiUrl, ...options });
  return { clerk, secretKey, requests: () => server.requests.get(secretKey) ?? 0 };
}

async function reasonOf(promise: Promise<unknown>): Promise<string> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(TokenVerificationError);
  return (error as TokenVerificationError).reason;
}

const clock = () => {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
  return { advance: (ms: number) => vi.setSystemTime(Date.now() + ms) };
};

describe('the JWKS cache of a client', () => {
  it('fetches the JWKS once and verifies from the cache after that', async () => {
    const { clerk, requests } = instance([keyA]);
    const token = await mintSession(keyA);
    for (let i = 0; i < 20; i++) expect((await clerk.verifyToken(token)).sub).toBe('user_1');
    expect(requests()).toBe(1);
  });

  it('shares one request between concurrent verifications', async () => {
    const { clerk, requests } = instance([keyA]);
    server.delayMs = 50;
    const tokens = await Promise.all(Array.from({ length: 10 }, () => mintSession(keyA)));
    const results = await Promise.all(Array.from({ length: 100 }, (_, index) => clerk.verifyToken(tokens[index % 10]!)));
    expect(results.every((claims) => claims.sub === 'user_1')).toBe(true);
    expect(requests()).toBe(1);
  });

  it('refetches once for a new kid (key rotation) and accepts the rotated key', async () => {
    const { clerk, secretKey, requests } = instance([keyA]);
    expect((await clerk.verifyToken(await mintSession(keyA))).sub).toBe('user_1');
    server.setKeys(secretKey, [keyA, keyA2]);
    const time = clock();
    time.advance(6_000);
    expect((await clerk.verifyToken(await mintSession(keyA2))).sub).toBe('user_1');
    expect(requests()).toBe(2);
    expect((await clerk.verifyToken(await mintSession(keyA2))).sub).toBe('user_1');
    expect((await clerk.verifyToken(await mintSession(keyA))).sub).toBe('user_1');
    expect(requests()).toBe(2);
  });

  it('costs at most one JWKS request every few seconds under a flood of unknown kids', async () => {
    const { clerk, requests } = instance([keyA]);
    await clerk.verifyToken(await mintSession(keyA));
    const time = clock();
    time.advance(10_000);
    const forged = await Promise.all(Array.from({ length: 50 }, (_, index) => mintSession({ ...stranger, kid: `ins_made_up_${index}` })));
    const concurrent = await Promise.all(forged.map((token) => reasonOf(clerk.verifyToken(token))));
    expect(new Set(concurrent)).toEqual(new Set(['unknown-kid']));
    for (const token of forged) expect(await reasonOf(clerk.verifyToken(token))).toBe('unknown-kid');
    expect(requests()).toBe(2);
    time.advance(4_000);
    expect(await reasonOf(clerk.verifyToken(forged[0]!))).toBe('unknown-kid');
    expect(requests()).toBe(2);
    time.advance(1_000);
    expect(await reasonOf(clerk.verifyToken(forged[1]!))).toBe('unknown-kid');
    expect(requests()).toBe(3);
  });

  it('refreshes old keys in the background and stops accepting a key the JWKS dropped', async () => {
    const { clerk, secretKey, requests } = instance([keyA]);
    const token = await mintSession(keyA, { exp: nowSeconds() + 3600 });
    await clerk.verifyToken(token);
    server.setKeys(secretKey, [keyA2]);
    const time = clock();
    time.advance(5 * 60_000);
    expect((await clerk.verifyToken(token)).sub).toBe('user_1'); // served while the refresh runs
    await vi.waitFor(() => expect(requests()).toBe(2));
    await vi.waitFor(async () => expect(await reasonOf(clerk.verifyToken(token))).toBe('unknown-kid'));
    expect((await clerk.verifyToken(await mintSession(keyA2))).sub).toBe('user_1');
    expect(requests()).toBe(2);
  });
});

describe('a JWKS that is down', () => {
  it('is a clear jwks-unavailable error, and later calls fail at once instead of waiting', async () => {
    const { clerk, requests } = instance([keyA], { maxRetries: 0 });
    server.failure = 503;
    const token = await mintSession(keyA);
    const error = await rejectionOf(clerk.verifyToken(token));
    expect(error).toMatchObject({ name: 'TokenVerificationError', reason: 'jwks-unavailable' });
    expect(error.message).toMatch(/JWKS could not be fetched: down for the test/);
    expect(requests()).toBe(1);
    expect(await reasonOf(clerk.verifyToken(token))).toBe('jwks-unavailable');
    expect(requests()).toBe(1);
    const time = clock();
    time.advance(5_000);
    server.failure = undefined;
    expect((await clerk.verifyToken(token)).sub).toBe('user_1');
    expect(requests()).toBe(2);
  });

  it('does not hang when the JWKS never answers: the client timeout ends it', async () => {
    const { clerk } = instance([keyA], { timeout: 200, maxRetries: 0 });
    server.failure = 'hang';
    const started = performance.now();
    const error = await rejectionOf(clerk.verifyToken(await mintSession(keyA)));
    expect(error).toMatchObject({ reason: 'jwks-unavailable' });
    expect(error.cause).toBeInstanceOf(ClerkTimeoutError);
    expect(performance.now() - started).toBeLessThan(5_000);
    const state = await clerk.authenticateRequest({ headers: { authorization: `Bearer ${await mintSession(keyA)}` } });
    expect(state).toMatchObject({ status: 'signed-out', reason: 'jwks-unavailable' });
  });

  it('keeps verifying with the keys it has for up to an hour while the JWKS is down', async () => {
    const { clerk } = instance([keyA], { maxRetries: 0 });
    await clerk.verifyToken(await mintSession(keyA));
    server.failure = 503;
    const time = clock();
    time.advance(30 * 60_000);
    expect((await clerk.verifyToken(await mintSession(keyA))).sub).toBe('user_1');
    time.advance(31 * 60_000);
    expect(await reasonOf(clerk.verifyToken(await mintSession(keyA)))).toBe('jwks-unavailable');
  });

  it('reports a secret key the API refuses as jwks-unavailable with the API’s words', async () => {
    const clerk = new Clerk({ secretKey: 'sk_test_unknown_to_the_server', apiUrl: server.apiUrl, maxRetries: 0 });
    const error = await rejectionOf(clerk.verifyToken(await mintSession(keyA)));
    expect(error).toMatchObject({ reason: 'jwks-unavailable' });
    expect(error.message).toMatch(/unknown secret key/);
  });
});

describe('two instances in one process', () => {
  it('never accept each other’s tokens, through clients or standalone', async () => {
    const a = instance([keyA]);
    const b = instance([keyB]);
    const tokenA = await mintSession(keyA);
    const tokenB = await mintSession(keyB);
    expect((await a.clerk.verifyToken(tokenA)).sub).toBe('user_1');
    expect((await b.clerk.verifyToken(tokenB)).sub).toBe('user_1');
    expect(await reasonOf(b.clerk.verifyToken(tokenA))).toBe('unknown-kid');
    expect(await reasonOf(a.clerk.verifyToken(tokenB))).toBe('unknown-kid');
    // The same kid published by both instances with different keys: each checks with its own.
    const sameKidA = { ...keyA, kid: 'ins_shared' , jwk: { ...keyA.jwk, kid: 'ins_shared' } };
    const sameKidB = { ...keyB, kid: 'ins_shared', jwk: { ...keyB.jwk, kid: 'ins_shared' } };
    const c = instance([sameKidA]);
    const d = instance([sameKidB]);
    expect((await c.clerk.verifyToken(await mintSession(sameKidA))).sub).toBe('user_1');
    expect(await reasonOf(d.clerk.verifyToken(await mintSession(sameKidA)))).toBe('invalid-signature');
    expect(await reasonOf(verifyToken(await mintSession(sameKidA), { secretKey: d.secretKey, apiUrl: server.apiUrl }))).toBe('invalid-signature');
    expect((await verifyToken(await mintSession(sameKidA), { secretKey: c.secretKey, apiUrl: server.apiUrl })).sub).toBe('user_1');
    const stateB = await authenticateRequest({ headers: { authorization: `Bearer ${tokenA}` } }, { secretKey: b.secretKey, apiUrl: server.apiUrl });
    expect(stateB).toMatchObject({ status: 'signed-out', reason: 'unknown-kid' });
  });
});

describe('the JWKS request goes through the client', () => {
  it('with its secret key, user agent and custom fetch', async () => {
    const seen: Request[] = [];
    const secretKey = `sk_test_instance_${++secretCounter}`;
    server.setKeys(secretKey, [keyA]);
    const clerk = new Clerk({
      secretKey,
      apiUrl: server.apiUrl,
      fetch: (input, init) => {
        seen.push(new Request(input, init));
        return fetch(input, init);
      },
    });
    await clerk.verifyToken(await mintSession(keyA));
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe(`${server.apiUrl}/v1/jwks`);
    expect(seen[0]!.headers.get('authorization')).toBe(`Bearer ${secretKey}`);
    expect(seen[0]!.headers.get('user-agent')).toMatch(/^clerk-fluent\//);
  });

  it('standalone, once per secret key and API URL', async () => {
    const secretKey = `sk_test_instance_${++secretCounter}`;
    server.setKeys(secretKey, [keyA]);
    for (let i = 0; i < 5; i++) expect((await verifyToken(await mintSession(keyA), { secretKey, apiUrl: server.apiUrl })).sub).toBe('user_1');
    expect(server.requests.get(secretKey)).toBe(1);
  });

  it('not at all with a jwtKey', async () => {
    const { clerk, requests } = instance([keyA]);
    expect((await clerk.verifyToken(await mintSession(keyA), { jwtKey: keyA.pem })).sub).toBe('user_1');
    expect(requests()).toBe(0);
  });
});
