import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimitBudget } from 'clerk-fluent';

/**
 * Builds a rate-limiter-flexible limiter on the store: atomic counters that expire after
 * `ttlSeconds`, and blocks. `points` is the ceiling of a counter before the library rejects.
 */
export type LimiterFactory = (options: { points: number; duration: number; keyPrefix: string }) => RateLimiterAbstract;

/**
 * Slots per budget span, and slots of margin. A request is granted when the grants of the last
 * `SLOTS + GUARD_SLOTS + 1` slots (the current one included) stay within the budget: any span of
 * the budget's length plus `GUARD_SLOTS` slots then holds at most the budget, so Clerk's count
 * stays within it whatever its own window (fixed, sliding) and whatever the delay between a grant
 * and the request's arrival, up to GUARD_SLOTS/SLOTS of the span (500 ms of 10 s). The price: at
 * most SLOTS/(SLOTS + GUARD_SLOTS + 1) of the budget is used under saturation (93 %).
 */
export const SLOTS = 40;
export const GUARD_SLOTS = 2;
const COUNTED_SLOTS = SLOTS + GUARD_SLOTS + 1;
/**
 * One slot grants at most this many, or the budget spread over half its span if that is more: a
 * full budget then goes out over a few slots rather than in one burst, which a loaded sender and
 * a loaded server would each spread unevenly over time (measured: the fleet test met 429s with
 * whole-budget bursts on a busy machine).
 */
const MIN_SLOT_GRANTS = 10;
/** How long after its slot ends an increment may still be kept; slots older than that are settled. */
const LATE_MS = 20;
/**
 * Refused turns per key and slot that are asked again after a few milliseconds instead of at the
 * next slot: an increment over the budget is undone, and while it is in the counter other
 * processes see the slot fuller than it is. Waiting for the next slot after such a refusal pushes
 * the turn, and every later turn of its chain, one slot back (measured: 85 % of the budget used in
 * the fleet test, 8 processes).
 */
const QUICK_RETRIES = 4;
const QUICK_RETRY_MS = [5, 25] as const;

export function slotGrants(budget: RateLimitBudget): number {
  return Math.min(budget.requests, Math.max(MIN_SLOT_GRANTS, Math.ceil((2 * budget.requests) / SLOTS)));
}
const KEY_PREFIX = 'clerk-fluent-rl';

function isRateLimiterRes(value: unknown): value is RateLimiterRes {
  return typeof value === 'object' && value !== null && 'consumedPoints' in value && !(value instanceof Error);
}

/**
 * A sliding window of counters, kept by rate-limiter-flexible in the store (memory or Redis): each
 * slot of `span / SLOTS` ms is one counter, incremented atomically by the process that takes a
 * turn in it and expiring once it no longer counts. A slot that ended more than two slots ago no
 * longer changes (an increment whose reply comes back late is undone): each process reads it once
 * and keeps it.
 */
export class SlidingWindow {
  readonly #factory: LimiterFactory;
  readonly #counters = new Map<number, RateLimiterAbstract>();
  readonly #blocks: RateLimiterAbstract;
  /** Per key: the counts of slots that had ended when read, by slot number. */
  readonly #settled = new Map<string, Map<number, number>>();

  readonly #unavailable: () => Error | undefined;
  /** Per key: the slot of the last quick retry, and how many it had. */
  readonly #quickRetries = new Map<string, { slot: number; count: number }>();

  /** `unavailable` names why the store cannot be reached now, if it knows: the turn then fails at once. */
  constructor(factory: LimiterFactory, unavailable: () => Error | undefined = () => undefined) {
    this.#factory = factory;
    this.#unavailable = unavailable;
    this.#blocks = factory({ points: 1, duration: 1, keyPrefix: `${KEY_PREFIX}:block` });
  }

  /**
   * Takes one turn under `key` if the budget allows it now: resolves with 0 when granted (and
   * counted), else with the milliseconds until a turn may be free. Rejects when the store fails.
   */
  async take(key: string, budget: RateLimitBudget): Promise<number> {
    const unavailable = this.#unavailable();
    if (unavailable) throw unavailable;
    const slotMs = (budget.perSeconds * 1000) / SLOTS;
    const now = Date.now();
    const slot = Math.floor(now / slotMs);
    const counters = this.#counterFor(Math.ceil((COUNTED_SLOTS * slotMs) / 1000) + 1);
    const slotKey = `${key}:${slot}`;
    const [blockedMs, count, past] = await Promise.all([
      this.#blockedFor(key),
      counters.consume(slotKey, 1).then(
        (res) => res.consumedPoints,
        (rejection: unknown) => {
          if (isRateLimiterRes(rejection)) return rejection.consumedPoints;
          throw rejection;
        },
      ),
      this.#pastCounts(counters, key, slot),
    ]);
    // A reply that came back after its slot (a slow store, a busy process) is not a turn: the
    // request would go out later than the slot it was counted in, and readers may already have
    // taken the slot as settled. Undone and asked again.
    const late = Date.now() >= (slot + 1) * slotMs + LATE_MS;
    const slotFull = count > slotGrants(budget);
    if (late) {
      await counters.reward(slotKey, 1);
      return 1;
    }
    const pastTotal = sum(past);
    if (blockedMs <= 0 && !slotFull && count + pastTotal <= budget.requests) return 0;
    await counters.reward(slotKey, 1);
    if (blockedMs > 0) return blockedMs;
    if (slotFull) return Math.max(1, Math.ceil((slot + 1) * slotMs - now));
    if (count > 1 && pastTotal < budget.requests && this.#mayRetrySoon(key, slot)) {
      return QUICK_RETRY_MS[0] + Math.floor(Math.random() * (QUICK_RETRY_MS[1] - QUICK_RETRY_MS[0]));
    }
    // The next boundary at which a slot holding grants leaves the window.
    past.push(count - 1);
    const leaving = past.findIndex((counted) => counted > 0);
    const boundary = slot + 1 + (leaving === -1 ? 0 : leaving);
    return Math.max(1, Math.ceil(boundary * slotMs - now));
  }

  /**
   * Whether a turn refused in `slot` may be asked again soon: the slot held other increments (some
   * may be refusals about to be undone) and the past slots leave room, up to QUICK_RETRIES times.
   */
  #mayRetrySoon(key: string, slot: number): boolean {
    const retries = this.#quickRetries.get(key);
    if (!retries || retries.slot !== slot) {
      this.#quickRetries.set(key, { slot, count: 1 });
      return true;
    }
    retries.count += 1;
    return retries.count <= QUICK_RETRIES;
  }

  /** Blocks `key` for `ms` (whole seconds in the store, rounded up). */
  async block(key: string, ms: number): Promise<void> {
    await this.#blocks.block(key, Math.max(1, Math.ceil(ms / 1000)));
  }

  async #blockedFor(key: string): Promise<number> {
    const res = await this.#blocks.get(key);
    return res && res.consumedPoints > 1 ? res.msBeforeNext : 0;
  }

  /** The counts of the COUNTED_SLOTS - 1 slots before `slot`, oldest first. */
  async #pastCounts(counters: RateLimiterAbstract, key: string, slot: number): Promise<number[]> {
    let settled = this.#settled.get(key);
    if (!settled) this.#settled.set(key, (settled = new Map()));
    for (const kept of settled.keys()) if (kept <= slot - COUNTED_SLOTS) settled.delete(kept);
    const read = async (past: number) => {
      const res = await counters.get(`${key}:${past}`);
      return res ? res.consumedPoints : 0;
    };
    const counts: Promise<number>[] = [];
    for (let past = slot - COUNTED_SLOTS + 1; past < slot; past += 1) {
      const kept = settled.get(past);
      if (kept !== undefined) counts.push(Promise.resolve(kept));
      else if (past >= slot - 2) counts.push(read(past));
      else {
        counts.push(
          read(past).then((count) => {
            settled.set(past, count);
            return count;
          }),
        );
      }
    }
    return Promise.all(counts);
  }

  #counterFor(ttlSeconds: number): RateLimiterAbstract {
    let counters = this.#counters.get(ttlSeconds);
    if (!counters) {
      counters = this.#factory({ points: Number.MAX_SAFE_INTEGER, duration: ttlSeconds, keyPrefix: `${KEY_PREFIX}:count` });
      this.#counters.set(ttlSeconds, counters);
    }
    return counters;
  }
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}
