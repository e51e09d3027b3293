/**
 * Pacing calls to stay within Clerk's rate limit: in memory for one process, or through Redis for
 * a fleet of processes that share one instance's budget.
 *
 * Read-only.
 * Run: npm run build, then CLERK_SECRET_KEY=sk_test_… npx tsx examples/rate-limit.ts
 * With REDIS_URL=redis://… set, every process running it shares one budget through that Redis.
 */
import { Clerk, ClerkTimeoutError } from 'clerk-fluent';
import { memoryRateLimiter, redisRateLimiter } from 'clerk-fluent/rate-limit';
import { Redis } from 'ioredis';

const redis = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : undefined;
console.log(redis ? 'Limiter: Redis, shared by every process that uses it' : 'Limiter: in memory, this process only');

// Without a budget a limiter takes Clerk's documented one for the key's instance: 1000 requests
// per 10 s for sk_live_ keys, 100 for development keys. Clerk's lower per-operation limits (user
// updates, invitations) are paced on top of it.
const clerk = new Clerk({ rateLimiter: redis ? redisRateLimiter({ redis }) : memoryRateLimiter() });
const started = performance.now();
const counts = await Promise.all(Array.from({ length: 20 }, () => clerk.users.count()));
console.log(`20 counts at once: ${counts.length} answers in ${((performance.now() - started) / 1000).toFixed(1)} s`);

// A small budget, in this process alone, shows the waiting: 5 requests per 10 s. The first 5
// calls go at once; the 6th waits for a turn, and its timeout covers that wait: it gives up after
// 1 s, having sent nothing.
const small = new Clerk({ rateLimiter: memoryRateLimiter({ requests: 5, perSeconds: 10 }) });
await Promise.all(Array.from({ length: 5 }, () => small.users.count()));
try {
  await small.users.count({}, { timeout: 1_000 });
  throw new Error('the 6th call was sent within the budget of 5');
} catch (error) {
  if (!(error instanceof ClerkTimeoutError)) throw error;
  console.log(`6th call: ${error.name}: ${error.message}`);
}
redis?.disconnect();
