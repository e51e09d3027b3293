/**
 * The proof, at Clerk's own span: 8 worker processes share one redisRateLimiter (the built
 * package, a real redis-server) and send 1,000 GET /v1/users/{id}, each id once, to a server in
 * its own process that accepts at most 100 requests in any 10 s per instance (a sliding log, the
 * strictest reading). Then the same run without a limiter, for contrast. A file of its own: the
 * run is about 100 s of mostly idle waiting, which vitest spends beside other files.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build.js';
import { budgetUsed, REQUESTS, runFleet, startFleetServer, type FleetServer } from './fleet.js';
import { describeWithRedis, startRedis, type RedisServer } from './redis.js';

const WINDOW_MS = 10_000;

describeWithRedis('a fleet sharing one redisRateLimiter, at Clerk\'s 100 per 10 s', () => {
  let server: FleetServer;
  let redis: RedisServer;

  beforeAll(async () => {
    await ensureBuild();
    [server, redis] = await Promise.all([startFleetServer(WINDOW_MS), startRedis()]);
  }, 240_000);

  afterAll(async () => {
    server?.kill();
    await redis?.kill();
  });

  it('sends 1,000 requests from 8 processes with no 429, none lost or sent twice, the budget used to 90 % or more', async () => {
    const started = Date.now();
    const outcomes = await runFleet(server, WINDOW_MS, redis.url);
    const stats = await server.stats();
    const { used, spanMs } = budgetUsed(stats, WINDOW_MS);
    console.log(
      `[fleet] with redisRateLimiter: ${stats.arrivals.length} requests over ${(spanMs / 1000).toFixed(1)} s (run ${((Date.now() - started) / 1000).toFixed(1)} s), ${stats.rejected} 429s, budget used ${(used * 100).toFixed(1)} %`,
    );
    expect(outcomes.filter((outcome) => !outcome.ok)).toEqual([]);
    expect(stats.rejected).toBe(0);
    expect(Object.keys(stats.hits)).toHaveLength(REQUESTS);
    expect(Object.values(stats.hits).every((count) => count === 1)).toBe(true);
    expect(used).toBeGreaterThanOrEqual(0.9);
  }, 300_000);

  it('without a limiter, the same run meets 429s (the contrast)', async () => {
    const outcomes = await runFleet(server, WINDOW_MS, undefined);
    const stats = await server.stats();
    const failed = outcomes.filter((outcome) => !outcome.ok);
    console.log(`[fleet] without a limiter: ${stats.rejected} 429s, ${failed.length} of ${REQUESTS} calls failed after their retries`);
    expect(stats.rejected).toBeGreaterThan(0);
    expect(Object.values(stats.hits).every((count) => count === 1)).toBe(true);
  }, 300_000);
});
