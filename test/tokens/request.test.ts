/**
 * authenticateRequest: the request shapes it takes, where it reads the token, and that it never
 * throws for a request that is not signed in, nor lets a token out through a message, a log
 * line or `util.inspect`.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { authenticateRequest, Clerk, ClerkError, ClerkValidationError, TokenVerificationError, verifyToken, type RequestState } from '../../src/index.js';
import { rejectionOf } from '../helpers.js';
import { AZP, b64url, makeKey, mintSession, sessionClaims, type TestKey } from './mint.js';

let key: TestKey;
let otherKey: TestKey;
let token: string;
beforeAll(async () => {
  [key, otherKey] = await Promise.all([makeKey('ins_req'), makeKey('ins_other')]);
  token = await mintSession(key);
});
afterEach(() => vi.unstubAllEnvs());

const bearer = (value: string) => ({ authorization: `Bearer ${value}` });

describe('the request shapes', () => {
  it('a Fetch Request, Headers, a plain object in any case, and arrays of values', async () => {
    const requests = [
      new Request('https://api.example.com/', { headers: bearer(token) }),
      { headers: new Headers(bearer(token)) },
      { headers: { Authorization: `Bearer ${token}` } },
      { headers: { authorization: [`Bearer ${token}`] } },
      { headers: { cookie: [`other=1`, `__session=${token}`] } },
    ];
    for (const request of requests) {
      const state = await authenticateRequest(request, { jwtKey: key.pem });
      expect(state.status, inspect(request)).toBe('signed-in');
    }
  });

  it('a Node IncomingMessage, inside a real node:http server', async () => {
    const seen: RequestState[] = [];
    const server = createServer(async (request: IncomingMessage, response) => {
      const state = await authenticateRequest(request, { jwtKey: key.pem, authorizedParties: [AZP] });
      seen.push(state);
      response.writeHead(state.status === 'signed-in' ? 200 : 401).end(state.status === 'signed-in' ? state.auth.userId : state.reason);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    try {
      const ok = await fetch(url, { headers: bearer(token) });
      expect([ok.status, await ok.text()]).toEqual([200, 'user_1']);
      const viaCookie = await fetch(url, { headers: { cookie: `theme=dark; __session=${token}; x=y` } });
      expect([viaCookie.status, await viaCookie.text()]).toEqual([200, 'user_1']);
      const none = await fetch(url);
      expect([none.status, await none.text()]).toEqual([401, 'token-missing']);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
    expect(seen).toHaveLength(3);
  });

  it('throws ClerkValidationError for something that is not a request', async () => {
    for (const request of [null, undefined, {}, { headers: null }, 'Bearer x']) {
      await expect(authenticateRequest(request as never, { jwtKey: key.pem })).rejects.toBeInstanceOf(ClerkValidationError);
    }
  });
});

describe('where the token is read', () => {
  it('the Bearer header first, then the __session cookie', async () => {
    const other = await mintSession(otherKey);
    const headerWins = await authenticateRequest({ headers: { ...bearer(other), cookie: `__session=${token}` } }, { jwtKey: key.pem });
    expect(headerWins).toMatchObject({ status: 'signed-out', reason: 'invalid-signature' });
    const cookieOnly = await authenticateRequest({ headers: { cookie: `__session="${encodeURIComponent(token)}"` } }, { jwtKey: key.pem });
    expect(cookieOnly.status).toBe('signed-in');
    const basic = await authenticateRequest({ headers: { authorization: 'Basic dXNlcjpwYXNz', cookie: `__session=${token}` } }, { jwtKey: key.pem });
    expect(basic.status).toBe('signed-in');
    const lower = await authenticateRequest({ headers: { authorization: `bearer   ${token}` } }, { jwtKey: key.pem });
    expect(lower.status).toBe('signed-in');
  });

  it('token-missing without either, or with empty ones', async () => {
    for (const headers of [{}, { authorization: 'Bearer ' }, { cookie: '__session=' }, { cookie: '__session_other=x' }, { authorization: 'Basic abc' }]) {
      expect(await authenticateRequest({ headers }, { jwtKey: key.pem })).toMatchObject({ status: 'signed-out', tokenType: null, reason: 'token-missing' });
    }
  });

  it('a pending session is signed out unless asked otherwise', async () => {
    const pending = await mintSession(key, { sts: 'pending' });
    expect(await authenticateRequest({ headers: bearer(pending) }, { jwtKey: key.pem })).toMatchObject({ status: 'signed-out', reason: 'session-pending' });
    const kept = await authenticateRequest({ headers: bearer(pending) }, { jwtKey: key.pem, treatPendingAsSignedOut: false });
    expect(kept.status === 'signed-in' && kept.auth.sessionStatus).toBe('pending');
  });
});

describe('never throws for a request that is not signed in', () => {
  it('signed-out with a reason for every bad token', async () => {
    const junk = [
      'garbage',
      'a.b.c',
      `${b64url({ alg: 'none' })}.${b64url(sessionClaims())}.`,
      `${b64url({ alg: 'HS256' })}.${b64url(sessionClaims())}.abc`,
      await mintSession(otherKey),
      await mintSession(key, { exp: 1 }),
      'x'.repeat(100_000),
      'ak_\u0000',
      '%%%',
    ];
    for (const bad of junk) {
      const state = await authenticateRequest({ headers: bearer(bad) }, { jwtKey: key.pem });
      expect(state.status, bad.slice(0, 20)).toBe('signed-out');
    }
  });

  it('but throws for a programming error: no key at all, or bad options', async () => {
    vi.stubEnv('CLERK_SECRET_KEY', '');
    vi.stubEnv('CLERK_JWT_KEY', '');
    const noKey = await rejectionOf(authenticateRequest({ headers: bearer(token) }));
    expect(noKey).toBeInstanceOf(ClerkError);
    expect(noKey).not.toBeInstanceOf(TokenVerificationError);
    await expect(authenticateRequest({ headers: {} }, { jwtKey: key.pem, acceptsToken: 'cookie' as never })).rejects.toBeInstanceOf(ClerkValidationError);
    await expect(authenticateRequest({ headers: {} }, { jwtKey: key.pem, acceptsToken: [] as never })).rejects.toBeInstanceOf(ClerkValidationError);
    await expect(authenticateRequest({ headers: {} }, { jwtKey: key.pem, acceptsToken: 'api_key' })).rejects.toThrow(/secret key/);
  });
});

describe('no whole token in any output', () => {
  it('not in errors, signed-out states, auth objects or log lines', async () => {
    const logged: string[] = [];
    const logger = { warn: (line: string) => logged.push(line), debug: (line: string) => logged.push(line) };
    const clerk = new Clerk({ secretKey: 'sk_test_leak', apiUrl: 'http://127.0.0.1:9', logger, maxRetries: 0, timeout: 500 });
    const expired = await mintSession(key, { exp: 1 });
    const forged = await mintSession(otherKey);
    const outputs: unknown[] = [];
    for (const candidate of [token, expired, forged]) {
      outputs.push(await rejectionOf(verifyToken(candidate, { jwtKey: otherKey.pem, authorizedParties: ['https://x'] })).catch((error) => error));
      outputs.push(await authenticateRequest({ headers: bearer(candidate) }, { jwtKey: key.pem, authorizedParties: ['https://x'] }));
      outputs.push(await authenticateRequest({ headers: bearer(candidate) }, { jwtKey: key.pem }));
      outputs.push(await clerk.authenticateRequest({ headers: bearer(candidate) })); // JWKS unreachable
      outputs.push(await clerk.authenticateRequest({ headers: bearer(`ak_${candidate.slice(0, 40)}`) }, { acceptsToken: 'api_key' }));
    }
    const secrets = [token, expired, forged, token.split('.')[2]!, forged.split('.')[2]!, ...[token, expired, forged].map((candidate) => `ak_${candidate.slice(0, 40)}`)];
    for (const output of outputs) {
      const renderings = [String(output), inspect(output, { depth: Infinity, showHidden: true }), JSON.stringify(output) ?? ''];
      if (output instanceof Error) renderings.push(output.stack ?? '', inspect(output.cause, { depth: Infinity }));
      for (const text of renderings) for (const secret of secrets) expect(text).not.toContain(secret);
    }
    for (const line of logged) for (const secret of secrets) expect(line).not.toContain(secret);
    expect(logged.length).toBeGreaterThan(0);
  });
});
