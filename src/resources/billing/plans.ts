import { operations as ops } from '../../generated/operations.js';
import type {
  CommercePlan,
} from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Group, type OperationParams } from '../base.js';

/** A billing plan: its fees, features and trial settings. Plain data: no endpoint acts on one plan by id. */
export type BillingPlan = CommercePlan;

/** `clerk.billing.plans`: the plans users and organizations can subscribe to. */
export class BillingPlans extends Group {
  static override readonly fluentPath = 'clerk.billing.plans';

  /**
   * Lists the plans, optionally only those for users or for organizations (`GET /billing/plans`).
   * The spec names it `billing.listPlans`; under `plans` it reads `list()`.
   */
  list(params?: OperationParams<'GetCommercePlanList'>, options?: ListOptions): ListRequest<BillingPlan> {
    return this.$listData('list', ops.GetCommercePlanList, params, options);
  }
}
