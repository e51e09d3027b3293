/**
 * The `rateLimiter` option and `memoryRateLimiter`: a turn before every attempt, in order; a wait
 * that honours the call's signal and timeout; 429s fed back; Clerk's per-operation budgets.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Clerk,
  ClerkAbortError,
  ClerkRateLimiterError,
  ClerkTimeoutError,
  ClerkValidationError,
  RateLimitError,
  type RateLimiter,
  type RateLimitTurnOptions,
} from '../../src/index.js';
import { instanceKeyFor, turnsFor } from '../../src/core/rate-limit.js';
import { memoryRateLimiter } from '../../src/rate-limit/index.js';
import { expectNoSecret, rejectionOf, SECRET } from '../helpers.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

let server: Server;
let apiUrl: string;
let handler: Handler = (_, response) => response.end('{}');
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(`${request.method} ${request.url}`);
    response.setHeader('content-type', 'application/json');
    handler(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function reset(next: Handler = (_, response) => response.end('{}')): void {
  seen.length = 0;
  handler = next;
}

const client = (rateLimiter: RateLimiter, options: { maxRetries?: number; timeout?: number; secretKey?: string } = {}) =>
  new Clerk({ secretKey: SECRET, apiUrl, rateLimiter, logger: { warn: () => {} }, ...options });

/** A limiter that grants every turn and records what it was asked. */
function recording() {
  const turns: Array<{ key: string; options: RateLimitTurnOptions }> = [];
  const penalties: Array<{ key: string; ms: number }> = [];
  const limiter: RateLimiter = {
    acquire: async (key, options) => void turns.push({ key, options }),
    penalize: (key, ms) => void penalties.push({ key, ms }),
  };
  return { limiter, turns, penalties };
}

const budget = { requests: 100, perSeconds: 10 };
const turn = (signal = new AbortController().signal): RateLimitTurnOptions => ({ signal, budget, kind: 'instance' });

describe('memoryRateLimiter', () => {
  it('grants turns within the budget at once, then in the order they were asked for', async () => {
    const limiter = memoryRateLimiter({ requests: 2, perSeconds: 1 });
    const started = Date.now();
    const order: Array<[number, number]> = [];
    await Promise.all([0, 1, 2, 3].map((index) => limiter.acquire('k', turn()).then(() => order.push([index, Date.now() - started]))));
    expect(order.map(([index]) => index)).toEqual([0, 1, 2, 3]);
    expect(order[1]![1]).toBeLessThan(200);
    // The first two leave the window once a full span (and its margin) has passed.
    expect(order[2]![1]).toBeGreaterThanOrEqual(1000);
    expect(order[3]![1]).toBeGreaterThanOrEqual(1000);
  });

  it('never grants more than the budget within any span of its length', async () => {
    const limiter = memoryRateLimiter({ requests: 5, perSeconds: 0.5 });
    const grants: number[] = [];
    await Promise.all(Array.from({ length: 17 }, () => limiter.acquire('span', turn()).then(() => grants.push(performance.now()))));
    grants.sort((a, b) => a - b);
    for (let index = 5; index < grants.length; index += 1) expect(grants[index]! - grants[index - 5]!).toBeGreaterThanOrEqual(500);
  });

  it('keys are counted apart', async () => {
    const limiter = memoryRateLimiter({ requests: 1, perSeconds: 10 });
    await limiter.acquire('a', turn());
    await limiter.acquire('b', turn());
  });

  it('a waiter whose signal aborts leaves at once with its reason; those behind it are still served', async () => {
    const limiter = memoryRateLimiter({ requests: 1, perSeconds: 0.5 });
    await limiter.acquire('abort', turn());
    const controller = new AbortController();
    const aborted = limiter.acquire('abort', turn(controller.signal));
    const next = limiter.acquire('abort', turn());
    setTimeout(() => controller.abort(new Error('gone')), 50);
    await expect(aborted).rejects.toThrow('gone');
    await next;
  });

  it('penalize blocks the key for the time given', async () => {
    const limiter = memoryRateLimiter({ requests: 100, perSeconds: 10 });
    await limiter.penalize!('blocked', 1000);
    const started = Date.now();
    await limiter.acquire('blocked', turn());
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('uses the budget it is given when it has no numbers of its own, and its own for the instance when it has', async () => {
    const own = memoryRateLimiter({ requests: 1, perSeconds: 10 });
    const documented = memoryRateLimiter();
    await own.acquire('i', turn());
    for (let index = 0; index < 5; index += 1) await documented.acquire('i', turn());
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('waited')), 100);
    await expect(own.acquire('i', turn(controller.signal))).rejects.toThrow('waited');
    // An operation's budget is the one passed, whatever the instance's numbers.
    const op: RateLimitTurnOptions = { signal: new AbortController().signal, budget: { requests: 3, perSeconds: 10 }, kind: 'operation' };
    for (let index = 0; index < 3; index += 1) await own.acquire('op', op);
  });

  it('refuses numbers that cannot be a budget', () => {
    expect(() => memoryRateLimiter({ requests: 0, perSeconds: 10 })).toThrow(ClerkValidationError);
    expect(() => memoryRateLimiter({ requests: 1.5, perSeconds: 10 })).toThrow(/requests/);
    expect(() => memoryRateLimiter({ requests: 10, perSeconds: -1 })).toThrow(/perSeconds/);
    expect(() => memoryRateLimiter({ perSeconds: 10 })).toThrow(/requests/);
  });
});

describe('the rateLimiter option', () => {
  it('takes a turn before every attempt, retries included', async () => {
    let attempts = 0;
    reset((_, response) => {
      attempts += 1;
      response.statusCode = attempts < 3 ? 503 : 200;
      response.setHeader('retry-after', '0');
      response.end('{}');
    });
    const { limiter, turns } = recording();
    await client(limiter).request({ method: 'GET', path: 'users/user_1' });
    expect(seen).toHaveLength(3);
    expect(turns).toHaveLength(3);
  });

  it('keys the instance by a hash of the secret key, never the key itself', async () => {
    reset();
    const { limiter, turns } = recording();
    await client(limiter).request({ method: 'GET', path: 'users' });
    expect(turns[0]!.key).toBe(await instanceKeyFor(SECRET));
    expect(turns[0]!.key).toMatch(/^clerk-fluent:[0-9a-f]{16}$/);
    expect(JSON.stringify(turns)).not.toContain(SECRET);
    expect(turns[0]!.options).toMatchObject({ kind: 'instance', budget: { requests: 100, perSeconds: 10 } });
  });

  it("defaults the instance's budget from the key: sk_live_ is production", async () => {
    reset();
    const { limiter, turns } = recording();
    await client(limiter, { secretKey: 'sk_live_x' }).request({ method: 'GET', path: 'users' });
    expect(turns[0]!.options.budget).toEqual({ requests: 1000, perSeconds: 10 });
  });

  it("an operation with a budget of its own takes a turn under it first, then under the instance's; JWKS takes none", async () => {
    reset();
    const { limiter, turns } = recording();
    const clerk = client(limiter);
    await clerk.request({ method: 'POST', path: 'invitations', body: { email_address: 'a@example.com' } });
    await clerk.request({ method: 'PATCH', path: '/users/user_1/metadata', body: {} });
    await clerk.request({ method: 'GET', path: 'jwks' });
    const instance = await instanceKeyFor(SECRET);
    expect(turns.map((taken) => [taken.key, taken.options.kind, taken.options.budget])).toEqual([
      [`${instance}:POST /v1/invitations`, 'operation', { requests: 100, perSeconds: 3600 }],
      [instance, 'instance', { requests: 100, perSeconds: 10 }],
      [`${instance}:PATCH /v1/users/{user_id}:user_1`, 'operation', { requests: 10, perSeconds: 10 }],
      [instance, 'instance', { requests: 100, perSeconds: 10 }],
    ]);
    expect(seen).toHaveLength(3);
  });

  it('per-operation budgets: the table matches methods and paths exactly', () => {
    const key = 'i';
    const names = (method: string, path: string) => turnsFor(method, path, key, budget).map((taken) => taken.key);
    expect(names('POST', 'invitations/bulk')).toEqual(['i:POST /v1/invitations/bulk', 'i']);
    expect(names('GET', 'invitations')).toEqual(['i']);
    expect(names('POST', 'organizations/org_1/invitations')).toEqual(['i:POST /v1/organizations/{organization_id}/invitations', 'i']);
    expect(names('POST', 'organizations/org_1/invitations/bulk')).toEqual(['i:POST /v1/organizations/{organization_id}/invitations/bulk', 'i']);
    expect(names('PUT', 'users/user_2/metadata')).toEqual(['i:PATCH /v1/users/{user_id}:user_2', 'i']);
    expect(names('PATCH', 'users/user_2/ban')).toEqual(['i']);
    expect(names('GET', 'jwks')).toEqual([]);
  });

  it('a 429 blocks the narrowest key for its Retry-After, or a second without one', async () => {
    let attempts = 0;
    reset((_, response) => {
      attempts += 1;
      response.statusCode = 429;
      if (attempts === 1) response.setHeader('retry-after', '0.2');
      response.end('{}');
    });
    const { limiter, penalties } = recording();
    const error = await rejectionOf(client(limiter, { maxRetries: 1 }).request({ method: 'POST', path: 'invitations', body: {} }));
    expect(error).toBeInstanceOf(RateLimitError);
    const instance = await instanceKeyFor(SECRET);
    expect(penalties).toEqual([
      { key: `${instance}:POST /v1/invitations`, ms: 200 },
      { key: `${instance}:POST /v1/invitations`, ms: 1000 },
    ]);
  });

  it('with memoryRateLimiter, a 429 holds back the next calls until its Retry-After has passed', async () => {
    let calls = 0;
    reset((_, response) => {
      calls += 1;
      response.statusCode = calls === 1 ? 429 : 200;
      response.setHeader('retry-after', '1');
      response.end('{}');
    });
    const clerk = client(memoryRateLimiter({ requests: 100, perSeconds: 10 }), { maxRetries: 0 });
    await expect(clerk.request({ method: 'GET', path: 'users' })).rejects.toBeInstanceOf(RateLimitError);
    const started = Date.now();
    await clerk.request({ method: 'GET', path: 'users' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('a call waiting for its turn ends with its signal: ClerkAbortError, nothing sent', async () => {
    reset();
    const clerk = client(memoryRateLimiter({ requests: 1, perSeconds: 10 }));
    await clerk.request({ method: 'GET', path: 'users' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('the user left')), 100);
    const error = await rejectionOf(clerk.request({ method: 'GET', path: 'users' }, { signal: controller.signal }));
    expect(error).toBeInstanceOf(ClerkAbortError);
    expect(error.message).toMatch(/the user left/);
    expect(seen).toHaveLength(1);
  });

  it('a call waiting for its turn ends after its timeout: ClerkTimeoutError, not retried, nothing sent', async () => {
    reset();
    const clerk = client(memoryRateLimiter({ requests: 1, perSeconds: 10 }), { maxRetries: 2 });
    await clerk.request({ method: 'GET', path: 'users' });
    const started = Date.now();
    const error = await rejectionOf(clerk.request({ method: 'GET', path: 'users' }, { timeout: 150 }));
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    expect(error.message).toBe('GET /v1/users waited 150 ms for its turn under the rate limiter; nothing was sent');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(seen).toHaveLength(1);
  });

  it('the signal and timeout bound the wait even when the limiter ignores the signal', async () => {
    reset();
    const never: RateLimiter = { acquire: () => new Promise(() => {}) };
    const error = await rejectionOf(client(never).request({ method: 'GET', path: 'users' }, { timeout: 100 }));
    expect(error).toBeInstanceOf(ClerkTimeoutError);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    await expect(client(never).request({ method: 'GET', path: 'users' }, { signal: controller.signal })).rejects.toBeInstanceOf(ClerkAbortError);
    expect(seen).toHaveLength(0);
  });

  it('a limiter that fails gives ClerkRateLimiterError, nothing sent, the secret key nowhere', async () => {
    reset();
    const failing: RateLimiter = {
      acquire: async () => {
        throw new Error(`store down (${SECRET})`);
      },
    };
    const error = await rejectionOf(client(failing).request({ method: 'GET', path: 'users' }));
    expect(error).toBeInstanceOf(ClerkRateLimiterError);
    expect(error.message).toBe('GET /v1/users: the rate limiter failed, nothing was sent: store down ([redacted])');
    expectNoSecret(error);
    expect(seen).toHaveLength(0);
  });

  it('refuses a rateLimiter that is not one', () => {
    expect(() => new Clerk({ secretKey: SECRET, rateLimiter: {} as RateLimiter })).toThrow(ClerkValidationError);
    expect(() => new Clerk({ secretKey: SECRET, rateLimiter: { acquire: async () => {}, penalize: 1 } as unknown as RateLimiter })).toThrow(/rateLimiter/);
  });
});
