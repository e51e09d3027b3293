import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  SignInToken as SignInTokenData,
} from '../generated/types.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.signInTokens`: create one; `clerk.signInTokens(id)` to revoke it.
 *
 * @example
 * ```ts
 * const { url } = await clerk.signInTokens.create({ userId: 'user_123', expiresInSeconds: 600 });
 * ```
 */
export class SignInTokensCollection extends Collection<SignInTokenHandle> {
  static override readonly fluentPath = 'clerk.signInTokens';

  protected $handle(signInTokenId: string): SignInTokenHandle {
    return this.$nested(SignInTokenHandle, { sign_in_token_id: signInTokenId });
  }

  /** Creates a one-time sign-in token (a magic link) for a user (`POST /sign_in_tokens`). */
  create(params: OperationParams<'CreateSignInToken'>, options?: RequestOptions): Promise<SignInToken> {
    return this.$record('create', SignInToken, ops.CreateSignInToken, params, options);
  }
}

/** `clerk.signInTokens(id)`, also the methods of a `SignInToken` record. */
export class SignInTokenHandle extends Handle {
  static override readonly fluentPath = 'clerk.signInTokens(…)';

  /** Revokes a token not used yet (`POST /sign_in_tokens/{sign_in_token_id}/revoke`). On a record, the record refreshes itself. */
  revoke(options?: RequestOptions): Promise<SignInToken> {
    return this.$record('revoke', SignInToken, ops.RevokeSignInToken, undefined, options);
  }
}

export interface SignInToken extends SignInTokenData {}
/** A sign-in token, as a record: `token`, `url` and `revoke()`. */
export class SignInToken extends SignInTokenHandle {
  static schema = 'SignInToken';
  static locate = locateById('sign_in_token_id');
}
