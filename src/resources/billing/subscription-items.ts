import type { RequestOptions } from '../../core/options.js';
import { operations as ops } from '../../generated/operations.js';
import type {
  CommerceDiscountRedemptionResponse,
  CommerceSubscriptionItem,
  CreateBillingPriceTransitionResponse,
  ExtendBillingSubscriptionItemFreeTrialResponse,
} from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Collection, Handle, callable, locateById, type Callable, type PathValues, type OperationParams } from '../base.js';

/**
 * `clerk.billing.subscriptionItems`: the items of every subscription (one per plan a payer is
 * subscribed to); `clerk.billing.subscriptionItems(id)` for one item.
 *
 * @example
 * ```ts
 * for await (const item of clerk.billing.subscriptionItems.list({ status: 'active' })) console.log(item.planId);
 * await clerk.billing.subscriptionItems('csi_123').cancel({ endNow: true });
 * ```
 */
export class BillingSubscriptionItemsCollection extends Collection<BillingSubscriptionItemHandle> {
  static override readonly fluentPath = 'clerk.billing.subscriptionItems';

  protected $handle(subscriptionItemId: string): BillingSubscriptionItemHandle {
    return this.$nested(BillingSubscriptionItemHandle, { subscription_item_id: subscriptionItemId });
  }

  /**
   * Lists subscription items, filtered by status, payer type, plan or a search query
   * (`GET /billing/subscription_items`). The spec names it `billing.listSubscriptionItems`.
   */
  list(params?: OperationParams<'GetCommerceSubscriptionItemList'>, options?: ListOptions): ListRequest<BillingSubscriptionItem> {
    return this.$list('list', BillingSubscriptionItem, ops.GetCommerceSubscriptionItemList, params, options);
  }
}

/** `clerk.billing.subscriptionItems(id)`, also the methods of a `BillingSubscriptionItem` record. */
export class BillingSubscriptionItemHandle extends Handle {
  static override readonly fluentPath = 'clerk.billing.subscriptionItems(…)';

  /**
   * Cancels the item, at the end of its period or, with `endNow`, at once
   * (`DELETE /billing/subscription_items/{subscription_item_id}`). On a record, the record refreshes
   * itself. The spec names it `billing.cancelSubscriptionItem`.
   */
  cancel(params?: OperationParams<'CancelCommerceSubscriptionItem'>, options?: RequestOptions): Promise<BillingSubscriptionItem> {
    return this.$record('cancel', BillingSubscriptionItem, ops.CancelCommerceSubscriptionItem, params, options);
  }

  /**
   * Moves the end of the item's free trial to `extendTo`, an ISO 8601 date-time
   * (`POST /billing/subscription_items/{subscription_item_id}/extend_free_trial`). The answer is the
   * item in the shape the spec gives this endpoint, as plain data: a record is not refreshed. The
   * spec names it `billing.extendSubscriptionItemFreeTrial`.
   */
  extendFreeTrial(
    params: OperationParams<'ExtendBillingSubscriptionItemFreeTrial'>,
    options?: RequestOptions,
  ): Promise<ExtendBillingSubscriptionItemFreeTrialResponse> {
    return this.$call('extendFreeTrial', ops.ExtendBillingSubscriptionItemFreeTrial, params, options);
  }

  /**
   * Switches the item from one price to another of the same plan
   * (`POST /billing/subscription_items/{subscription_item_id}/price_transition`); the answer tells
   * when the switch takes effect and what was charged.
   */
  createPriceTransition(params: OperationParams<'CreateBillingPriceTransition'>, options?: RequestOptions): Promise<CreateBillingPriceTransitionResponse> {
    return this.$call('createPriceTransition', ops.CreateBillingPriceTransition, params, options);
  }

  /** The discounts of the item: `.apply({ discountId })`, and `(discountId).remove()`. */
  get discounts(): Callable<BillingSubscriptionItemDiscounts, BillingSubscriptionItemDiscountHandle> {
    return callable(this.$nested(BillingSubscriptionItemDiscounts));
  }
}

export interface BillingSubscriptionItem extends CommerceSubscriptionItem {}
/** A subscription item, as a record: `item.cancel()`, `item.discounts.apply({ discountId })`. */
export class BillingSubscriptionItem extends BillingSubscriptionItemHandle {
  static schema = 'CommerceSubscriptionItem';
  static locate = locateById('subscription_item_id');
}

/** `clerk.billing.subscriptionItems(id).discounts` */
export class BillingSubscriptionItemDiscounts extends Collection<BillingSubscriptionItemDiscountHandle> {
  static override readonly fluentPath = 'clerk.billing.subscriptionItems(…).discounts';

  protected $handle(discountId: string): BillingSubscriptionItemDiscountHandle {
    return this.$nested(BillingSubscriptionItemDiscountHandle, { discount_id: discountId });
  }

  /**
   * Applies a discount to the item and answers with the redemption
   * (`POST /billing/subscription_items/{subscription_item_id}/discounts`).
   * The spec names it `billing.applySubscriptionItemDiscount`.
   */
  apply(params: OperationParams<'ApplyBillingSubscriptionItemDiscount'>, options?: RequestOptions): Promise<BillingDiscountRedemption> {
    return this.$record('apply', BillingDiscountRedemption, ops.ApplyBillingSubscriptionItemDiscount, params, options);
  }
}

/** `clerk.billing.subscriptionItems(id).discounts(discountId)`, also the methods of a `BillingDiscountRedemption` record. */
export class BillingSubscriptionItemDiscountHandle extends Handle {
  static override readonly fluentPath = 'clerk.billing.subscriptionItems(…).discounts(…)';

  /**
   * Takes the discount off the item (`DELETE /billing/subscription_items/{subscription_item_id}/discounts/{discount_id}`);
   * the redemption answered has the status `removed`. The spec names it `billing.removeSubscriptionItemDiscount`.
   */
  remove(options?: RequestOptions): Promise<BillingDiscountRedemption> {
    return this.$record('remove', BillingDiscountRedemption, ops.RemoveBillingSubscriptionItemDiscount, undefined, options);
  }
}

export interface BillingDiscountRedemption extends CommerceDiscountRedemptionResponse {}
/**
 * A discount applied to a subscription item, as a record located by its item and its discount:
 * `const redemption = await item.discounts.apply({ discountId }); await redemption.remove();`.
 */
export class BillingDiscountRedemption extends BillingSubscriptionItemDiscountHandle {
  static schema = 'CommerceDiscountRedemptionResponse';
  static locate(data: { [key: string]: unknown }, from: PathValues): PathValues {
    return { subscription_item_id: data.subscriptionItemId ?? from.subscription_item_id, discount_id: data.discountId ?? from.discount_id };
  }
}
