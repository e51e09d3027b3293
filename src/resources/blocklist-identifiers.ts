import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  BlocklistIdentifier as BlocklistIdentifierData,
  DeletedObject,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.blocklistIdentifiers`: the email addresses, domains (`*@example.com`), phone numbers and
 * wallets refused at sign-up; `clerk.blocklistIdentifiers(id)` to remove one.
 *
 * @example
 * ```ts
 * await clerk.blocklistIdentifiers.create({ identifier: '*@spam.example' });
 * ```
 */
export class BlocklistIdentifiersCollection extends Collection<BlocklistIdentifierHandle> {
  static override readonly fluentPath = 'clerk.blocklistIdentifiers';

  protected $handle(identifierId: string): BlocklistIdentifierHandle {
    return this.$nested(BlocklistIdentifierHandle, { identifier_id: identifierId });
  }

  /** Lists the blocklist (`GET /blocklist_identifiers`); the API sends it in one page. */
  list(options?: ListOptions): ListRequest<BlocklistIdentifier> {
    return this.$list('list', BlocklistIdentifier, ops.ListBlocklistIdentifiers, undefined, options);
  }

  /** Adds an identifier to the blocklist (`POST /blocklist_identifiers`). */
  create(params: OperationParams<'CreateBlocklistIdentifier'>, options?: RequestOptions): Promise<BlocklistIdentifier> {
    return this.$record('create', BlocklistIdentifier, ops.CreateBlocklistIdentifier, params, options);
  }
}

/** `clerk.blocklistIdentifiers(id)`, also the methods of a `BlocklistIdentifier` record. */
export class BlocklistIdentifierHandle extends Handle {
  static override readonly fluentPath = 'clerk.blocklistIdentifiers(…)';

  /** Removes the identifier from the blocklist (`DELETE /blocklist_identifiers/{identifier_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteBlocklistIdentifier, undefined, options);
  }
}

export interface BlocklistIdentifier extends BlocklistIdentifierData {}
/** A blocklist entry, as a record, with `delete()`. */
export class BlocklistIdentifier extends BlocklistIdentifierHandle {
  static schema = 'BlocklistIdentifier';
  static locate = locateById('identifier_id');
}
