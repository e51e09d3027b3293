import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  InstanceSettings,
} from '../generated/types.js';
import { Group, type OperationParams } from './base.js';

/**
 * `clerk.betaFeatures`: instance settings Clerk still exposes under `/beta_features`. Their shape
 * may change before they settle; the stable settings are on `clerk.instance`.
 *
 * @example
 * ```ts
 * await clerk.betaFeatures.updateInstanceSettings({ progressiveSignUp: true });
 * ```
 */
export class BetaFeatures extends Group {
  static override readonly fluentPath = 'clerk.betaFeatures';

  /**
   * Beta: changes sign-up and sender settings of the instance, such as progressive sign-up, the
   * allowlist-only mode or the address emails come from (`PATCH /beta_features/instance_settings`).
   */
  updateInstanceSettings(params: OperationParams<'UpdateInstanceAuthConfig'>, options?: RequestOptions): Promise<InstanceSettings> {
    return this.$call('updateInstanceSettings', ops.UpdateInstanceAuthConfig, params, options);
  }

  /**
   * Beta: moves the production instance to another domain (`PUT /beta_features/domain`). Clerk
   * accepts the change and carries it out afterwards (202, no body).
   * @deprecated Deprecated by Clerk: use `clerk.instance.changeDomain()`, which takes the same params.
   */
  async updateProductionInstanceDomain(params: OperationParams<'UpdateProductionInstanceDomain'>, options?: RequestOptions): Promise<void> {
    await this.$call('updateProductionInstanceDomain', ops.UpdateProductionInstanceDomain, params, options);
  }
}
