import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  Domain as DomainData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.domains`: the instance's domains, the primary one and any satellites; `clerk.domains(id)`
 * for one domain. Organization domains are another thing: `clerk.organizations(id).domains`.
 *
 * @example
 * ```ts
 * const satellite = await clerk.domains.add({ name: 'shop.example.com', isSatellite: true });
 * await satellite.update({ proxyUrl: 'https://shop.example.com/__clerk' });
 * for await (const domain of clerk.domains.list()) console.log(domain.name);
 * ```
 */
export class DomainsCollection extends Collection<DomainHandle> {
  static override readonly fluentPath = 'clerk.domains';

  protected $handle(domainId: string): DomainHandle {
    return this.$nested(DomainHandle, { domain_id: domainId });
  }

  /** Lists the instance's domains (`GET /domains`). The API answers with every domain in one page. */
  list(options?: ListOptions): ListRequest<Domain> {
    return this.$list('list', Domain, ops.ListDomains, undefined, options);
  }

  /** Adds a satellite domain to the instance (`POST /domains`). */
  add(params: OperationParams<'AddDomain'>, options?: RequestOptions): Promise<Domain> {
    return this.$record('add', Domain, ops.AddDomain, params, options);
  }
}

/** `clerk.domains(id)`, also the methods of a `Domain` record. */
export class DomainHandle extends Handle {
  static override readonly fluentPath = 'clerk.domains(…)';

  /** Changes the domain's name, proxy URL or role (`PATCH /domains/{domain_id}`). On a record, the record refreshes itself. */
  update(params: OperationParams<'UpdateDomain'>, options?: RequestOptions): Promise<Domain> {
    return this.$record('update', Domain, ops.UpdateDomain, params, options);
  }

  /** Removes a satellite domain (`DELETE /domains/{domain_id}`). The primary domain cannot be removed. */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteDomain, undefined, options);
  }
}

export interface Domain extends DomainData {}
/**
 * A domain of the instance, as a record. There is no endpoint to fetch one domain, so a `Domain`
 * has no `reload()`: list the domains again to see changes made elsewhere.
 */
export class Domain extends DomainHandle {
  static schema = 'Domain';
  static locate = locateById('domain_id');
}
