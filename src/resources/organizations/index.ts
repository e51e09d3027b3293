import type { RequestOptions } from '../../core/options.js';
import { operations as ops } from '../../generated/operations.js';
import type {
  AdjustOrganizationBillingCreditBalanceResponse,
  DeletedObject,
  GetOrganizationBillingCreditBalanceResponse,
  GetOrganizationBillingSubscriptionResponse,
  Organization as OrganizationData,
} from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Collection, Handle, callable, locateById, type Callable, type OperationParams } from '../base.js';
import { OrganizationDomainsCollection, type OrganizationDomainHandle } from './domains.js';
import { OrganizationInvitationsCollection, type OrganizationInvitationHandle } from './invitations.js';
import { OrganizationMembershipsCollection, type OrganizationMembershipHandle } from './memberships.js';

/**
 * `clerk.organizations`: list and create; `clerk.organizations(id)` for one organization and its
 * memberships, invitations and domains.
 *
 * @example
 * ```ts
 * const org = await clerk.organizations.create({ name: 'Acme', createdBy: user.id });
 * await clerk.organizations(org.id).memberships.create({ userId: other.id, role: 'org:member' });
 * for await (const m of org.memberships.list()) console.log(m.role);
 * ```
 */
export class OrganizationsCollection extends Collection<OrganizationHandle> {
  static override readonly fluentPath = 'clerk.organizations';

  protected $handle(organizationId: string): OrganizationHandle {
    return this.$nested(OrganizationHandle, { organization_id: organizationId });
  }

  /** Lists organizations (`GET /organizations`). */
  list(params?: OperationParams<'ListOrganizations'>, options?: ListOptions): ListRequest<Organization> {
    return this.$list('list', Organization, ops.ListOrganizations, params, options);
  }

  /** Creates an organization (`POST /organizations`). */
  create(params: OperationParams<'CreateOrganization'>, options?: RequestOptions): Promise<Organization> {
    return this.$record('create', Organization, ops.CreateOrganization, params, options);
  }

  /** Retrieves an organization by id or slug; the same as `clerk.organizations(id).get()`. */
  get(organizationId: string, params?: OperationParams<'GetOrganization'>, options?: RequestOptions): Promise<Organization> {
    return this.$handle(organizationId).get(params, options);
  }
}

/** `clerk.organizations(id)`, also the methods of an `Organization` record. */
export class OrganizationHandle extends Handle {
  static override readonly fluentPath = 'clerk.organizations(…)';

  /** Retrieves the organization (`GET /organizations/{organization_id}`); the id may be a slug. */
  get(params?: OperationParams<'GetOrganization'>, options?: RequestOptions): Promise<Organization> {
    return this.$record('get', Organization, ops.GetOrganization, params, options);
  }

  /** Updates the organization (`PATCH /organizations/{organization_id}`). */
  update(params: OperationParams<'UpdateOrganization'>, options?: RequestOptions): Promise<Organization> {
    return this.$record('update', Organization, ops.UpdateOrganization, params, options);
  }

  /** Deletes the organization (`DELETE /organizations/{organization_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteOrganization, undefined, options);
  }

  /** Merges metadata into the organization's (`PATCH /organizations/{organization_id}/metadata`). */
  mergeMetadata(params: OperationParams<'MergeOrganizationMetadata'>, options?: RequestOptions): Promise<Organization> {
    return this.$record('mergeMetadata', Organization, ops.MergeOrganizationMetadata, params, options);
  }

  /** Replaces the organization's metadata objects given, whole (`PUT /organizations/{organization_id}/metadata`). */
  replaceMetadata(params: OperationParams<'ReplaceOrganizationMetadata'>, options?: RequestOptions): Promise<Organization> {
    return this.$record('replaceMetadata', Organization, ops.ReplaceOrganizationMetadata, params, options);
  }

  /**
   * Uploads the organization's logo (`PUT /organizations/{organization_id}/logo`, multipart).
   * `file` takes a Blob, File, Buffer/Uint8Array or a readable stream.
   */
  uploadLogo(params: OperationParams<'UploadOrganizationLogo'>, options?: RequestOptions): Promise<Organization> {
    return this.$record('uploadLogo', Organization, ops.UploadOrganizationLogo, params, options);
  }

  /** Removes the organization's logo (`DELETE /organizations/{organization_id}/logo`). */
  deleteLogo(options?: RequestOptions): Promise<Organization> {
    return this.$record('deleteLogo', Organization, ops.DeleteOrganizationLogo, undefined, options);
  }

  /** The organization's billing subscription (`GET /organizations/{organization_id}/billing/subscription`). */
  getBillingSubscription(options?: RequestOptions): Promise<GetOrganizationBillingSubscriptionResponse> {
    return this.$call('getBillingSubscription', ops.GetOrganizationBillingSubscription, undefined, options);
  }

  /** The organization's billing credit balance (`GET /organizations/{organization_id}/billing/credits`). */
  getBillingCreditBalance(options?: RequestOptions): Promise<GetOrganizationBillingCreditBalanceResponse> {
    return this.$call('getBillingCreditBalance', ops.GetOrganizationBillingCreditBalance, undefined, options);
  }

  /** Adds to or takes from the organization's billing credits (`POST /organizations/{organization_id}/billing/credits`). */
  adjustBillingCreditBalance(
    params: OperationParams<'AdjustOrganizationBillingCreditBalance'>,
    options?: RequestOptions,
  ): Promise<AdjustOrganizationBillingCreditBalanceResponse> {
    return this.$call('adjustBillingCreditBalance', ops.AdjustOrganizationBillingCreditBalance, params, options);
  }

  /** The organization's memberships: `.list()`, `.create()`, and `(userId)` for one. */
  get memberships(): Callable<OrganizationMembershipsCollection, OrganizationMembershipHandle> {
    return callable(this.$nested(OrganizationMembershipsCollection));
  }

  /** The organization's invitations: `.list()`, `.create()`, `.bulkCreate()`, and `(invitationId)` for one. */
  get invitations(): Callable<OrganizationInvitationsCollection, OrganizationInvitationHandle> {
    return callable(this.$nested(OrganizationInvitationsCollection));
  }

  /** The organization's domains: `.list()`, `.create()`, and `(domainId)` for one. */
  get domains(): Callable<OrganizationDomainsCollection, OrganizationDomainHandle> {
    return callable(this.$nested(OrganizationDomainsCollection));
  }
}

export interface Organization extends OrganizationData {}
/**
 * An organization, as a record. Its relations are reached from it directly:
 * `for await (const m of org.memberships.list()) …`.
 */
export class Organization extends OrganizationHandle {
  static schema = 'Organization';
  static locate = locateById('organization_id');

  /** Fetches the organization again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(undefined, options);
    return this;
  }
}
