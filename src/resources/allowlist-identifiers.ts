import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  AllowlistIdentifier as AllowlistIdentifierData,
  DeletedObject,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.allowlistIdentifiers`: the email addresses, domains (`*@example.com`), phone numbers and
 * wallets allowed to sign up when the allowlist is on; `clerk.allowlistIdentifiers(id)` to remove one.
 *
 * @example
 * ```ts
 * await clerk.allowlistIdentifiers.create({ identifier: '*@example.com' });
 * ```
 */
export class AllowlistIdentifiersCollection extends Collection<AllowlistIdentifierHandle> {
  static override readonly fluentPath = 'clerk.allowlistIdentifiers';

  protected $handle(identifierId: string): AllowlistIdentifierHandle {
    return this.$nested(AllowlistIdentifierHandle, { identifier_id: identifierId });
  }

  /** Lists the allowlist (`GET /allowlist_identifiers`). */
  list(params?: OperationParams<'ListAllowlistIdentifiers'>, options?: ListOptions): ListRequest<AllowlistIdentifier> {
    return this.$list('list', AllowlistIdentifier, ops.ListAllowlistIdentifiers, params, options);
  }

  /** Adds an identifier to the allowlist (`POST /allowlist_identifiers`); `notify` emails an invitation to it. */
  create(params: OperationParams<'CreateAllowlistIdentifier'>, options?: RequestOptions): Promise<AllowlistIdentifier> {
    return this.$record('create', AllowlistIdentifier, ops.CreateAllowlistIdentifier, params, options);
  }
}

/** `clerk.allowlistIdentifiers(id)`, also the methods of an `AllowlistIdentifier` record. */
export class AllowlistIdentifierHandle extends Handle {
  static override readonly fluentPath = 'clerk.allowlistIdentifiers(…)';

  /** Removes the identifier from the allowlist (`DELETE /allowlist_identifiers/{identifier_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteAllowlistIdentifier, undefined, options);
  }
}

export interface AllowlistIdentifier extends AllowlistIdentifierData {}
/** An allowlist entry, as a record, with `delete()`. */
export class AllowlistIdentifier extends AllowlistIdentifierHandle {
  static schema = 'AllowlistIdentifier';
  static locate = locateById('identifier_id');
}
