import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  WaitlistEntry as WaitlistEntryData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';
import { Invitation } from './invitations.js';

/**
 * `clerk.waitlistEntries`: the instance's waitlist; `clerk.waitlistEntries(id)` to invite, reject
 * or delete one entry.
 *
 * @example
 * ```ts
 * for await (const entry of clerk.waitlistEntries.list({ status: 'pending' })) await entry.invite();
 * ```
 */
export class WaitlistEntriesCollection extends Collection<WaitlistEntryHandle> {
  static override readonly fluentPath = 'clerk.waitlistEntries';

  protected $handle(waitlistEntryId: string): WaitlistEntryHandle {
    return this.$nested(WaitlistEntryHandle, { waitlist_entry_id: waitlistEntryId });
  }

  /** Lists waitlist entries, filtered by status or a search query (`GET /waitlist_entries`). */
  list(params?: OperationParams<'ListWaitlistEntries'>, options?: ListOptions): ListRequest<WaitlistEntry> {
    return this.$list('list', WaitlistEntry, ops.ListWaitlistEntries, params, options);
  }

  /** Adds an email address to the waitlist (`POST /waitlist_entries`). */
  create(params: OperationParams<'CreateWaitlistEntry'>, options?: RequestOptions): Promise<WaitlistEntry> {
    return this.$record('create', WaitlistEntry, ops.CreateWaitlistEntry, params, options);
  }

  /** Adds several email addresses at once, up to fifty (`POST /waitlist_entries/bulk`). */
  bulkCreate(params: OperationParams<'CreateBulkWaitlistEntries'>, options?: RequestOptions): Promise<WaitlistEntry[]> {
    return this.$records('bulkCreate', WaitlistEntry, ops.CreateBulkWaitlistEntries, params, options);
  }
}

/** `clerk.waitlistEntries(id)`, also the methods of a `WaitlistEntry` record. */
export class WaitlistEntryHandle extends Handle {
  static override readonly fluentPath = 'clerk.waitlistEntries(…)';

  /** Deletes the entry (`DELETE /waitlist_entries/{waitlist_entry_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteWaitlistEntry, undefined, options);
  }

  /**
   * Lets the person in: sends them an invitation to sign up (`POST /waitlist_entries/{waitlist_entry_id}/invite`).
   * On a record, the record refreshes itself and `invitation` holds the new `Invitation`.
   */
  invite(params?: OperationParams<'InviteWaitlistEntry'>, options?: RequestOptions): Promise<WaitlistEntry> {
    return this.$record('invite', WaitlistEntry, ops.InviteWaitlistEntry, params, options);
  }

  /** Turns the person down (`POST /waitlist_entries/{waitlist_entry_id}/reject`). On a record, the record refreshes itself. */
  reject(options?: RequestOptions): Promise<WaitlistEntry> {
    return this.$record('reject', WaitlistEntry, ops.RejectWaitlistEntry, undefined, options);
  }
}

export interface WaitlistEntry extends Omit<WaitlistEntryData, 'invitation'> {
  invitation?: Invitation | null;
}
/** A waitlist entry, as a record. Its `invitation`, once invited, is an `Invitation` record: `entry.invitation?.revoke()`. */
export class WaitlistEntry extends WaitlistEntryHandle {
  static schema = 'WaitlistEntry';
  static locate = locateById('waitlist_entry_id');
  static get nested() {
    return { invitation: Invitation };
  }
}
