import type { RequestOptions } from '../../core/options.js';
import { operations as ops } from '../../generated/operations.js';
import type {
  OrganizationInvitation as OrganizationInvitationData,
} from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Collection, Group, Handle, type PathValues, type OperationParams } from '../base.js';

/** `clerk.organizations(orgId).invitations`: list and create; `(invitationId)` for one invitation. */
export class OrganizationInvitationsCollection extends Collection<OrganizationInvitationHandle> {
  static override readonly fluentPath = 'clerk.organizations(…).invitations';

  protected $handle(invitationId: string): OrganizationInvitationHandle {
    return this.$nested(OrganizationInvitationHandle, { invitation_id: invitationId });
  }

  /** Lists the organization's invitations (`GET /organizations/{organization_id}/invitations`). */
  list(params?: OperationParams<'ListOrganizationInvitations'>, options?: ListOptions): ListRequest<OrganizationInvitation> {
    return this.$list('list', OrganizationInvitation, ops.ListOrganizationInvitations, params, options);
  }

  /** Invites someone by email (`POST /organizations/{organization_id}/invitations`). */
  create(params: OperationParams<'CreateOrganizationInvitation'>, options?: RequestOptions): Promise<OrganizationInvitation> {
    return this.$record('create', OrganizationInvitation, ops.CreateOrganizationInvitation, params, options);
  }

  /** Invites several people at once (`POST /organizations/{organization_id}/invitations/bulk`). */
  bulkCreate(params: OperationParams<'CreateOrganizationInvitationBulk'>, options?: RequestOptions): Promise<OrganizationInvitation[]> {
    return this.$envelopeRecords('bulkCreate', OrganizationInvitation, ops.CreateOrganizationInvitationBulk, params, options);
  }

  /**
   * Lists pending invitations (`GET /organizations/{organization_id}/invitations/pending`).
   * @deprecated Deprecated by Clerk: use `list({ status: 'pending' })`.
   */
  listPending(params?: OperationParams<'ListPendingOrganizationInvitations'>, options?: ListOptions): ListRequest<OrganizationInvitation> {
    return this.$list('listPending', OrganizationInvitation, ops.ListPendingOrganizationInvitations, params, options);
  }
}

/** `clerk.organizations(orgId).invitations(invitationId)`, also the methods of an `OrganizationInvitation` record. */
export class OrganizationInvitationHandle extends Handle {
  static override readonly fluentPath = 'clerk.organizations(…).invitations(…)';

  /** Retrieves the invitation (`GET /organizations/{organization_id}/invitations/{invitation_id}`). */
  get(options?: RequestOptions): Promise<OrganizationInvitation> {
    return this.$record('get', OrganizationInvitation, ops.GetOrganizationInvitation, undefined, options);
  }

  /** Revokes the invitation (`POST /organizations/{organization_id}/invitations/{invitation_id}/revoke`). */
  revoke(params?: OperationParams<'RevokeOrganizationInvitation'>, options?: RequestOptions): Promise<OrganizationInvitation> {
    return this.$record('revoke', OrganizationInvitation, ops.RevokeOrganizationInvitation, params, options);
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
export class InstanceOrganizationInvitations extends Group {
  static override readonly fluentPath = 'clerk.organizationInvitations';

  /**
   * Lists invitations across all organizations (`GET /organization_invitations`). The spec names
   * it `organizationInvitations.getAll`; as a flat collection it reads `list()` like every list.
   */
  list(params?: OperationParams<'ListInstanceOrganizationInvitations'>, options?: ListOptions): ListRequest<OrganizationInvitation> {
    return this.$list('list', OrganizationInvitation, ops.ListInstanceOrganizationInvitations, params, options);
  }
}
