import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import { Group, type OperationParams } from './base.js';

/**
 * `clerk.interstitial`: the HTML page Clerk serves while a browser's session state is being
 * resolved. Clerk's spec files this lone endpoint under a `miscellaneous` group, a name that says
 * nothing about it; the client names it after what it returns.
 *
 * @example
 * ```ts
 * const html = await clerk.interstitial.get({ publishableKey: 'pk_test_…' });
 * response.writeHead(401, { 'content-type': 'text/html' }).end(html);
 * ```
 */
export class Interstitial extends Group {
  static override readonly fluentPath = 'clerk.interstitial';

  /**
   * Retrieves the interstitial page as HTML text (`GET /public/interstitial`). The spec names it
   * `miscellaneous.getPublicInterstitial`.
   */
  get(params?: OperationParams<'GetPublicInterstitial'>, options?: RequestOptions): Promise<string> {
    return this.$call('get', ops.GetPublicInterstitial, params, options);
  }
}
