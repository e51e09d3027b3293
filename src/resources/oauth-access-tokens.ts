import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  VerifyOauthAccessTokenResponse,
} from '../generated/types.js';
import { Group, type OperationParams } from './base.js';

/**
 * `clerk.oauthAccessTokens`: checks access tokens that the instance, acting as an OAuth identity
 * provider, issued to OAuth applications.
 *
 * @example
 * ```ts
 * const result = await clerk.oauthAccessTokens.verify({ accessToken: bearerFromRequest });
 * ```
 */
export class OauthAccessTokens extends Group {
  static override readonly fluentPath = 'clerk.oauthAccessTokens';

  /**
   * Verifies an OAuth access token (`POST /oauth_applications/access_tokens/verify`). A valid token
   * answers with its details (client, subject, scopes, expiry); an unknown or unusable one answers
   * `{ active: false }`. Pass the token as `accessToken`; `secret` is Clerk's older name for it.
   */
  verify(params: OperationParams<'verifyOAuthAccessToken'>, options?: RequestOptions): Promise<VerifyOauthAccessTokenResponse> {
    return this.$call('verify', ops.verifyOAuthAccessToken, params, options);
  }
}
