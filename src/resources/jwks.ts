import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  Jwks as JwksData,
} from '../generated/types.js';
import { Group } from './base.js';

/**
 * `clerk.jwks`: the instance's JSON Web Key Set, the public keys that verify the session tokens
 * Clerk signs.
 *
 * @example
 * ```ts
 * const { keys } = await clerk.jwks.get();
 * ```
 */
export class Jwks extends Group {
  static override readonly fluentPath = 'clerk.jwks';

  /**
   * Retrieves the key set (`GET /jwks`). The spec names it `jwks.getJWKS`; under `clerk.jwks` the
   * repetition adds nothing, so it reads `get()`.
   */
  get(options?: RequestOptions): Promise<JwksData> {
    return this.$call('get', ops.GetJWKS, undefined, options);
  }
}
