import type { RequestOptions } from '../../core/options.js';
import { operations as ops } from '../../generated/operations.js';
import type {
  DeletedObject,
  OrganizationDomain as OrganizationDomainData,
} from '../../generated/types.js';
import type { ListOptions, ListRequest } from '../../pagination/list-request.js';
import { Collection, Group, Handle, type PathValues, type OperationParams } from '../base.js';

/** `clerk.organizations(orgId).domains`: list and create; `(domainId)` for one domain. */
export class OrganizationDomainsCollection extends Collection<OrganizationDomainHandle> {
  static override readonly fluentPath = 'clerk.organizations(…).domains';

  protected $handle(domainId: string): OrganizationDomainHandle {
    return this.$nested(OrganizationDomainHandle, { domain_id: domainId });
  }

  /** Lists the organization's domains (`GET /organizations/{organization_id}/domains`). */
  list(params?: OperationParams<'ListOrganizationDomains'>, options?: ListOptions): ListRequest<OrganizationDomain> {
    return this.$list('list', OrganizationDomain, ops.ListOrganizationDomains, params, options);
  }

  /** Adds a domain to the organization (`POST /organizations/{organization_id}/domains`). */
  create(params: OperationParams<'CreateOrganizationDomain'>, options?: RequestOptions): Promise<OrganizationDomain> {
    return this.$record('create', OrganizationDomain, ops.CreateOrganizationDomain, params, options);
  }
}

/** `clerk.organizations(orgId).domains(domainId)`, also the methods of an `OrganizationDomain` record. */
export class OrganizationDomainHandle extends Handle {
  static override readonly fluentPath = 'clerk.organizations(…).domains(…)';

  /** Updates the domain (`PATCH /organizations/{organization_id}/domains/{domain_id}`). */
  update(params: OperationParams<'UpdateOrganizationDomain'>, options?: RequestOptions): Promise<OrganizationDomain> {
    return this.$record('update', OrganizationDomain, ops.UpdateOrganizationDomain, params, options);
  }

  /** Removes the domain (`DELETE /organizations/{organization_id}/domains/{domain_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteOrganizationDomain, undefined, options);
  }

  /** Checks the domain's ownership proof (`POST /organizations/{organization_id}/domains/{domain_id}/verify_ownership`). */
  verifyOwnership(options?: RequestOptions): Promise<OrganizationDomain> {
    return this.$record('verifyOwnership', OrganizationDomain, ops.VerifyOrganizationDomainOwnership, undefined, options);
  }
}

export interface OrganizationDomain extends OrganizationDomainData {}
/** A domain of an organization, as a record. */
export class OrganizationDomain extends OrganizationDomainHandle {
  static schema = 'OrganizationDomain';
  static locate(data: { [key: string]: unknown }, from: PathValues): PathValues {
    return { organization_id: data.organizationId ?? from.organization_id, domain_id: data.id };
  }
}

/** `clerk.organizationDomains`: domains across every organization of the instance. */
export class InstanceOrganizationDomains extends Group {
  static override readonly fluentPath = 'clerk.organizationDomains';

  /**
   * Lists domains across all organizations (`GET /organization_domains`). The spec names it
   * `organizationDomains.listAll`; as a flat collection it reads `list()` like every list.
   */
  list(params?: OperationParams<'ListAllOrganizationDomains'>, options?: ListOptions): ListRequest<OrganizationDomain> {
    return this.$list('list', OrganizationDomain, ops.ListAllOrganizationDomains, params, options);
  }
}
