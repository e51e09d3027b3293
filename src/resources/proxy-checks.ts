import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  ProxyCheck,
} from '../generated/types.js';
import { Group, type OperationParams } from './base.js';

/**
 * `clerk.proxyChecks`: checks that a domain's proxy forwards to Clerk's Frontend API. A check is a
 * result to read, not an object to come back to, so there is no `clerk.proxyChecks(id)`.
 *
 * @example
 * ```ts
 * const check = await clerk.proxyChecks.verify({ domainId: 'dmn_123', proxyUrl: 'https://example.com/__clerk' });
 * if (!check.successful) console.warn('the proxy does not reach Clerk yet');
 * ```
 */
export class ProxyChecks extends Group {
  static override readonly fluentPath = 'clerk.proxyChecks';

  /** Checks now that the proxy URL of a domain reaches Clerk, and returns the result (`POST /proxy_checks`). */
  verify(params: OperationParams<'VerifyDomainProxy'>, options?: RequestOptions): Promise<ProxyCheck> {
    return this.$call('verify', ops.VerifyDomainProxy, params, options);
  }
}
