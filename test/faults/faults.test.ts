/**
 * The client against a real loopback server that misbehaves: rate-limit storms, error statuses,
 * broken connections, timeouts, bad bodies and misbehaving lists. Each test states how many
 * requests the client must send and which error it must raise; every error is checked for the
 * secret key, and every log line the client writes (warnings and debug lines) is too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  Clerk,
  ClerkAPIError,
  ClerkConnectionError,
  ClerkError,
  ClerkInvalidResponseError,
  ClerkResponseValidationError,
  ClerkTimeoutError,
  ClerkValidationError,
  InternalServerError,
  RateLimitError,
  User,
  type ClerkOptions,
} from '../../src/index.js';
import { ClientContext } from '../../src/core/operation.js';
import { resolveOptions } from '../../src/core/options.js';
import { Transport } from '../../src/core/transport.js';
import { SPEC_VERSION } from '../../src/generated/operations.js';
import { operationTable as operations } from '../../src/generated/decoders/all.js';
import { membershipJson, orgJson, userJson } from '../fixtures/objects.js';
import { SECRET, expectNoSecret, rejectionOf } from '../helpers.js';
import { fault, useFaultServer, type Behaviour } from './server.js';

const server = useFaultServer();

/** Every line any client of this file logged, warnings and debug lines alike. */
const logged: string[] = [];
const warnings: string[] = [];

afterEach(() => {
  for (const line of logged) {
    expect(line).not.toContain(SECRET);
    expect(line).not.toMatch(/Bearer\s+sk_/);
  }
  logged.length = 0;
  warnings.length = 0;
});

/** A client of the fault server, with a debug logger whose lines are all checked after each test. */
function client(options: ClerkOptions = {}): Clerk {
  return new Clerk({
    secretKey: SECRET,
    apiUrl: server.base,
    strictResponses: true,
    logger: {
      warn: (line) => {
        logged.push(line);
        warnings.push(line);
      },
      debug: (line) => logged.push(line),
    },
    ...options,
  });
}

/** The error the promise rejects with, already checked for the secret key in every rendering. */
async function failure<E extends Error = Error>(promise: Promise<unknown>): Promise<E> {
  const error = await rejectionOf(promise);
  expect(error).toBeInstanceOf(ClerkError);
  expectNoSecret(error);
  return error as E;
}

const ok = (id = 'user_1') => fault.json(200, userJson(id));
const deleted = (id = 'user_1') => fault.json(200, { object: 'user', id, deleted: true });

// The calls of the matrix below, one per method, through resource methods.
const calls = {
  GET: (clerk: Clerk) => clerk.users('user_1').get(),
  DELETE: (clerk: Clerk) => clerk.users('user_1').delete(),
  PUT: (clerk: Clerk) => clerk.users('user_1').replaceMetadata({ publicMetadata: { plan: 'pro' } }),
  POST: (clerk: Clerk) => clerk.users.create({ emailAddress: ['ada@example.com'] }),
  PATCH: (clerk: Clerk) => clerk.users('user_1').update({ firstName: 'Ada' }),
} as const;
type Method = keyof typeof calls;
const idempotent: Method[] = ['GET', 'DELETE', 'PUT'];
const unsafe: Method[] = ['POST', 'PATCH'];
const methods: Method[] = [...idempotent, ...unsafe];
const success = (method: Method) => (method === 'DELETE' ? deleted() : ok());

describe('429 storms', () => {
  it.each(methods)('%s: retried for every method, RateLimitError with retryAfter after 3 requests', async (method) => {
    server.otherwise(fault.rateLimited('0'));
    const error = await failure<RateLimitError>(calls[method](client()));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.status).toBe(429);
    expect(error.retryAfter).toBe(0);
    expect(error.message).toBe('Too many requests, slow down');
    expect(server.count()).toBe(3);
  });

  it.each(methods)('%s: a storm that clears on the last attempt succeeds with 3 requests', async (method) => {
    server.script(fault.rateLimited('0'), fault.rateLimited(), success(method));
    await calls[method](client());
    expect(server.count()).toBe(3);
  });

  it('Retry-After as an HTTP date in the past: retried at once, retryAfter 0', async () => {
    server.otherwise(fault.rateLimited(new Date(Date.now() - 60_000).toUTCString()));
    const started = Date.now();
    const error = await failure<RateLimitError>(calls.POST(client()));
    expect(error.retryAfter).toBe(0);
    expect(server.count()).toBe(3);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('Retry-After as an HTTP date two minutes ahead: fails at once after 1 request', async () => {
    server.otherwise(fault.rateLimited(new Date(Date.now() + 120_000).toUTCString()));
    const started = Date.now();
    const error = await failure<RateLimitError>(calls.GET(client()));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBeGreaterThan(60);
    expect(error.retryAfter).toBeLessThanOrEqual(121);
    expect(server.count()).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('Retry-After missing: exponential backoff, 3 requests, retryAfter undefined', async () => {
    server.otherwise(fault.rateLimited());
    const error = await failure<RateLimitError>(calls.PATCH(client()));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBeUndefined();
    expect(server.count()).toBe(3);
  });

  it('Retry-After unreadable ("soon"): treated as missing', async () => {
    server.otherwise(fault.rateLimited('soon'));
    const error = await failure<RateLimitError>(calls.GET(client()));
    expect(error.retryAfter).toBeUndefined();
    expect(server.count()).toBe(3);
  });

  it.each(['61', '120', '3600', '60.5'])('Retry-After %s s (> 60): fails at once with retryAfter, 1 request', async (seconds) => {
    server.otherwise(fault.rateLimited(seconds));
    const started = Date.now();
    const error = await failure<RateLimitError>(calls.POST(client()));
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(Number(seconds));
    expect(server.count()).toBe(1);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a fractional Retry-After (0.05 s) is waited and retried', async () => {
    server.script(fault.rateLimited('0.05'), ok());
    const started = Date.now();
    await calls.GET(client());
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
    expect(server.count()).toBe(2);
  });

  it('per-call maxRetries bounds the storm: 0 -> 1 request, 5 -> 6 requests', async () => {
    server.otherwise(fault.rateLimited('0'));
    await failure(client().users('user_1').get({ maxRetries: 0 }));
    expect(server.count()).toBe(1);
    server.reset();
    server.otherwise(fault.rateLimited('0'));
    await failure(client({ maxRetries: 0 }).users('user_1').get({ maxRetries: 5 }));
    expect(server.count()).toBe(6);
  });

  it('POST: a 429 is retried but the 500 after it is not (2 requests, InternalServerError)', async () => {
    server.script(fault.rateLimited('0'), fault.clerkError(500, 'Something broke'));
    const error = await failure<InternalServerError>(calls.POST(client()));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.message).toBe('Something broke');
    expect(server.count()).toBe(2);
  });

  it('GET: 429, then 503, then 200 resolves with 3 requests', async () => {
    server.script(fault.rateLimited('0'), fault.clerkError(503, 'Unavailable'), ok());
    const user = await calls.GET(client());
    expect(user).toBeInstanceOf(User);
    expect(server.count()).toBe(3);
  });
});

describe('error statuses: 5xx and 408', () => {
  const statuses = [500, 502, 503, 504, 408];
  const matrix = statuses.flatMap((status) => methods.map((method) => [status, method] as const));

  it.each(matrix)('%i on %s', async (status, method) => {
    server.otherwise(fault.clerkError(status, `The server said ${status}`));
    const error = await failure<ClerkAPIError>(calls[method](client()));
    expect(error).toBeInstanceOf(status >= 500 ? InternalServerError : ClerkAPIError);
    expect(error.status).toBe(status);
    expect(error.message).toBe(`The server said ${status}`);
    expect(error.clerkTraceId).toBe(`trace_${status}`);
    expect(server.count()).toBe(idempotent.includes(method) ? 3 : 1);
  });

  it.each(idempotent)('%s: two 5xx then a success resolve with 3 requests', async (method) => {
    server.script(fault.clerkError(502, 'a'), fault.clerkError(504, 'b'), success(method));
    await calls[method](client());
    expect(server.count()).toBe(3);
  });

  it('an HTML 502 page: InternalServerError with a short excerpt; GET 3 requests, POST 1', async () => {
    server.otherwise(fault.html502());
    const error = await failure<InternalServerError>(calls.GET(client()));
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(502);
    expect(error.errors).toEqual([]);
    expect(error.message).toMatch(/^Clerk answered with status 502: .*502 Bad Gateway/);
    expect(error.message.length).toBeLessThanOrEqual(260);
    expect(server.count()).toBe(3);
    server.reset();
    server.otherwise(fault.html502());
    expect(await failure(calls.POST(client()))).toBeInstanceOf(InternalServerError);
    expect(server.count()).toBe(1);
  });
});

describe('broken connections', () => {
  const broken: Array<[string, () => Behaviour]> = [
    ['a reset before the response', fault.reset],
    ['a reset in the middle of the body', () => fault.resetMidBody()],
    ['bytes that are not HTTP', fault.garbage],
    ['JSON cut short, Content-Length larger than what came', () => fault.truncatedJson(JSON.stringify(userJson('user_1')), 100, 4000)],
  ];
  const matrix = broken.flatMap(([name, make]) => methods.map((method) => [name, method, make] as const));

  it.each(matrix)('%s on %s', async (_, method, make) => {
    server.otherwise(make());
    const error = await failure<ClerkConnectionError>(calls[method](client()));
    expect(error).toBeInstanceOf(ClerkConnectionError);
    expect(error).not.toBeInstanceOf(ClerkTimeoutError);
    expect(error.message).toMatch(new RegExp(`^${method} /v1/users.* failed: `));
    expect(server.count()).toBe(idempotent.includes(method) ? 3 : 1);
  });

  it('GET: reset, reset mid-body, then a success resolves with 3 requests', async () => {
    server.script(fault.reset(), fault.resetMidBody(), ok('user_1'));
    expect((await calls.GET(client())).id).toBe('user_1');
    expect(server.count()).toBe(3);
  });
});

describe('bodies that are not what they claim', () => {
  const json = JSON.stringify(userJson('user_1'));

  it('JSON cut short with a matching Content-Length: ClerkInvalidResponseError, 1 request even for GET', async () => {
    server.otherwise(fault.truncatedJson(json, 120));
    const error = await failure<ClerkInvalidResponseError>(calls.GET(client()));
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.status).toBe(200);
    expect(error.message).toContain('not valid JSON');
    expect(server.count()).toBe(1);
  });

  it('a Content-Length smaller than the body: the client reads what was declared, ClerkInvalidResponseError', async () => {
    server.otherwise(fault.truncatedJson(json, json.length, 40));
    const error = await failure<ClerkInvalidResponseError>(calls.GET(client()));
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.message).toContain(json.slice(0, 40));
    expect(server.count()).toBe(1);
  });

  it.each([
    ['text', 'OK'],
    ['HTML', '<html><body>Welcome to nginx!</body></html>'],
    ['a megabyte of text', 'x'.repeat(1_000_000)],
  ])('200 with %s instead of JSON: ClerkInvalidResponseError with a short excerpt, 1 request', async (_, body) => {
    server.otherwise(fault.notJson(body));
    const error = await failure<ClerkInvalidResponseError>(calls.GET(client()));
    expect(error).toBeInstanceOf(ClerkInvalidResponseError);
    expect(error.message.length).toBeLessThan(300);
    expect(server.count()).toBe(1);
  });

  it('POST with a 200 non-JSON answer is not resent either', async () => {
    server.otherwise(fault.notJson());
    expect(await failure(calls.POST(client()))).toBeInstanceOf(ClerkInvalidResponseError);
    expect(server.count()).toBe(1);
  });

  it('an empty 204 on an operation that answers 204 resolves to undefined, 1 request each', async () => {
    server.script(fault.empty204(), fault.empty204(), fault.empty204());
    expect(await client().instance.update({ supportEmail: 'help@example.com' })).toBeUndefined();
    expect(await client().request({ method: 'PATCH', path: 'instance', body: {} })).toBeUndefined();
    const transport = new Transport(resolveOptions({ secretKey: SECRET, apiUrl: server.base }, SPEC_VERSION), 'clerk-fluent/test');
    expect(await new ClientContext(transport).call(operations.UpdateInstance, { params: { testMode: true } })).toBeUndefined();
    expect(server.lines()).toEqual(['PATCH /v1/instance', 'PATCH /v1/instance', 'PATCH /v1/instance']);
    expect(server.requests.map((request) => request.body)).toEqual(['{"support_email":"help@example.com"}', '{}', '{"test_mode":true}']);
  });

  it('a 10 MB JSON body parses', async () => {
    const blob = 'x'.repeat(10 * 1024 * 1024);
    server.otherwise(fault.json(200, userJson('user_big', { public_metadata: { blob } })));
    const user = await client().users('user_big').get();
    expect(user.id).toBe('user_big');
    expect((user.publicMetadata as { blob: string }).blob.length).toBe(blob.length);
    expect(server.count()).toBe(1);
  });
});

describe('timeouts (timeout: 150 ms)', () => {
  it.each(methods)('headers that never come on %s: ClerkTimeoutError', async (method) => {
    server.otherwise(fault.hang());
    const started = Date.now();
    const error = await failure<ClerkTimeoutError>(calls[method](client({ timeout: 150 })));
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(error).toBeInstanceOf(ClerkConnectionError);
    expect(error.message).toMatch(/timed out after 150 ms/);
    const expected = idempotent.includes(method) ? 3 : 1;
    expect(server.count()).toBe(expected);
    expect(Date.now() - started).toBeLessThan(expected * 150 + 1500);
  });

  it.each(methods)('a body that stalls after the headers on %s: ClerkTimeoutError', async (method) => {
    server.otherwise(fault.stall());
    const error = await failure(calls[method](client({ timeout: 150 })));
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(server.count()).toBe(idempotent.includes(method) ? 3 : 1);
  });

  it('a body that trickles in: the deadline covers the whole body, not the time between chunks', async () => {
    const body = JSON.stringify(userJson('user_1'));
    server.otherwise(fault.trickle(body, 64, 20)); // every chunk within 20 ms, the whole > 400 ms
    const error = await failure(client({ timeout: 150, maxRetries: 0 }).users('user_1').get());
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(server.count()).toBe(1);
  });

  it('a body that trickles in within the deadline is read whole', async () => {
    server.otherwise(fault.trickle(JSON.stringify(userJson('user_1')), 512, 5));
    expect((await client({ timeout: 2000 }).users('user_1').get()).id).toBe('user_1');
  });

  it('GET: a hang, a stall, then a success resolves with 3 requests', async () => {
    server.script(fault.hang(), fault.stall(), ok());
    expect(await calls.GET(client({ timeout: 150 }))).toBeInstanceOf(User);
    expect(server.count()).toBe(3);
  });
});

describe('lists that misbehave', () => {
  const users = (from: number, count: number) => Array.from({ length: count }, (_, i) => userJson(`user_${from + i}`));
  const orgs = (from: number, count: number) => Array.from({ length: count }, (_, i) => orgJson(`org_${from + i}`));
  /** Ends any loop the client might fall into: past this many requests the server answers an empty page. */
  const capped = (answer: () => Behaviour, empty: unknown) => () => (server.count() > 40 ? fault.json(200, empty) : answer());

  async function drain<T>(iterable: AsyncIterable<T>): Promise<T[]> {
    const items: T[] = [];
    for await (const item of iterable) items.push(item);
    return items;
  }

  it('organizations: the same full page forever -> ClerkError after 2 requests', async () => {
    server.otherwise(capped(() => fault.json(200, { data: orgs(0, 2), total_count: 1_000_000 }), { data: [], total_count: 0 }));
    const error = await failure(drain(client().organizations.list({ limit: 2 })));
    expect(error.message).toMatch(/same page twice/);
    expect(server.count()).toBe(2);
  });

  it('users (cursor): the server ignores starting_after -> ClerkError after 2 requests', async () => {
    server.otherwise(capped(() => fault.json(200, users(0, 3)), []));
    const error = await failure(drain(client().users.list({ limit: 3 })));
    expect(error.message).toMatch(/same page twice/);
    expect(server.count()).toBe(2);
    expect(server.requests[1]!.query.get('starting_after')).toBe('user_2');
  });

  it('users (cursor): a page that ends on the cursor it was asked for -> ClerkError', async () => {
    server.script(fault.json(200, users(0, 2)), fault.json(200, [userJson('user_7'), userJson('user_1')]));
    server.otherwise(capped(() => fault.json(200, users(0, 2)), []));
    const error = await failure(drain(client().users.list({ limit: 2 })));
    expect(error.message).toMatch(/cursor did not advance past user_1/);
    expect(server.lines()).toEqual(['GET /v1/users?limit=2', 'GET /v1/users?limit=2&starting_after=user_1']);
  });

  it('users (cursor): two pages served in turn forever -> ClerkError, never loops', async () => {
    let turn = 0;
    server.otherwise(capped(() => fault.json(200, turn++ % 2 === 0 ? users(0, 2) : users(2, 2)), []));
    const error = await failure(drain(client().users.list({ limit: 2 })));
    expect(error.message).toMatch(/Pagination stopped/);
    expect(server.count()).toBeLessThanOrEqual(4);
  });

  it('users (offset ordering): two pages served in turn forever -> ClerkError, never loops', async () => {
    let turn = 0;
    server.otherwise(capped(() => fault.json(200, turn++ % 2 === 0 ? users(0, 2) : users(2, 2)), []));
    const error = await failure(drain(client().users.list({ limit: 2, orderBy: 'first_name' })));
    expect(error.message).toMatch(/Pagination stopped/);
    expect(server.count()).toBeLessThanOrEqual(4);
    expect(server.requests[1]!.query.get('offset')).toBe('2');
  });

  it('organizations: an empty page under a large total_count ends the iteration and warns once', async () => {
    server.script(fault.json(200, { data: orgs(0, 2), total_count: 5000 }), fault.json(200, { data: [], total_count: 5000 }));
    const items = await drain(client().organizations.list({ limit: 2 }));
    expect(items.map((org) => org.id)).toEqual(['org_0', 'org_1']);
    expect(server.count()).toBe(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/empty page at offset 2 although the API reports 5000 items/);
  });

  it('organizations: an answer of the wrong shape stops the iteration with an error after 1 request, even non-strict', async () => {
    server.otherwise(fault.json(200, { unexpected: true }));
    const error = await failure(drain(client({ strictResponses: false }).organizations.list({ limit: 2 })));
    expect(error).toBeInstanceOf(ClerkResponseValidationError);
    expect(error.message).toMatch(/ListOrganizations response schema: data: expected an array, received undefined/);
    expect(server.count()).toBe(1);
    expect(warnings).toEqual([]);
  });

  it('users: a 429 and a reset in the middle of the walk are retried with the same cursor', async () => {
    server.script(
      fault.json(200, users(0, 2)),
      fault.rateLimited('0'),
      fault.reset(),
      fault.json(200, users(2, 1)),
    );
    const items = await drain(client().users.list({ limit: 2 }));
    expect(items.map((user) => user.id)).toEqual(['user_0', 'user_1', 'user_2']);
    expect(server.lines()).toEqual([
      'GET /v1/users?limit=2',
      'GET /v1/users?limit=2&starting_after=user_1',
      'GET /v1/users?limit=2&starting_after=user_1',
      'GET /v1/users?limit=2&starting_after=user_1',
    ]);
  });

  it('organizations: a page that keeps failing stops the walk with the error, nothing more is requested', async () => {
    server.script(fault.json(200, { data: orgs(0, 2), total_count: 10 }));
    server.otherwise(fault.clerkError(503, 'Down'));
    const seen: string[] = [];
    const error = await failure(
      (async () => {
        for await (const org of client().organizations.list({ limit: 2 })) seen.push(org.id);
      })(),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(seen).toEqual(['org_0', 'org_1']);
    expect(server.count()).toBe(4);
  });

  it('organizations with read-ahead: a failing page is retried, items stay in order', async () => {
    const total = 12;
    let failedOnce = false;
    server.otherwise((request) => {
      const offset = Number(request.query.get('offset') ?? 0);
      if (offset === 4 && !failedOnce) {
        failedOnce = true;
        return fault.clerkError(503, 'Down');
      }
      return fault.json(200, { data: orgs(offset, Math.min(2, total - offset)), total_count: total });
    });
    const items = await drain(client().organizations.list({ limit: 2 }, { concurrency: 4 }));
    expect(items.map((org) => org.id)).toEqual(orgs(0, total).map((org) => org.id));
    expect(server.count('offset=4')).toBe(2);
    expect(server.count()).toBe(total / 2 + 1);
  });

  it('organizations with read-ahead: a page that keeps failing rejects, no hang', async () => {
    server.otherwise((request) =>
      request.query.get('offset') === '4'
        ? fault.clerkError(500, 'Broken page')
        : fault.json(200, { data: orgs(Number(request.query.get('offset') ?? 0), 2), total_count: 12 }),
    );
    const error = await failure(drain(client().organizations.list({ limit: 2 }, { concurrency: 3 })));
    expect(error.message).toBe('Broken page');
    expect(server.count('offset=4')).toBe(3);
  });
});

describe('200 concurrent calls under a rate limit', () => {
  it('a third of first attempts get 429 Retry-After: 0; all resolve, no lost or duplicated success', async () => {
    const attempts = new Map<string, number>();
    server.otherwise((request) => {
      const id = decodeURIComponent(request.path.split('/').pop()!);
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      return attempt === 1 && Number(id.split('_')[1]) % 3 === 0 ? fault.rateLimited('0') : ok(id);
    });
    const clerk = client();
    const ids = Array.from({ length: 200 }, (_, n) => `user_${n}`);
    const found = await Promise.all(ids.map((id) => clerk.users(id).get()));
    expect(found.map((user) => user.id)).toEqual(ids);
    const perPath = server.countByPath();
    for (const [n, id] of ids.entries()) expect(perPath.get(`GET /v1/users/${id}`), id).toBe(n % 3 === 0 ? 2 : 1);
    expect(server.count()).toBe(200 + 67);
  });

  it('a mixed storm (429, reset, 503, success) over 200 GETs: each id requested exactly as often as needed', async () => {
    const attempts = new Map<string, number>();
    const firstFault = [() => fault.rateLimited('0'), fault.reset, () => fault.clerkError(503, 'Busy'), undefined] as const;
    server.otherwise((request) => {
      const id = decodeURIComponent(request.path.split('/').pop()!);
      const attempt = (attempts.get(id) ?? 0) + 1;
      attempts.set(id, attempt);
      const make = firstFault[Number(id.split('_')[1]) % 4];
      return attempt === 1 && make ? make() : ok(id);
    });
    const clerk = client();
    const ids = Array.from({ length: 200 }, (_, n) => `user_${n}`);
    const found = await Promise.all(ids.map((id) => clerk.users(id).get()));
    expect(found.map((user) => user.id)).toEqual(ids);
    const perPath = server.countByPath();
    for (const [n, id] of ids.entries()) expect(perPath.get(`GET /v1/users/${id}`), id).toBe(n % 4 === 3 ? 1 : 2);
    expect(server.count()).toBe(200 + 150);
  });
});

describe('the secret key', () => {
  it('a debug logger sees every attempt but never the key or the Authorization value', async () => {
    const lines: string[] = [];
    const clerk = client({ logger: { warn: (line) => lines.push(line), debug: (line) => lines.push(line) } });
    server.script(fault.rateLimited('0'), fault.reset(), fault.clerkError(500, 'x'), ok());
    await clerk.users('user_1').get({ maxRetries: 3 });
    // The key was sent every time, so its absence from the log lines means something.
    expect(server.requests.map((request) => request.headers.authorization)).toEqual(Array(4).fill(`Bearer ${SECRET}`));
    expect(lines.filter((line) => line.includes('GET /v1/users/user_1 {'))).toHaveLength(4);
    expect(lines.filter((line) => /attempt \d failed/.test(line))).toHaveLength(3);
    const all = lines.join('\n');
    expect(all).toContain('"authorization":"[redacted]"');
    expect(all).not.toContain(SECRET);
    expect(all).not.toContain(SECRET.slice(8));
    expect(all).not.toContain(`Bearer ${SECRET}`);
  });

  /** A proxy that reflects the request's Authorization header back into its answer. */
  const echoes: Array<[string, (auth: string) => Behaviour]> = [
    ['an HTML error page', (auth) => ({ kind: 'reply', status: 502, body: `<pre>${auth}</pre>` })],
    ['a 200 that is not JSON', (auth) => fault.notJson(`echo: ${auth}`)],
    ['a Clerk error long_message', (auth) => fault.clerkError(400, `Bad header ${auth}`)],
    ['a Clerk error message', (auth) => fault.json(401, { errors: [{ code: 'x', message: `Bad header ${auth}` }] })],
    ['a Clerk error meta', (auth) => fault.json(422, { errors: [{ code: 'x', message: 'no', meta: { header: auth } }] })],
    ['the clerk_trace_id', (auth) => fault.json(403, { errors: [{ code: 'x', message: 'no' }], clerk_trace_id: auth })],
    ['the cf-ray header', (auth) => fault.json(404, { errors: [] }, { 'cf-ray': auth })],
    [
      'a Clerk error written with JSON escapes',
      (auth) => ({ kind: 'reply', status: 400, body: `{"errors":[{"code":"x","message":"${auth.replace(/k/g, '\\u006b')}"}]}` }),
    ],
  ];
  it.each(echoes)('echoed back in %s: redacted from the error', async (_, echo) => {
    server.otherwise((request) => echo(request.headers.authorization ?? ''));
    await failure(client({ maxRetries: 0 }).users('user_1').get());
    expect(server.count()).toBe(1);
  });

  it('an echo in an error meta key, or escaped in a JSON body of another shape, is redacted where it was decoded', async () => {
    const escaped = (auth: string) => auth.replace(/k/g, '\\u006b');
    server.script(
      (request) => fault.json(422, { errors: [{ code: 'x', message: 'no', meta: { [request.headers.authorization ?? '']: true } }] }),
      (request) => ({ kind: 'reply', status: 400, body: `{"detail":"${escaped(request.headers.authorization ?? '')}"}` }),
    );
    const inMeta = await failure<ClerkAPIError>(client({ maxRetries: 0 }).users('user_1').get());
    expect(inMeta.errors[0]?.meta).toEqual({ 'Bearer [redacted]': true });
    const inOtherShape = await failure<ClerkAPIError>(client({ maxRetries: 0 }).users('user_1').get());
    expect(inOtherShape.message).toBe('Clerk answered with status 400: {"detail":"Bearer [redacted]"}');
    expect(server.count()).toBe(2);
  });

  it('a body that cannot be serialised is refused before sending, as bad input, and never retried', async () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    server.otherwise(ok());
    for (const metadata of [{ big: 10n }, circular]) {
      for (const call of [
        () => client().users('user_1').replaceMetadata({ publicMetadata: metadata }),
        () => client().users('user_1').updateMetadata({ privateMetadata: metadata }),
      ]) {
        const error = await failure(call());
        expect(error).toBeInstanceOf(ClerkValidationError);
        expect(error.message).toMatch(/JSON/);
      }
    }
    expect(server.count()).toBe(0);
    expect(logged.filter((line) => /attempt \d failed/.test(line))).toEqual([]);
  });
});

describe('membership handles over the wire', () => {
  it('PATCH a membership through a nested handle: a 502 is not resent, a 429 is', async () => {
    server.script(fault.html502());
    await failure(client().organizations('org_1').memberships('user_1').update({ role: 'org:admin' }));
    expect(server.lines()).toEqual(['PATCH /v1/organizations/org_1/memberships/user_1']);
    server.reset();
    server.script(fault.rateLimited('0'), fault.json(200, membershipJson('org_1', 'user_1', 'org:admin')));
    const membership = await client().organizations('org_1').memberships('user_1').update({ role: 'org:admin' });
    expect(membership.role).toBe('org:admin');
    expect(server.count()).toBe(2);
  });
});
