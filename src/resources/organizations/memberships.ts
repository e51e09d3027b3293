import type { RequestOptions } from '../../core/options.js';
import { operations as ops } from '../../generated/operations.js';
import type {
  OrganizationMembership as OrganizationMembershipData,
} from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Collection, Group, Handle, type PathValues, type OperationParams } from '../base.js';

/** `clerk.organizations(orgId).memberships`: list and create; `(userId)` for one membership. */
export class OrganizationMembershipsCollection extends Collection<OrganizationMembershipHandle> {
  static override readonly fluentPath = 'clerk.organizations(…).memberships';

  protected $handle(userId: string): OrganizationMembershipHandle {
    return this.$nested(OrganizationMembershipHandle, { user_id: userId });
  }

  /** Lists the organization's memberships (`GET /organizations/{organization_id}/memberships`). */
  list(params?: OperationParams<'ListOrganizationMemberships'>, options?: ListOptions): ListRequest<OrganizationMembership> {
    return this.$list('list', OrganizationMembership, ops.ListOrganizationMemberships, params, options);
  }

  /** Adds a user to the organization with a role (`POST /organizations/{organization_id}/memberships`). */
  create(params: OperationParams<'CreateOrganizationMembership'>, options?: RequestOptions): Promise<OrganizationMembership> {
    return this.$record('create', OrganizationMembership, ops.CreateOrganizationMembership, params, options);
  }
}

/** `clerk.organizations(orgId).memberships(userId)`, also the methods of an `OrganizationMembership` record. */
export class OrganizationMembershipHandle extends Handle {
  static override readonly fluentPath = 'clerk.organizations(…).memberships(…)';

  /** Changes the member's role (`PATCH /organizations/{organization_id}/memberships/{user_id}`). */
  update(params: OperationParams<'UpdateOrganizationMembership'>, options?: RequestOptions): Promise<OrganizationMembership> {
    return this.$record('update', OrganizationMembership, ops.UpdateOrganizationMembership, params, options);
  }

  /** Removes the member from the organization (`DELETE /organizations/{organization_id}/memberships/{user_id}`); answers with the removed membership. */
  delete(options?: RequestOptions): Promise<OrganizationMembership> {
    return this.$record('delete', OrganizationMembership, ops.DeleteOrganizationMembership, undefined, options);
  }

  /** Merges metadata into the membership's (`PATCH /organizations/{organization_id}/memberships/{user_id}/metadata`). */
  updateMetadata(params: OperationParams<'UpdateOrganizationMembershipMetadata'>, options?: RequestOptions): Promise<OrganizationMembership> {
    return this.$record('updateMetadata', OrganizationMembership, ops.UpdateOrganizationMembershipMetadata, params, options);
  }
}

export interface OrganizationMembership extends OrganizationMembershipData {}
/**
 * A membership of a user in an organization, as a record. It is located by its organization and
 * its user, so `membership.update({ role })` works wherever the membership was listed from.
 */
export class OrganizationMembership extends OrganizationMembershipHandle {
  static schema = 'OrganizationMembership';
  static locate(data: { [key: string]: unknown }, from: PathValues): PathValues {
    const organization = data.organization as { id?: unknown } | undefined;
    const user = data.publicUserData as { userId?: unknown } | undefined;
    return { organization_id: organization?.id ?? from.organization_id, user_id: user?.userId ?? from.user_id };
  }
}

/** `clerk.organizationMemberships`: memberships across every organization of the instance. */
export class InstanceOrganizationMemberships extends Group {
  static override readonly fluentPath = 'clerk.organizationMemberships';

  /**
   * Lists memberships across all organizations (`GET /organization_memberships`).
   * The spec names it `users.getInstanceOrganizationMemberships`; it lives here, flat, because it
   * is about memberships, not about one user.
   */
  list(params?: OperationParams<'InstanceGetOrganizationMemberships'>, options?: ListOptions): ListRequest<OrganizationMembership> {
    return this.$list('list', OrganizationMembership, ops.InstanceGetOrganizationMemberships, params, options);
  }
}
