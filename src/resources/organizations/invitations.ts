import type { RequestOptions } from '../../core/options.js';
import { operations as ops } from '../../generated/operations.js';
import type {
  CreateOrganizationInvitationBody,
  CreateOrganizationInvitationBulkBody,
  ListInstanceOrganizationInvitationsQuery,
  ListOrganizationInvitationsQuery,
  ListPendingOrganizationInvitationsQuery,
  OrganizationInvitation as OrganizationInvitationData,
  RevokeOrganizationInvitationBody,
} from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Collection, Handle, type PathValues } from '../base.js';

/** `clerk.organizations(orgId).invitations`: list and create; `(invitationId)` for one invitation. */
export class OrganizationInvitationsCollection extends Collection<OrganizationInvitationHandle> {
  protected $handle(invitationId: string): OrganizationInvitationHandle {
    return this.$nested(OrganizationInvitationHandle, { invitation_id: invitationId });
  }

  /** Lists the organization's invitations (`GET /organizations/{organization_id}/invitations`). */
  list(params?: ListOrganizationInvitationsQuery, options?: ListOptions): ListRequest<OrganizationInvitation> {
    return this.$list(OrganizationInvitation, ops.ListOrganizationInvitations, params, options);
  }

  /** Invites someone by email (`POST /organizations/{organization_id}/invitations`). */
  create(params: CreateOrganizationInvitationBody, options?: RequestOptions): Promise<OrganizationInvitation> {
    return this.$record(OrganizationInvitation, ops.CreateOrganizationInvitation, params, options);
  }

  /** Invites several people at once (`POST /organizations/{organization_id}/invitations/bulk`). */
  bulkCreate(params: CreateOrganizationInvitationBulkBody, options?: RequestOptions): Promise<OrganizationInvitation[]> {
    return this.$envelopeRecords(OrganizationInvitation, ops.CreateOrganizationInvitationBulk, params, options);
  }

  /**
   * Lists pending invitations (`GET /organizations/{organization_id}/invitations/pending`).
   * @deprecated Deprecated by Clerk: use `list({ status: 'pending' })`.
   */
  listPending(params?: ListPendingOrganizationInvitationsQuery, options?: ListOptions): ListRequest<OrganizationInvitation> {
    return this.$list(OrganizationInvitation, ops.ListPendingOrganizationInvitations, params, options);
  }
}

/** `clerk.organizations(orgId).invitations(invitationId)`, also the methods of an `OrganizationInvitation` record. */
export class OrganizationInvitationHandle extends Handle {
  /** Retrieves the invitation (`GET /organizations/{organization_id}/invitations/{invitation_id}`). */
  get(options?: RequestOptions): Promise<OrganizationInvitation> {
    return this.$record(OrganizationInvitation, ops.GetOrganizationInvitation, undefined, options);
  }

  /** Revokes the invitation (`POST /organizations/{organization_id}/invitations/{invitation_id}/revoke`). */
  revoke(params?: RevokeOrganizationInvitationBody, options?: RequestOptions): Promise<OrganizationInvitation> {
    return this.$record(OrganizationInvitation, ops.RevokeOrganizationInvitation, params, options);
  }
}

export interface OrganizationInvitation extends OrganizationInvitationData {}
/** An invitation to an organization, as a record. */
export class OrganizationInvitation extends OrganizationInvitationHandle {
  static schema = 'OrganizationInvitation';
  static locate(data: { [key: string]: unknown }, from: PathValues): PathValues {
    const organization = data.publicOrganizationData as { id?: unknown } | undefined;
    return { organization_id: data.organizationId ?? organization?.id ?? from.organization_id, invitation_id: data.id };
  }

  /** Fetches the invitation again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}

/** `clerk.organizationInvitations`: invitations across every organization of the instance. */
export class InstanceOrganizationInvitations extends Handle {
  /**
   * Lists invitations across all organizations (`GET /organization_invitations`). The spec names
   * it `organizationInvitations.getAll`; as a flat collection it reads `list()` like every list.
   */
  list(params?: ListInstanceOrganizationInvitationsQuery, options?: ListOptions): ListRequest<OrganizationInvitation> {
    return this.$list(OrganizationInvitation, ops.ListInstanceOrganizationInvitations, params, options);
  }
}
