import { ClerkValidationError } from '../../core/errors.js';

/** What the `now` option takes: a fixed moment, or a function read on every use. */
export type NowOption = Date | number | (() => Date | number);

/**
 * The fake's time. `now()` is the current moment (milliseconds); `stamp()` is a moment for a
 * `created_at` or `updated_at`, strictly later than the previous stamp, so objects created in the
 * same millisecond (or under a frozen clock) still sort in the order they were created, as they do
 * at Clerk.
 */
export class Clock {
  readonly #read: () => number;
  #lastStamp = Number.NEGATIVE_INFINITY;

  constructor(now: NowOption | undefined) {
    if (now === undefined) this.#read = () => Date.now();
    else if (typeof now === 'function') this.#read = () => toMilliseconds(now(), 'now()');
    else {
      const fixed = toMilliseconds(now, 'now');
      this.#read = () => fixed;
    }
  }

  now(): number {
    return this.#read();
  }

  stamp(): number {
    const now = this.#read();
    this.#lastStamp = now > this.#lastStamp ? now : this.#lastStamp + 1;
    return this.#lastStamp;
  }

  /** Moves the stamps past a moment taken from a seed, so later objects sort after seeded ones. */
  observe(moment: number): void {
    if (moment > this.#lastStamp) this.#lastStamp = moment;
  }

  reset(): void {
    this.#lastStamp = Number.NEGATIVE_INFINITY;
  }
}

function toMilliseconds(value: Date | number, what: string): number {
  const ms = value instanceof Date ? value.getTime() : value;
  if (typeof ms !== 'number' || !Number.isFinite(ms)) {
    const problem = `must be a Date or milliseconds since 1970, got ${String(value)}`;
    throw new ClerkValidationError(`${what}: ${problem}`, [{ path: what, message: problem }]);
  }
  return ms;
}
