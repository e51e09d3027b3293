import { Group, callable, type Callable } from '../base.js';
import { BillingPlans } from './plans.js';
import { BillingPrices } from './prices.js';
import { BillingStatementsCollection, type BillingStatementHandle } from './statements.js';
import { BillingSubscriptionItemsCollection, type BillingSubscriptionItemHandle } from './subscription-items.js';

/**
 * `clerk.billing`: Clerk Billing, by path: plans, prices, subscription items and statements.
 *
 * The spec files every billing operation flat under `billing` (`listPlans`, `createPrice`,
 * `cancelSubscriptionItem`, …); here they nest by path, and each sub-resource's TSDoc names the
 * spec's operation it stands for.
 *
 * @example
 * ```ts
 * const plans = await clerk.billing.plans.list({ payerType: 'org' });
 * await clerk.billing.prices.create({ planId: plans.data[0]!.id, amount: 2000, currency: 'USD' });
 * await clerk.billing.subscriptionItems('csi_123').discounts.apply({ discountId: 'disc_123' });
 * for await (const statement of clerk.billing.statements.list()) console.log(statement.status);
 * ```
 */
export class Billing extends Group {
  static override readonly fluentPath = 'clerk.billing';

  /** The plans: `.list()`. */
  get plans(): BillingPlans {
    return this.$nested(BillingPlans);
  }

  /** The plans' prices: `.list()`, `.create()`. */
  get prices(): BillingPrices {
    return this.$nested(BillingPrices);
  }

  /** Subscription items: `.list()`, and `(id).cancel()`, `.extendFreeTrial()`, `.createPriceTransition()`, `.discounts`. */
  get subscriptionItems(): Callable<BillingSubscriptionItemsCollection, BillingSubscriptionItemHandle> {
    return callable(this.$nested(BillingSubscriptionItemsCollection));
  }

  /** Statements: `.list()`, `.get(id)`, and `(id).paymentAttempts.list()`. */
  get statements(): Callable<BillingStatementsCollection, BillingStatementHandle> {
    return callable(this.$nested(BillingStatementsCollection));
  }
}
