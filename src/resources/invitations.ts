import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  Invitation as InvitationData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.invitations`: invitations to sign up to the instance (not to an organization: those are
 * `clerk.organizations(id).invitations`). `clerk.invitations(id)` to revoke one.
 *
 * @example
 * ```ts
 * const invitation = await clerk.invitations.create({ emailAddress: 'bob@example.com', publicMetadata: { plan: 'pro' } });
 * for await (const pending of clerk.invitations.list({ status: 'pending' })) console.log(pending.emailAddress);
 * await invitation.revoke();
 * ```
 */
export class InvitationsCollection extends Collection<InvitationHandle> {
  static override readonly fluentPath = 'clerk.invitations';

  protected $handle(invitationId: string): InvitationHandle {
    return this.$nested(InvitationHandle, { invitation_id: invitationId });
  }

  /** Lists invitations, filtered by status or a search query (`GET /invitations`). */
  list(params?: OperationParams<'ListInvitations'>, options?: ListOptions): ListRequest<Invitation> {
    return this.$list('list', Invitation, ops.ListInvitations, params, options);
  }

  /** Invites someone by email (`POST /invitations`). */
  create(params: OperationParams<'CreateInvitation'>, options?: RequestOptions): Promise<Invitation> {
    return this.$record('create', Invitation, ops.CreateInvitation, params, options);
  }

  /** Invites several people at once, up to ten (`POST /invitations/bulk`). */
  bulkCreate(params: OperationParams<'CreateBulkInvitations'>, options?: RequestOptions): Promise<Invitation[]> {
    return this.$records('bulkCreate', Invitation, ops.CreateBulkInvitations, params, options);
  }
}

/** `clerk.invitations(id)`, also the methods of an `Invitation` record. */
export class InvitationHandle extends Handle {
  static override readonly fluentPath = 'clerk.invitations(…)';

  /**
   * Revokes a pending invitation, so its link no longer signs up (`POST /invitations/{invitation_id}/revoke`).
   * On a record, the record refreshes itself.
   */
  revoke(options?: RequestOptions): Promise<Invitation> {
    return this.$record('revoke', Invitation, ops.RevokeInvitation, undefined, options);
  }
}

export interface Invitation extends InvitationData {}
/** An invitation to the instance, as a record (`waitlistEntry.invitation` too). */
export class Invitation extends InvitationHandle {
  static schema = 'Invitation';
  static locate = locateById('invitation_id');
}
