import { ClerkError } from './errors.js';

/**
 * A number of requests allowed per span of time. Clerk counts per instance, whatever the number
 * of processes sending; some operations have a lower budget of their own on top.
 */
export interface RateLimitBudget {
  /** Requests allowed in any span of `perSeconds` seconds. */
  readonly requests: number;
  readonly perSeconds: number;
}

/** What the client tells a {@link RateLimiter} with each turn it asks for. */
export interface RateLimitTurnOptions {
  /** Aborted when the caller's `signal` aborts or the wait outlasts the attempt's `timeout`: stop waiting then. */
  readonly signal: AbortSignal;
  /**
   * The budget Clerk documents for the key: for `kind: 'instance'`, the instance's (derived from
   * the secret key's prefix, 1000 per 10 s for `sk_live_`, 100 per 10 s otherwise), which a limiter
   * configured with numbers of its own replaces; for `kind: 'operation'`, the operation's own.
   */
  readonly budget: RateLimitBudget;
  /** `instance`: the budget every request shares; `operation`: one operation's lower budget. */
  readonly kind: 'instance' | 'operation';
}

/**
 * Paces requests against a budget shared by everything that holds the same store: the interface
 * behind the `rateLimiter` option. `clerk-fluent/rate-limit` has two (`memoryRateLimiter`,
 * `redisRateLimiter`); any store can implement it.
 *
 * Before every attempt (retries included) the client calls `acquire` once per budget the request
 * counts against, the operation's own first, then the instance's; it sends the attempt once every
 * promise has resolved. Keys are opaque strings: the instance's is `clerk-fluent:` and a short
 * hash of the secret key (never the key itself); an operation's adds the operation, and the user's
 * id where Clerk counts per user.
 *
 * @example
 * ```ts
 * const unlimited: RateLimiter = { acquire: async () => {} };
 * new Clerk({ rateLimiter: unlimited });
 * ```
 */
export interface RateLimiter {
  /**
   * Resolves when one more request under `key` fits its budget, counting that request. Rejects
   * when `options.signal` aborts (the client then throws `ClerkAbortError` or
   * `ClerkTimeoutError`), or when the store fails (the client throws {@link ClerkRateLimiterError}).
   */
  acquire(key: string, options: RateLimitTurnOptions): Promise<void>;
  /**
   * Clerk answered 429 to a request under `key`: send nothing more under it for `ms`
   * milliseconds (its `Retry-After`, else one second). Optional; a failure is logged as a warning.
   */
  penalize?(key: string, ms: number): void | Promise<void>;
}

/** The limiter could not give a turn (its store failed): nothing was sent. */
export class ClerkRateLimiterError extends ClerkError {
  override name = 'ClerkRateLimiterError';
}

/** A 429 without a readable `Retry-After` blocks its key this long. */
export const DEFAULT_PENALTY_MS = 1_000;

export const PRODUCTION_BUDGET: RateLimitBudget = { requests: 1000, perSeconds: 10 };
export const DEVELOPMENT_BUDGET: RateLimitBudget = { requests: 100, perSeconds: 10 };

/**
 * The instance's budget as Clerk documents it: production instances (`sk_live_` keys) 1000 requests
 * per 10 s, development instances 100 per 10 s. A key of neither shape gets the lower one.
 */
export function instanceBudget(secretKey: string): RateLimitBudget {
  return secretKey.startsWith('sk_live_') ? PRODUCTION_BUDGET : DEVELOPMENT_BUDGET;
}

interface OperationLimit {
  /** Each `METHOD /v1/path` the budget covers; `{…}` stands for one path segment. */
  readonly routes: readonly string[];
  /** `null`: not rate limited at all. */
  readonly budget: RateLimitBudget | null;
  /** The path parameter the budget is counted per (one budget per user), else per instance. */
  readonly per?: string;
}

/**
 * The Backend API's documented per-operation limits, as facts only. Source: Clerk's "Rate limits"
 * page (clerk.com/docs/guides/how-clerk-works/system-limits, Backend API requests), read
 * 2026-12. Routes sharing one entry share one budget.
 */
export const OPERATION_LIMITS: readonly OperationLimit[] = [
  { routes: ['GET /v1/jwks'], budget: null },
  { routes: ['POST /v1/invitations'], budget: { requests: 100, perSeconds: 3600 } },
  { routes: ['POST /v1/invitations/bulk'], budget: { requests: 25, perSeconds: 3600 } },
  { routes: ['POST /v1/organizations/{organization_id}/invitations'], budget: { requests: 250, perSeconds: 3600 } },
  { routes: ['POST /v1/organizations/{organization_id}/invitations/bulk'], budget: { requests: 50, perSeconds: 3600 } },
  {
    routes: ['PATCH /v1/users/{user_id}', 'PATCH /v1/users/{user_id}/metadata', 'PUT /v1/users/{user_id}/metadata'],
    budget: { requests: 10, perSeconds: 10 },
    per: 'user_id',
  },
];

interface CompiledRoute {
  readonly method: string;
  readonly pattern: RegExp;
  /** Index of the capture group holding the `per` parameter. */
  readonly perGroup: number | undefined;
  readonly name: string;
  readonly limit: OperationLimit;
}

/** The routes as patterns, compiled on the first request a rate limiter counts (not at import). */
const compiledRoutes = (): readonly CompiledRoute[] => OPERATION_LIMITS.flatMap((limit) =>
  limit.routes.map((route) => {
    const [method, template] = route.split(' ') as [string, string];
    const params = [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    const source = template
      .replace(/^\/v1\//, '')
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
      .join('([^/]+)');
    const perGroup = limit.per === undefined ? undefined : params.indexOf(limit.per) + 1;
    return { method, pattern: new RegExp(`^${source}$`), perGroup, name: limit.routes[0]!, limit };
  }),
);
let compiled: readonly CompiledRoute[] | undefined;

/** One budget a request counts against: the key to acquire under, and the budget. */
export interface RateLimitTurn {
  readonly key: string;
  readonly budget: RateLimitBudget;
  readonly kind: 'instance' | 'operation';
}

/**
 * The budgets a request counts against, narrowest first: the operation's own (when Clerk
 * documents one), then the instance's; none for an operation Clerk does not rate limit.
 * `path` is relative to `/v1/`, encoded, without a query.
 */
export function turnsFor(method: string, path: string, instanceKey: string, instance: RateLimitBudget): RateLimitTurn[] {
  const instanceTurn: RateLimitTurn = { key: instanceKey, budget: instance, kind: 'instance' };
  compiled ??= compiledRoutes();
  const route = compiled.find((candidate) => candidate.method === method && candidate.pattern.test(path));
  if (!route) return [instanceTurn];
  if (route.limit.budget === null) return [];
  const per = route.perGroup === undefined ? '' : `:${route.pattern.exec(path)![route.perGroup]}`;
  return [{ key: `${instanceKey}:${route.name}${per}`, budget: route.limit.budget, kind: 'operation' }, instanceTurn];
}

/**
 * The instance's key: `clerk-fluent:` and the first 16 hex digits of the SHA-256 of the secret
 * key. Processes holding the same key share a budget; the key itself never reaches the store.
 */
export async function instanceKeyFor(secretKey: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(secretKey));
  const hex = [...new Uint8Array(digest).slice(0, 8)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `clerk-fluent:${hex}`;
}
