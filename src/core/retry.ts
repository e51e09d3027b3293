/**
 * The retry policy, as pure functions so it can be read and tested on its own.
 *
 * - 429 is retried for every method: Clerk did not process the request.
 * - 408, 5xx, timeouts and network failures are retried only for idempotent methods
 *   (GET, PUT, DELETE): a POST or PATCH that may have reached Clerk is never sent twice.
 * - The wait is `Retry-After` when Clerk sends it, else exponential backoff with full jitter.
 * - A `Retry-After` longer than {@link MAX_RETRY_AFTER_SECONDS} is not slept through: the call
 *   fails at once with `RateLimitError.retryAfter` set, so the caller decides.
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

export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

/**
 * Decides whether the attempt numbered `attempt` (1 for the first request) is followed by another.
 */
export function decideRetry(
  method: string,
  failure: AttemptFailure,
  attempt: number,
  maxRetries: number,
  random: () => number = Math.random,
): RetryDecision {
  if (attempt > maxRetries) return { retry: false };
  if (failure.kind === 'status') {
    const { status, retryAfterSeconds } = failure;
    if (status === 429) {
      if (retryAfterSeconds !== undefined) {
        if (retryAfterSeconds > MAX_RETRY_AFTER_SECONDS) return { retry: false };
        return { retry: true, delayMs: retryAfterSeconds * 1000 };
      }
      return { retry: true, delayMs: backoffDelay(attempt, random) };
    }
    if (!isIdempotent(method) || !(status === 408 || status >= 500)) return { retry: false };
    if (retryAfterSeconds !== undefined && retryAfterSeconds <= MAX_RETRY_AFTER_SECONDS) {
      return { retry: true, delayMs: retryAfterSeconds * 1000 };
    }
    return { retry: true, delayMs: backoffDelay(attempt, random) };
  }
  if (!isIdempotent(method)) return { retry: false };
  return { retry: true, delayMs: backoffDelay(attempt, random) };
}

/**
 * Exponential backoff with equal jitter: a wait in [c/2, c] where c = min(8 s, 0.5 s * 2^(attempt-1)),
 * so clients that failed together do not come back together, and none comes back at once.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(backoffTiming.maxDelayMs, backoffTiming.initialDelayMs * 2 ** (attempt - 1));
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
