import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  CreateBulkInvitationsBody,
  CreateInvitationBody,
  Invitation as InvitationData,
  ListInvitationsQuery,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById } from './base.js';

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
  protected $handle(invitationId: string): InvitationHandle {
    return this.$nested(InvitationHandle, { invitation_id: invitationId });
  }

  /** Lists invitations, filtered by status or a search query (`GET /invitations`). */
  list(params?: ListInvitationsQuery, options?: ListOptions): ListRequest<Invitation> {
    return this.$list(Invitation, ops.ListInvitations, params, options);
  }

  /** Invites someone by email (`POST /invitations`). */
  create(params: CreateInvitationBody, options?: RequestOptions): Promise<Invitation> {
    return this.$record(Invitation, ops.CreateInvitation, params, options);
  }

  /** Invites several people at once, up to ten (`POST /invitations/bulk`). */
  bulkCreate(params: CreateBulkInvitationsBody, options?: RequestOptions): Promise<Invitation[]> {
    return this.$records(Invitation, ops.CreateBulkInvitations, params, options);
  }
}

/** `clerk.invitations(id)`, also the methods of an `Invitation` record. */
export class InvitationHandle extends Handle {
  /**
   * Revokes a pending invitation, so its link no longer signs up (`POST /invitations/{invitation_id}/revoke`).
   * On a record, the record refreshes itself.
   */
  revoke(options?: RequestOptions): Promise<Invitation> {
    return this.$record(Invitation, ops.RevokeInvitation, undefined, options);
  }
}

export interface Invitation extends InvitationData {}
/** An invitation to the instance, as a record (`waitlistEntry.invitation` too). */
export class Invitation extends InvitationHandle {
  static schema = 'Invitation';
  static locate = locateById('invitation_id');
}
