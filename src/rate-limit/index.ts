/**
 * `clerk-fluent/rate-limit`: limiters for the `rateLimiter` option of `new Clerk()`, which pace
 * requests so that they stay within Clerk's rate limit. `memoryRateLimiter` paces one process;
 * `redisRateLimiter` paces a fleet of processes sharing one Redis. Both count on
 * rate-limiter-flexible's atomic counters. The main entry never loads this one.
 *
 * @example
 * ```ts
 * import { Clerk } from 'clerk-fluent';
 * import { memoryRateLimiter, redisRateLimiter } from 'clerk-fluent/rate-limit';
 * import { Redis } from 'ioredis';
 *
 * new Clerk({ rateLimiter: memoryRateLimiter({ requests: 100, perSeconds: 10 }) });
 * new Clerk({ rateLimiter: redisRateLimiter({ redis: new Redis(process.env.REDIS_URL!), requests: 1000, perSeconds: 10 }) });
 * ```
 *
 * @packageDocumentation
 */
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
// Taken from the main entry by its name, not by path: the build points this import at the main
// entry's file beside it (tsup.config.ts), so this entry shares the main entry's classes (an error
// it throws is `instanceof` the class a user imports from 'clerk-fluent', in ESM and CommonJS
// alike) instead of carrying copies.
import { ClerkValidationError, type RateLimitBudget, type RateLimiter, type RateLimitTurnOptions } from 'clerk-fluent';
import { SlidingWindow, type LimiterFactory } from './window.js';

export { ClerkRateLimiterError, type RateLimiter, type RateLimitBudget, type RateLimitTurnOptions } from 'clerk-fluent';

/** The instance's budget. Give both numbers or neither. */
export interface RateLimitOptions {
  /**
   * Requests allowed per `perSeconds` for the whole instance, every process holding the store
   * counted together.
   * @default Clerk's documented budget for the secret key's instance: 1000 for `sk_live_` keys, 100 otherwise
   * @example 1000
   */
  requests?: number;
  /**
   * The span `requests` is counted over, in seconds.
   * @default 10
   * @example 10
   */
  perSeconds?: number;
}

/**
 * An ioredis client (`new Redis(url)`, or a `Cluster`). Commands are sent while it is connected;
 * while it is not, each turn fails at once with `ClerkRateLimiterError` (nothing waits for a
 * reconnection).
 */
export interface RedisClient {
  readonly status: string;
  defineCommand(name: string, definition: { lua: string; numberOfKeys?: number }): void;
}

export interface RedisRateLimitOptions extends RateLimitOptions {
  /**
   * The Redis every process of the fleet connects to; the limiter uses it and never closes it.
   * @example new Redis(process.env.REDIS_URL)
   */
  redis: RedisClient;
}

/**
 * Paces the requests of one process (every client given this limiter shares its counts).
 *
 * @example
 * ```ts
 * new Clerk({ rateLimiter: memoryRateLimiter({ requests: 100, perSeconds: 10 }) });
 * ```
 */
export function memoryRateLimiter(options: RateLimitOptions = {}): RateLimiter {
  const budget = checkBudget(options, 'memoryRateLimiter');
  return new WindowLimiter(new SlidingWindow((limits) => new RateLimiterMemory(limits)), budget);
}

/**
 * Paces the requests of every process that uses the same Redis: the counts live in Redis (one
 * atomic increment per turn, through rate-limiter-flexible), so a fleet shares one budget.
 *
 * @example
 * ```ts
 * new Clerk({ rateLimiter: redisRateLimiter({ redis: new Redis(url), requests: 1000, perSeconds: 10 }) });
 * ```
 */
export function redisRateLimiter(options: RedisRateLimitOptions): RateLimiter {
  const budget = checkBudget(options, 'redisRateLimiter');
  const redis: unknown = options?.redis;
  if (typeof redis !== 'object' || redis === null || typeof (redis as Partial<RedisClient>).defineCommand !== 'function') {
    throw new ClerkValidationError('redisRateLimiter: `redis` must be an ioredis client (`new Redis(url)`).', [
      { path: 'redis', message: 'must be an ioredis client' },
    ]);
  }
  const client = redis as RedisClient;
  const factory: LimiterFactory = (limits) => new RateLimiterRedis({ ...limits, storeClient: client });
  // A client that lost its connection fails each turn at once: ioredis would otherwise hold the
  // command (up to its `maxRetriesPerRequest` reconnections). A client still making its first
  // connection queues the command, as ioredis does.
  const lost = () => (LOST_STATES.has(client.status) ? new Error(`the Redis connection is ${client.status}`) : undefined);
  return new WindowLimiter(new SlidingWindow(factory, lost), budget);
}

/** ioredis states after a connection was lost (or closed), before the next one is ready. */
const LOST_STATES = new Set(['reconnecting', 'close', 'end']);

function checkBudget(options: RateLimitOptions, name: string): RateLimitBudget | undefined {
  const { requests, perSeconds } = options ?? {};
  if (requests === undefined && perSeconds === undefined) return undefined;
  if (typeof requests !== 'number' || !Number.isInteger(requests) || requests < 1) {
    throw new ClerkValidationError(`${name}: \`requests\` must be a whole number, 1 or more.`, [{ path: 'requests', message: 'must be a whole number, 1 or more' }]);
  }
  const seconds = perSeconds ?? 10;
  if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds <= 0) {
    throw new ClerkValidationError(`${name}: \`perSeconds\` must be a number of seconds above 0.`, [{ path: 'perSeconds', message: 'must be above 0' }]);
  }
  return { requests, perSeconds: seconds };
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
  readonly signal: AbortSignal;
  readonly budget: RateLimitBudget;
}

/** The waiters of one key, served in order: only the first asks the store, the others wait behind it. */
interface Lane {
  readonly waiters: Waiter[];
  running: boolean;
  /** Wakes the lane's sleep early when its last waiter has gone. */
  wake?: () => void;
}

/**
 * A {@link RateLimiter} over a {@link SlidingWindow}: calls in one process take their turns in the
 * order they asked, so a burst of calls asks the store one at a time instead of all at once.
 */
class WindowLimiter implements RateLimiter {
  readonly #window: SlidingWindow;
  readonly #instance: RateLimitBudget | undefined;
  readonly #lanes = new Map<string, Lane>();

  constructor(window: SlidingWindow, instance: RateLimitBudget | undefined) {
    this.#window = window;
    this.#instance = instance;
  }

  acquire(key: string, options: RateLimitTurnOptions): Promise<void> {
    const { signal, kind } = options;
    const budget = kind === 'instance' && this.#instance ? this.#instance : options.budget;
    if (signal.aborted) return Promise.reject(signal.reason);
    let lane = this.#lanes.get(key);
    if (!lane) this.#lanes.set(key, (lane = { waiters: [], running: false }));
    const current = lane;
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        signal,
        budget,
        resolve: () => {
          signal.removeEventListener('abort', onAbort);
          resolve();
        },
        reject: (reason) => {
          signal.removeEventListener('abort', onAbort);
          reject(reason);
        },
      };
      function onAbort(): void {
        const index = current.waiters.indexOf(waiter);
        if (index !== -1) current.waiters.splice(index, 1);
        if (current.waiters.length === 0) current.wake?.();
        reject(signal.reason);
      }
      signal.addEventListener('abort', onAbort, { once: true });
      current.waiters.push(waiter);
      if (!current.running) void this.#drain(key, current);
    });
  }

  penalize(key: string, ms: number): Promise<void> {
    return this.#window.block(key, ms);
  }

  async #drain(key: string, lane: Lane): Promise<void> {
    lane.running = true;
    try {
      while (lane.waiters.length > 0) {
        const head = lane.waiters[0]!;
        let waitMs: number;
        try {
          waitMs = await this.#window.take(key, head.budget);
        } catch (error) {
          // The store failed: this waiter learns it now; the next one asks the store again.
          if (lane.waiters[0] === head) lane.waiters.shift();
          head.reject(error);
          continue;
        }
        if (waitMs === 0) {
          // A waiter aborted while its turn was being taken leaves the turn unused (counted).
          if (lane.waiters[0] === head) {
            lane.waiters.shift();
            head.resolve();
          }
          continue;
        }
        await new Promise<void>((wake) => {
          const timer = setTimeout(wake, waitMs);
          lane.wake = () => {
            clearTimeout(timer);
            wake();
          };
        });
        lane.wake = undefined;
      }
    } finally {
      lane.running = false;
      if (lane.waiters.length === 0) this.#lanes.delete(key);
    }
  }
}
