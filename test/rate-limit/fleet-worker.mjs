// One worker of the fleet: sends its share of GET /v1/users/{id}, all at once, through the built
// package, with a redisRateLimiter on the shared Redis (or none, for the contrast), and reports
// each call's outcome over IPC.
import { Clerk } from 'clerk-fluent';
import { redisRateLimiter } from 'clerk-fluent/rate-limit';
import { Redis } from 'ioredis';

const { API_URL, REDIS_URL, FIRST, COUNT, LIMIT, WINDOW_SECONDS } = process.env;
const redis = REDIS_URL ? new Redis(REDIS_URL) : undefined;
// What an app does with its Redis client: its connection errors are logged, not thrown.
let redisErrors = 0;
redis?.on('error', () => void (redisErrors += 1));
const rateLimiter = redis ? redisRateLimiter({ redis, requests: Number(LIMIT), perSeconds: Number(WINDOW_SECONDS) }) : undefined;
// A call waits for its turn within its timeout: at Clerk's span the last calls wait about 95 s.
const clerk = new Clerk({ secretKey: 'sk_test_fleet', apiUrl: API_URL, rateLimiter, timeout: 300_000 });

const ids = Array.from({ length: Number(COUNT) }, (_, index) => `user_${Number(FIRST) + index}`);
const outcomes = await Promise.all(
  ids.map((id) =>
    clerk.request({ method: 'GET', path: `/users/${id}` }).then(
      (user) => ({ id, ok: user.id === id }),
      (error) => ({ id, ok: false, error: `${error.name}: ${error.message}` }),
    ),
  ),
);
redis?.disconnect();
process.send(outcomes, () => process.exit(0));
