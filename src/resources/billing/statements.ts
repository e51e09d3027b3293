import type { RequestOptions } from '../../core/options.js';
import { operations as ops } from '../../generated/operations.js';
import type {
  BillingPaymentAttempt as BillingPaymentAttemptData,
  BillingStatement as BillingStatementData,
} from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Collection, Group, Handle, locateById, type OperationParams } from '../base.js';

/** One attempt to collect a payment of a statement. Plain data: no endpoint acts on one attempt by id. */
export type BillingPaymentAttempt = BillingPaymentAttemptData;

/**
 * `clerk.billing.statements`: the billing statements of the instance's payers;
 * `clerk.billing.statements(id)` for one statement and its payment attempts.
 *
 * @example
 * ```ts
 * const statement = await clerk.billing.statements.get('stmt_123');
 * for await (const attempt of statement.paymentAttempts.list()) console.log(attempt.status);
 * ```
 */
export class BillingStatementsCollection extends Collection<BillingStatementHandle> {
  static override readonly fluentPath = 'clerk.billing.statements';

  protected $handle(statementId: string): BillingStatementHandle {
    return this.$nested(BillingStatementHandle, { statementID: statementId });
  }

  /** Lists statements (`GET /billing/statements`). The spec names it `billing.listStatements`. */
  list(params?: OperationParams<'GetBillingStatementList'>, options?: ListOptions): ListRequest<BillingStatement> {
    return this.$list('list', BillingStatement, ops.GetBillingStatementList, params, options);
  }

  /** Retrieves a statement (`GET /billing/statements/{statementID}`); the same as `clerk.billing.statements(id).get()`. */
  get(statementId: string, options?: RequestOptions): Promise<BillingStatement> {
    return this.$handle(statementId).get(options);
  }
}

/** `clerk.billing.statements(id)`, also the methods of a `BillingStatement` record. */
export class BillingStatementHandle extends Handle {
  static override readonly fluentPath = 'clerk.billing.statements(…)';

  /** Retrieves the statement (`GET /billing/statements/{statementID}`). The spec names it `billing.getStatement`. */
  get(options?: RequestOptions): Promise<BillingStatement> {
    return this.$record('get', BillingStatement, ops.GetBillingStatement, undefined, options);
  }

  /** The statement's payment attempts: `.list()`. */
  get paymentAttempts(): BillingStatementPaymentAttempts {
    return this.$nested(BillingStatementPaymentAttempts);
  }
}

/** `clerk.billing.statements(id).paymentAttempts` */
export class BillingStatementPaymentAttempts extends Group {
  static override readonly fluentPath = 'clerk.billing.statements(…).paymentAttempts';

  /**
   * Lists the payment attempts of the statement (`GET /billing/statements/{statementID}/payment_attempts`).
   * The spec names it `billing.getStatementPaymentAttempts`; under `paymentAttempts` it reads `list()`.
   */
  list(params?: OperationParams<'GetBillingStatementPaymentAttempts'>, options?: ListOptions): ListRequest<BillingPaymentAttempt> {
    return this.$listData('list', ops.GetBillingStatementPaymentAttempts, params, options);
  }
}

export interface BillingStatement extends BillingStatementData {}
/** A billing statement, as a record: its totals and grouped payment attempts, `reload()` and `paymentAttempts.list()`. */
export class BillingStatement extends BillingStatementHandle {
  static schema = 'BillingStatement';
  static locate = locateById('statementID');

  /** Fetches the statement again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
