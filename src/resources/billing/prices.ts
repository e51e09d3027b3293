import type { RequestOptions } from '../../core/options.js';
import { operations as ops } from '../../generated/operations.js';
import type {
  BillingPriceResponse,
} from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Group, type OperationParams } from '../base.js';

/** A price of a billing plan, in one currency. Plain data: no endpoint acts on one price by id. */
export type BillingPrice = BillingPriceResponse;

/** `clerk.billing.prices`: the prices of the billing plans. */
export class BillingPrices extends Group {
  static override readonly fluentPath = 'clerk.billing.prices';

  /**
   * Lists prices, optionally of one plan (`GET /billing/prices`).
   * The spec names it `billing.listPrices`; under `prices` it reads `list()`.
   */
  list(params?: OperationParams<'GetBillingPriceList'>, options?: ListOptions): ListRequest<BillingPrice> {
    return this.$listData('list', ops.GetBillingPriceList, params, options);
  }

  /**
   * Adds a price to a plan; amounts are in the currency's smallest unit (`POST /billing/prices`).
   * The spec names it `billing.createPrice`; under `prices` it reads `create()`.
   */
  create(params: OperationParams<'CreateBillingPrice'>, options?: RequestOptions): Promise<BillingPrice> {
    return this.$call('create', ops.CreateBillingPrice, params, options);
  }
}
