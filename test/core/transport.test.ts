import { createServer, type Server } from 'node:http';
import { inspect } from 'node:util';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AuthenticationError,
  BadRequestError,
  Clerk,
  ClerkAbortError,
  ClerkAPIError,
  ClerkConnectionError,
  ClerkError,
  ClerkInvalidResponseError,
  ClerkTimeoutError,
  ClerkValidationError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type HttpMethod,
} from '../../src/index.js';
import { SPEC_VERSION } from '../../src/generated/operations.js';
import { backoffTiming } from '../../src/core/retry.js';
import { API, SECRET, api, expectNoSecret, newClerk, rejectionOf } from '../helpers.js';

const errorBody = (message: string, longMessage?: string) => ({
  errors: [{ code: 'some_code', message, ...(longMessage ? { long_message: longMessage } : {}), meta: { param_name: 'email_address' } }],
  clerk_trace_id: 'trace_abc',
});

describe('construction', () => {
  it('refuses a missing secret key, naming the option and the variable', () => {
    const saved = process.env.CLERK_SECRET_KEY;
    delete process.env.CLERK_SECRET_KEY;
    try {
      expect(() => new Clerk()).toThrow(ClerkError);
      expect(() => new Clerk()).toThrow(/secretKey.*CLERK_SECRET_KEY/);
    } finally {
      if (saved !== undefined) process.env.CLERK_SECRET_KEY = saved;
    }
  });

  it('reads CLERK_SECRET_KEY and CLERK_API_URL from the environment', async () => {
    const saved = { key: process.env.CLERK_SECRET_KEY, url: process.env.CLERK_API_URL };
    process.env.CLERK_SECRET_KEY = 'sk_test_from_env';
    process.env.CLERK_API_URL = 'https://env.clerk.test/';
    try {
      const scope = nock('https://env.clerk.test', { reqheaders: { authorization: 'Bearer sk_test_from_env' } })
        .get('/v1/jwks')
        .reply(200, { keys: [] });
      await new Clerk().request({ method: 'GET', path: 'jwks' });
      scope.done();
    } finally {
      for (const [name, value] of [['CLERK_SECRET_KEY', saved.key], ['CLERK_API_URL', saved.url]] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });

  it('keeps the secret key out of the client when inspected or serialised', () => {
    const clerk = newClerk();
    expect(JSON.stringify(clerk)).not.toContain(SECRET);
    expect(inspect(clerk, { showHidden: true, depth: Infinity })).not.toContain(SECRET);
  });
});

describe('headers', () => {
  it('sends bearer auth, the API version, a user agent and accepts JSON', async () => {
    const scope = api()
      .matchHeader('authorization', `Bearer ${SECRET}`)
      .matchHeader('clerk-api-version', SPEC_VERSION)
      .matchHeader('user-agent', /^clerk-fluent\/\d+\.\d+\.\d+/)
      .matchHeader('accept', 'application/json')
      .get('/users/count')
      .reply(200, { object: 'total_count', total_count: 3 });
    expect(await newClerk().request({ method: 'GET', path: 'users/count' })).toEqual({ object: 'total_count', total_count: 3 });
    scope.done();
  });

  it('sends the configured apiVersion and per-call headers', async () => {
    const scope = api()
      .matchHeader('clerk-api-version', '2025-04-10')
      .matchHeader('x-extra', 'yes')
      .get('/jwks')
      .reply(200, {});
    await newClerk({ apiVersion: '2025-04-10' }).request({ method: 'GET', path: 'jwks' }, { headers: { 'x-extra': 'yes' } });
    scope.done();
  });

  it('a per-call Authorization replaces the default whatever its case (a machine key for M2M tokens)', async () => {
    const scope = api()
      .matchHeader('authorization', 'Bearer ak_machine_key')
      .post('/m2m_tokens')
      .reply(201, {});
    await newClerk().request({ method: 'POST', path: 'm2m_tokens', body: {} }, { headers: { Authorization: 'Bearer ak_machine_key' } });
    scope.done();
  });

  it('sends query arrays as repeated keys and JSON bodies', async () => {
    const scope = api()
      .get('/users')
      .query({ email_address: ['a@x.io', 'b@x.io'], limit: '10' })
      .reply(200, [])
      .post('/users', { first_name: 'Ada' })
      .matchHeader('content-type', /application\/json/)
      .reply(200, { id: 'user_1' });
    const clerk = newClerk();
    await clerk.request({ method: 'GET', path: 'users', query: { email_address: ['a@x.io', 'b@x.io'], limit: 10, offset: undefined } });
    await clerk.request({ method: 'POST', path: 'users', body: { first_name: 'Ada' } });
    scope.done();
  });

  it('uses a custom fetch when given one', async () => {
    const seen: string[] = [];
    const clerk = newClerk({
      fetch: async (input, init) => {
        const request = new Request(input as RequestInfo, init);
        seen.push(`${request.method} ${request.url} ${request.headers.get('authorization') === `Bearer ${SECRET}`}`);
        return new Response('{"ok":true}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    expect(await clerk.request({ method: 'GET', path: 'jwks' })).toEqual({ ok: true });
    expect(seen).toEqual([`GET ${API}/v1/jwks true`]);
  });
});

describe('error statuses', () => {
  const cases: Array<[number, new (...args: never[]) => ClerkAPIError]> = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
    [418, ClerkAPIError],
  ];
  it.each(cases)('%i maps to its class with Clerk\'s own message', async (status, ErrorClass) => {
    api().post('/things').reply(status, errorBody('short words', 'The long words of Clerk'), { 'cf-ray': 'ray_1' });
    const error = (await rejectionOf(newClerk({ maxRetries: 0 }).request({ method: 'POST', path: 'things' }))) as ClerkAPIError;
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ClerkAPIError);
    expect(error).toBeInstanceOf(ClerkError);
    expect(error.status).toBe(status);
    expect(error.message).toBe('The long words of Clerk');
    expect(error.errors).toEqual([
      { code: 'some_code', message: 'short words', longMessage: 'The long words of Clerk', meta: { paramName: 'email_address' } },
    ]);
    expect(error.clerkTraceId).toBe('trace_abc');
    expectNoSecret(error);
  });

  it('falls back to message, then to the cf-ray header for the trace id', async () => {
    api().get('/x').reply(404, { errors: [{ code: 'not_found', message: 'not found' }] }, { 'cf-ray': 'ray_42' });
    const error = (await rejectionOf(newClerk().request({ method: 'GET', path: 'x' }))) as ClerkAPIError;
    expect(error.message).toBe('not found');
    expect(error.clerkTraceId).toBe('ray_42');
  });

  it('gives the right class and a short excerpt for an HTML error page', async () => {
    const page = `<html><body><h1>Bad Gateway</h1>${'x'.repeat(5000)}</body></html>`;
    api().post('/y').reply(502, page, { 'content-type': 'text/html' });
    const error = (await rejectionOf(newClerk().request({ method: 'POST', path: 'y' }))) as ClerkAPIError;
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.message).toContain('502');
    expect(error.message).toContain('Bad Gateway');
    expect(error.message.length).toBeLessThan(300);
    expect(error.errors).toEqual([]);
  });

  it('redacts the secret key if a proxy echoes it back', async () => {
    api().get('/z').reply(400, `Authorization: Bearer ${SECRET}`);
    const error = await rejectionOf(newClerk().request({ method: 'GET', path: 'z' }));
    expect(error.message).toContain('[redacted]');
    expectNoSecret(error);
  });

  it('rejects a 2xx body that is not JSON', async () => {
    api().get('/users/u').reply(200, '<html>oops</html>');
    const error = await rejectionOf(newClerk().request({ method: 'GET', path: 'users/u' }));
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expectNoSecret(error);
  });

  it('returns undefined for an empty 204 and text when asked for text', async () => {
    api().patch('/instance').reply(204).get('/public/interstitial').reply(200, '<html>hi</html>', { 'content-type': 'text/html' });
    const clerk = newClerk();
    expect(await clerk.request({ method: 'PATCH', path: 'instance', body: {} })).toBeUndefined();
    expect(await clerk.request({ method: 'GET', path: 'public/interstitial', responseType: 'text' })).toBe('<html>hi</html>');
  });
});

describe('retry matrix', () => {
  const methods: HttpMethod[] = ['GET', 'PUT', 'DELETE', 'POST', 'PATCH'];
  const idempotent = new Set<HttpMethod>(['GET', 'PUT', 'DELETE']);
  const failures: Array<number | 'network'> = [429, 408, 500, 502, 503, 504, 'network'];

  for (const method of methods) {
    for (const failure of failures) {
      const retried = failure === 429 || idempotent.has(method);
      it(`${method} on ${failure}: ${retried ? '3 requests' : '1 request'} with maxRetries 2`, async () => {
        let sent = 0;
        const scope = api();
        scope.on('request', () => (sent += 1));
        const interceptor = scope.intercept('/thing', method).times(3);
        if (failure === 'network') interceptor.replyWithError({ code: 'ECONNRESET', message: 'socket hang up' });
        else interceptor.reply(failure, errorBody(`failure ${failure}`));
        const body = method === 'GET' || method === 'DELETE' ? undefined : {};
        const error = await rejectionOf(newClerk({ maxRetries: 2 }).request({ method, path: 'thing', body }));
        expect(sent).toBe(retried ? 3 : 1);
        if (failure === 'network') expect(error).toBeInstanceOf(ClerkConnectionError);
        else expect((error as ClerkAPIError).status).toBe(failure);
        if (failure === 429) expect(error).toBeInstanceOf(RateLimitError);
        expectNoSecret(error);
      });
    }
  }

  it('succeeds after transient failures and honours per-call maxRetries', async () => {
    api().get('/a').reply(503).get('/a').reply(503).get('/a').reply(200, { ok: 1 });
    expect(await newClerk().request({ method: 'GET', path: 'a' })).toEqual({ ok: 1 });
    api().get('/b').reply(503).get('/b').reply(200, {});
    const error = await rejectionOf(newClerk().request({ method: 'GET', path: 'b' }, { maxRetries: 0 }));
    expect((error as ClerkAPIError).status).toBe(503);
    expect(nock.pendingMocks()).toHaveLength(1);
  });
});

describe('Retry-After', () => {
  it('waits the seconds Clerk asks for', async () => {
    api().post('/s').reply(429, errorBody('slow down'), { 'retry-after': '1' }).post('/s').reply(200, { ok: true });
    const started = Date.now();
    expect(await newClerk().request({ method: 'POST', path: 's' })).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('waits until an HTTP date', async () => {
    const date = new Date(Date.now() + 2000).toUTCString();
    api().get('/d').reply(429, errorBody('slow down'), { 'retry-after': date }).get('/d').reply(200, { ok: true });
    const started = Date.now();
    expect(await newClerk().request({ method: 'GET', path: 'd' })).toEqual({ ok: true });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('fails at once with retryAfter when the wait is over 60 s', async () => {
    api().post('/l').reply(429, errorBody('Too many requests'), { 'retry-after': '120' });
    const started = Date.now();
    const error = (await rejectionOf(newClerk().request({ method: 'POST', path: 'l' }))) as RateLimitError;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(120);
    expect(error.message).toBe('Too many requests');
    expect(nock.pendingMocks()).toHaveLength(0);
  });

  it('backs off, without waiting a minute, when a 503 asks for more than 60 s or a 429 gives no readable Retry-After', async () => {
    api()
      .get('/m')
      .reply(503, errorBody('busy'), { 'retry-after': '120' })
      .get('/m')
      .reply(429, errorBody('slow down'), { 'retry-after': 'soon' })
      .get('/m')
      .reply(429, errorBody('slow down'), { 'ratelimit-reset': '30', 'x-ratelimit-reset': '30' })
      .get('/m')
      .reply(200, { ok: true });
    const started = Date.now();
    expect(await newClerk({ maxRetries: 3 }).request({ method: 'GET', path: 'm' })).toEqual({ ok: true });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(nock.pendingMocks()).toHaveLength(0);
  });

  it('a GET asked to wait over 60 s fails at once too', async () => {
    api().get('/g').reply(429, errorBody('Too many requests'), { 'retry-after': '61' });
    const error = (await rejectionOf(newClerk().request({ method: 'GET', path: 'g' }))) as RateLimitError;
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(61);
    expect(nock.pendingMocks()).toHaveLength(0);
  });

  it('reports retryAfter when the retries run out', async () => {
    api().get('/r').times(2).reply(429, errorBody('Too many'), { 'retry-after': '0' });
    const error = (await rejectionOf(newClerk({ maxRetries: 1 }).request({ method: 'GET', path: 'r' }))) as RateLimitError;
    expect(error.retryAfter).toBe(0);
  });
});

describe('timeouts and aborts (real loopback server)', () => {
  let server: Server;
  let base: string;
  let hits = 0;
  beforeAll(async () => {
    server = createServer((req, res) => {
      hits += 1;
      if (req.url?.startsWith('/v1/hang')) return; // headers never come
      if (req.url?.startsWith('/v1/stall')) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"partial":'); // body never finishes
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('times out each attempt when headers never come, retrying GET', async () => {
    hits = 0;
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: base, timeout: 100, maxRetries: 1 });
    const error = await rejectionOf(clerk.request({ method: 'GET', path: 'hang' }));
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(hits).toBe(2);
    expectNoSecret(error);
  });

  it('does not resend a POST that timed out', async () => {
    hits = 0;
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: base, timeout: 100, maxRetries: 2 });
    const error = await rejectionOf(clerk.request({ method: 'POST', path: 'hang', body: {} }));
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(hits).toBe(1);
  });

  it('times out a body that stalls after the headers', async () => {
    hits = 0;
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: base, timeout: 150, maxRetries: 0 });
    const error = await rejectionOf(clerk.request({ method: 'GET', path: 'stall' }));
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expectNoSecret(error);
  });

  it('per-call timeout overrides the client timeout', async () => {
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: base, timeout: 60_000, maxRetries: 0 });
    const started = Date.now();
    await rejectionOf(clerk.request({ method: 'GET', path: 'hang' }, { timeout: 100 }));
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('an abort rejects promptly and stops retries', async () => {
    hits = 0;
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: base, timeout: 60_000, maxRetries: 5 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await rejectionOf(clerk.request({ method: 'GET', path: 'hang' }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(ClerkAbortError);
    expect(error).toBeInstanceOf(ClerkError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(hits).toBe(1);
    expectNoSecret(error);
  });

  it('an already-aborted signal sends nothing', async () => {
    hits = 0;
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: base });
    const error = await rejectionOf(clerk.request({ method: 'GET', path: 'ok' }, { signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(ClerkAbortError);
    expect(hits).toBe(0);
  });

  it('an abort during the wait between attempts stops at once', async () => {
    const clerk = newClerk({ maxRetries: 3 });
    api().get('/w').reply(429, errorBody('wait'), { 'retry-after': '30' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const error = await rejectionOf(clerk.request({ method: 'GET', path: 'w' }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(ClerkAbortError);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a refused connection is a ClerkConnectionError without the key', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: `http://127.0.0.1:${port}`, maxRetries: 0 });
    const error = await rejectionOf(clerk.request({ method: 'GET', path: 'x' }));
    expect(error).toBeInstanceOf(ClerkConnectionError);
    expect(error.message).toMatch(/ECONNREFUSED|fetch failed/);
    expectNoSecret(error);
  });
});

describe('paths, and requests that cannot be built', () => {
  it('takes a path with a leading slash or without', async () => {
    const scope = api().get('/users').query({ limit: '1' }).reply(200, []).get('/users/count').reply(200, { total_count: 2 });
    const clerk = newClerk({ maxRetries: 0 });
    expect(await clerk.request({ method: 'GET', path: '/users', query: { limit: 1 } })).toEqual([]);
    expect(await clerk.request({ method: 'GET', path: 'users/count' })).toEqual({ total_count: 2 });
    scope.done();
  });

  it('refuses at once, as bad input, what cannot be sent: never retried, never a connection failure', async () => {
    let sent = 0;
    const fetch = async () => {
      sent += 1;
      return new Response('{}');
    };
    const lines: string[] = [];
    const logger = { warn: (line: string) => lines.push(line), debug: (line: string) => lines.push(line) };
    const clerk = newClerk({ fetch, logger });
    const calls = [
      () => new Clerk({ secretKey: SECRET, apiUrl: 'not a url', fetch, logger }).request({ method: 'GET', path: 'users' }),
      () => clerk.request({ method: 'GET', path: 'users' }, { headers: { 'x-note': 'two\nlines' } }),
      () => clerk.request({ method: 'GET', path: 'users' }, { headers: { authorization: `Bearer ${SECRET}\nx-echo: 1` } }),
      () => clerk.request({ method: 'GET', path: 42 as unknown as string }),
      () => clerk.request({ method: 'FETCH' as HttpMethod, path: 'users' }),
    ];
    for (const call of calls) {
      const error = await rejectionOf(call());
      expect(error).toBeInstanceOf(ClerkValidationError);
      expectNoSecret(error);
    }
    expect(sent).toBe(0);
    expect(lines.filter((line) => /failed/.test(line))).toEqual([]);
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('a method in lower case is the same method', async () => {
    const scope = api().delete('/users/user_1').reply(200, { deleted: true });
    expect(await newClerk().request({ method: 'delete' as HttpMethod, path: 'users/user_1' })).toEqual({ deleted: true });
    scope.done();
  });
});

describe('options validation', () => {
  it('rejects a bad per-call timeout or maxRetries before sending', async () => {
    const clerk = newClerk();
    await expect(clerk.request({ method: 'GET', path: 'x' }, { timeout: -1 })).rejects.toThrow(/timeout/);
    await expect(clerk.request({ method: 'GET', path: 'x' }, { maxRetries: 1.5 })).rejects.toThrow(/maxRetries/);
  });
});

describe('debug logging', () => {
  it('never prints the Authorization header', async () => {
    const lines: string[] = [];
    api().get('/jwks').reply(500).get('/jwks').reply(200, {});
    const clerk = newClerk({ logger: { warn: (line) => lines.push(line), debug: (line) => lines.push(line) } });
    await clerk.request({ method: 'GET', path: 'jwks' });
    expect(lines.length).toBeGreaterThanOrEqual(3);
    expect(lines.join('\n')).toContain('[redacted]');
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('a retry waits what its verdict chose and says so: backoff within [ceiling/2, ceiling], then the Retry-After asked for', async () => {
    const lines: string[] = [];
    const at: number[] = [];
    const stamp = () => at.push(performance.now());
    api()
      .get('/jwks')
      .reply(() => (stamp(), [503, {}]))
      .get('/jwks')
      .reply(() => (stamp(), [429, {}, { 'retry-after': '1' }]))
      .get('/jwks')
      .reply(() => (stamp(), [200, {}]));
    const clerk = newClerk({ maxRetries: 2, logger: { warn: (line) => lines.push(line), debug: (line) => lines.push(line) } });
    await clerk.request({ method: 'GET', path: 'jwks' });
    const waits = lines.map((line) => /retrying in (\d+) ms \((backoff|Retry-After)\)/.exec(line)).filter((match) => match !== null);
    expect(waits.map((match) => match[2])).toEqual(['backoff', 'Retry-After']);
    // test/setup.ts shrinks the backoff: the first retry's ceiling is backoffTiming.initialDelayMs.
    const backoff = Number(waits[0]![1]);
    expect(backoff).toBeGreaterThanOrEqual(backoffTiming.initialDelayMs / 2);
    expect(backoff).toBeLessThanOrEqual(backoffTiming.initialDelayMs);
    expect(Number(waits[1]![1])).toBe(1000);
    // The wait is taken, not only logged (a timer may fire a few ms early).
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(980);
  });
});
