/**
 * The retry policy, as pure functions so it can be read and tested on its own. ky does the
 * retrying and the waiting (`transport.ts` hands it these functions and numbers).
 *
 * - 429 is retried for every method: Clerk did not process the request.
 * - 408, 5xx, timeouts and network failures are retried only for idempotent methods
 *   (GET, PUT, DELETE): a POST or PATCH that may have reached Clerk is never sent twice.
 * - The wait is `Retry-After` when Clerk sends it, else exponential backoff with equal jitter.
 * - A `Retry-After` longer than {@link MAX_RETRY_AFTER_SECONDS} is not slept through: a 429 fails
 *   at once with `RateLimitError.retryAfter` set, so the caller decides; a 408 or 5xx backs off.
 */

export const MAX_RETRY_AFTER_SECONDS = 60;

/** The backoff's first ceiling and its cap. Internal: tests shorten them to keep the suite fast. */
export const backoffTiming = { initialDelayMs: 500, maxDelayMs: 8_000 };

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);

export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** What went wrong in one attempt, as far as the retry decision is concerned. */
export type AttemptFailure =
  | { kind: 'status'; status: number; retryAfterSeconds: number | undefined }
  | { kind: 'network' }
  | { kind: 'timeout' };

/**
 * What follows a failed attempt when retries are left: nothing (`stop`), another attempt after
 * {@link backoffCeiling} with {@link equalJitter} (`backoff`), or another attempt after the
 * `Retry-After` the answer carries, which is then readable and at most 60 s (`retry-after`).
 */
export type RetryVerdict = 'stop' | 'backoff' | 'retry-after';

export function retryVerdict(method: string, failure: AttemptFailure): RetryVerdict {
  if (failure.kind !== 'status') return isIdempotent(method) ? 'backoff' : 'stop';
  const { status, retryAfterSeconds } = failure;
  if (status !== 429 && !(isIdempotent(method) && (status === 408 || status >= 500))) return 'stop';
  if (retryAfterSeconds === undefined) return 'backoff';
  if (retryAfterSeconds <= MAX_RETRY_AFTER_SECONDS) return 'retry-after';
  return status === 429 ? 'stop' : 'backoff';
}

/**
 * The ceiling of the wait before retry number `retry` (1 for the first): 0.5 s doubling per retry,
 * capped at 8 s.
 */
export function backoffCeiling(retry: number): number {
  return Math.min(backoffTiming.maxDelayMs, backoffTiming.initialDelayMs * 2 ** (retry - 1));
}

/**
 * A wait in [c/2, c] for a ceiling c: clients that failed together do not come back together, and
 * none comes back at once.
 */
export function equalJitter(ceiling: number, random: () => number = Math.random): number {
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/**
 * Reads a `Retry-After` header: delta-seconds or an HTTP date. Returns seconds (never negative),
 * or `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value == null) return undefined;
  const trimmed = value.trim();
  if (trimmed === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
