import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  TestingToken,
} from '../generated/types.js';
import { Group } from './base.js';

/**
 * `clerk.testingTokens`: tokens that let end-to-end test runners through bot protection. They are
 * short-lived and cannot be addressed afterwards, so there is no `clerk.testingTokens(id)`.
 */
export class TestingTokens extends Group {
  static override readonly fluentPath = 'clerk.testingTokens';

  /**
   * Creates a testing token (`POST /testing_tokens`).
   * @example
   * ```ts
   * const { token } = await clerk.testingTokens.create();
   * ```
   */
  create(options?: RequestOptions): Promise<TestingToken> {
    return this.$call('create', ops.CreateTestingToken, undefined, options);
  }
}
