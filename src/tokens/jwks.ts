import { TokenVerificationError } from '../core/errors.js';
import type { Jwks } from '../generated/types.js';
import { quote } from './jwt.js';
import { importJwks, type RsaJwk } from './keys.js';

/** How long keys are trusted and how often the JWKS may be asked for, in milliseconds. */
export interface JwksTiming {
  /** Keys younger than this are used without asking again. */
  readonly maxAgeMs: number;
  /**
   * Older keys are still used while a refresh runs in the background, or when it fails, until they
   * reach this age: a JWKS endpoint that is down for a while does not sign everyone out.
   */
  readonly maxStaleMs: number;
  /** At most one request in this time, however many unknown `kid`s arrive, and none after a failure. */
  readonly minRefetchIntervalMs: number;
}

export const DEFAULT_JWKS_TIMING: JwksTiming = { maxAgeMs: 5 * 60_000, maxStaleMs: 60 * 60_000, minRefetchIntervalMs: 5_000 };

/**
 * The verification keys of one instance. One cache belongs to one client (or one secret key and API
 * URL, standalone), so a `kid` is only ever looked up among the keys of the instance that is
 * verifying: a process that serves two instances cannot accept one's token for the other.
 *
 * Concurrent verifications share one request. A `kid` the cache does not know triggers one refetch
 * (a rotated key is accepted at once), but no more than one request per `minRefetchIntervalMs`,
 * so a flood of made-up `kid`s costs Clerk almost nothing; after a failed request the next calls
 * fail at once with the same error until that interval has passed, instead of each waiting.
 */
export class JwksCache {
  readonly #fetchJwks: () => Promise<Jwks>;
  readonly #timing: JwksTiming;
  #keys = new Map<string, CryptoKey>();
  #fetchedAt = Number.NEGATIVE_INFINITY;
  #attemptedAt = Number.NEGATIVE_INFINITY;
  #inflight: Promise<void> | undefined;
  #failure: TokenVerificationError | undefined;

  constructor(fetchJwks: () => Promise<Jwks>, timing: JwksTiming = DEFAULT_JWKS_TIMING) {
    this.#fetchJwks = fetchJwks;
    this.#timing = timing;
  }

  async keyFor(kid: unknown): Promise<CryptoKey> {
    if (typeof kid !== 'string' || kid === '') {
      throw new TokenVerificationError('token-invalid', 'The JWT header names no key (kid) to verify it with.');
    }
    const now = Date.now();
    const age = now - this.#fetchedAt;
    if (age >= this.#timing.maxAgeMs) {
      const known = this.#keys.get(kid);
      if (known && age < this.#timing.maxStaleMs) {
        this.#refresh(now).catch(() => {});
        return known;
      }
      await this.#refresh(now);
    }
    const key = this.#keys.get(kid);
    if (key) return key;
    if (this.#inflight || now - this.#attemptedAt >= this.#timing.minRefetchIntervalMs) {
      await this.#refresh(now);
      const fetched = this.#keys.get(kid);
      if (fetched) return fetched;
    }
    throw new TokenVerificationError(
      'unknown-kid',
      `The instance's JWKS has no key ${quote(kid)}: the token was signed by another instance, or is forged.`,
    );
  }

  #refresh(now: number): Promise<void> {
    if (this.#inflight) return this.#inflight;
    if (this.#failure && now - this.#attemptedAt < this.#timing.minRefetchIntervalMs) return Promise.reject(this.#failure);
    this.#attemptedAt = now;
    this.#inflight = this.#load().finally(() => {
      this.#inflight = undefined;
    });
    return this.#inflight;
  }

  async #load(): Promise<void> {
    let jwks: Jwks;
    try {
      jwks = await this.#fetchJwks();
    } catch (error) {
      const detail = error instanceof Error ? `: ${error.message}` : '';
      throw this.#fail(new TokenVerificationError('jwks-unavailable', `The instance's JWKS could not be fetched${detail}`, { cause: error }));
    }
    const keys = await importJwks(Array.isArray(jwks?.keys) ? (jwks.keys as RsaJwk[]) : []);
    if (keys.size === 0) {
      throw this.#fail(new TokenVerificationError('jwks-unavailable', "The instance's JWKS has no RS256 signing key."));
    }
    this.#keys = keys;
    this.#fetchedAt = Date.now();
    this.#failure = undefined;
  }

  #fail(error: TokenVerificationError): TokenVerificationError {
    this.#failure = error;
    return error;
  }
}
