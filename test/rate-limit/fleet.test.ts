/**
 * Redis going away mid-run: 8 worker processes share one redisRateLimiter (the built package, a
 * real redis-server, killed after 300 requests) against a server accepting 100 requests per 2 s
 * (a short span: this run is about the failure, not the pacing, which fleet-proof.test.ts proves
 * at Clerk's span). Every call ends, sent once or failed with ClerkRateLimiterError; none hangs.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build.js';
import { REQUESTS, runFleet, startFleetServer, type FleetServer } from './fleet.js';
import { describeWithRedis, startRedis } from './redis.js';

const WINDOW_MS = 2000;

describeWithRedis('a fleet whose Redis goes away', () => {
  let server: FleetServer;

  beforeAll(async () => {
    await ensureBuild();
    server = await startFleetServer(WINDOW_MS);
  }, 240_000);

  afterAll(() => server?.kill());

  it('Redis killed after 300 requests: every call ends (sent, or ClerkRateLimiterError), none hangs, none is sent twice', async () => {
    const doomed = await startRedis();
    const started = Date.now();
    const outcomes = await runFleet(server, WINDOW_MS, doomed.url, async () => {
      while ((await server.stats()).arrivals.length < 300) await new Promise((resolve) => setTimeout(resolve, 50));
      await doomed.kill();
    });
    const stats = await server.stats();
    const failed = outcomes.filter((outcome) => !outcome.ok);
    const reasons = new Set(failed.map((outcome) => outcome.error!.replace(/^(\w+): GET \/v1\/users\/user_\d+/, '$1: GET /v1/users/{id}')));
    console.log(`[fleet] Redis killed after 300 requests: ${REQUESTS - failed.length} sent, ${failed.length} failed in ${((Date.now() - started) / 1000).toFixed(1)} s: ${[...reasons].join(' | ')}`);
    expect(failed.length).toBeGreaterThan(0);
    for (const outcome of failed) expect(outcome.error).toMatch(/^ClerkRateLimiterError: GET \/v1\/users\/user_\d+: the rate limiter failed, nothing was sent: /);
    expect(Object.values(stats.hits).every((count) => count === 1)).toBe(true);
    expect(Object.keys(stats.hits)).toHaveLength(REQUESTS - failed.length);
  }, 120_000);
});
