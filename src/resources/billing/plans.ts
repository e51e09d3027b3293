import { operations as ops } from '../../generated/operations.js';
import type { CommercePlan, GetCommercePlanListQuery } from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Handle } from '../base.js';

/** A billing plan: its fees, features and trial settings. Plain data: no endpoint acts on one plan by id. */
export type BillingPlan = CommercePlan;

/** `clerk.billing.plans`: the plans users and organizations can subscribe to. */
export class BillingPlans extends Handle {
  /**
   * Lists the plans, optionally only those for users or for organizations (`GET /billing/plans`).
   * The spec names it `billing.listPlans`; under `plans` it reads `list()`.
   */
  list(params?: GetCommercePlanListQuery, options?: ListOptions): ListRequest<BillingPlan> {
    return this.$listData(ops.GetCommercePlanList, params, options);
  }
}
