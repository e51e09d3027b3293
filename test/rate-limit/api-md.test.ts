/**
 * ../shared/design/API.md, "Sharing the rate limit across processes": its snippet, both lines as
 * written (the entries by name resolve to src/ here; package.test.ts loads the built ones), against
 * a real redis-server and a loopback API. Each client then paces its calls: no more per slot of
 * its window than its budget allows, the Redis one through counters kept in Redis.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Clerk } from 'clerk-fluent';
import { memoryRateLimiter, redisRateLimiter } from 'clerk-fluent/rate-limit';
import { Redis as IORedis } from 'ioredis';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { SECRET } from '../helpers.js';
import { describeWithRedis, startRedis, type RedisServer } from './redis.js';

/** ioredis' Redis, keeping each client the snippet makes, to close it after the test. */
const clients: IORedis[] = [];
class Redis extends IORedis {
  constructor(url: string) {
    super(url);
    clients.push(this);
  }
}

describeWithRedis('API.md: sharing the rate limit across processes', () => {
  let redisServer: RedisServer;
  let api: Server;
  const arrivals: number[] = [];

  beforeAll(async () => {
    redisServer = await startRedis();
    api = createServer((request, response) => {
      arrivals.push(performance.now());
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ object: 'total_count', total_count: 1 }));
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    vi.stubEnv('CLERK_SECRET_KEY', SECRET);
    vi.stubEnv('CLERK_API_URL', `http://127.0.0.1:${(api.address() as AddressInfo).port}`);
  }, 60_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    for (const client of clients) client.disconnect();
    await new Promise<void>((resolve) => api?.close(() => resolve()));
    await redisServer?.kill();
  });

  /** Sends `count` calls at once; resolves with the span of their arrivals, in ms. */
  async function burst(clerk: Clerk, count: number): Promise<number> {
    arrivals.length = 0;
    const counts = await Promise.all(Array.from({ length: count }, () => clerk.users.count()));
    expect(counts).toEqual(Array.from({ length: count }, () => 1));
    return Math.max(...arrivals) - Math.min(...arrivals);
  }

  it('works as written: one process, and a fleet through Redis', async () => {
    const url = redisServer.url;
    const [one, fleet] = [
      new Clerk({ rateLimiter: memoryRateLimiter({ requests: 100, perSeconds: 10 }) }),             // one process
      new Clerk({ rateLimiter: redisRateLimiter({ redis: new Redis(url), requests: 1000, perSeconds: 10 }) }),   // a fleet
    ];
    // A window of 10 s is 40 slots of 250 ms; a slot grants at most 10 of 100 turns, 50 of 1000.
    // 50 and 250 calls at once take five slots: the last go out at least three whole slots (750 ms)
    // after the first. Half a second is asserted: arrivals are measured at the server, and the
    // first slot's calls also open the connections, so they may arrive late on a busy machine
    // (CI once saw 236 ms for a burst that only needed three slots).
    expect(await burst(one, 50)).toBeGreaterThan(500);
    expect(await burst(fleet, 250)).toBeGreaterThan(500);
    const store = new IORedis(url);
    try {
      expect(await store.keys('clerk-fluent-rl:*')).not.toEqual([]);
    } finally {
      store.disconnect();
    }
  }, 60_000);
});
