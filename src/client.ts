import { ClientContext } from './core/operation.js';
import { resolveOptions, type ClerkOptions, type RequestOptions } from './core/options.js';
import { Transport, type WireRequest } from './core/transport.js';
import { VERSION } from './core/version.js';
import { SPEC_VERSION } from './generated/operations.js';
import { callable, type Callable } from './resources/base.js';
import { EmailAddressesCollection, type EmailAddressHandle } from './resources/email-addresses.js';
import { OrganizationsCollection, type OrganizationHandle } from './resources/organizations/index.js';
import { InstanceOrganizationDomains } from './resources/organizations/domains.js';
import { InstanceOrganizationInvitations } from './resources/organizations/invitations.js';
import { InstanceOrganizationMemberships } from './resources/organizations/memberships.js';
import { PhoneNumbersCollection, type PhoneNumberHandle } from './resources/phone-numbers.js';
import { UsersCollection, type UserHandle } from './resources/users.js';
// area A imports
// end area A imports
// area B imports
// end area B imports
// area C imports
// end area C imports
// area D imports
// end area D imports

/**
 * The root of the client: one property per API group, each a collection you can call with an id.
 *
 * @example
 * ```ts
 * import { Clerk } from 'clerk-fluent';
 *
 * const clerk = new Clerk();                       // reads CLERK_SECRET_KEY
 * const user = await clerk.users.get('user_123');
 * await user.ban();
 * for await (const org of clerk.organizations.list()) console.log(org.name);
 * ```
 */
export class Clerk {
  readonly #transport: Transport;

  /** Users: `clerk.users.list()`, `clerk.users.create()`, `clerk.users(id).ban()`, … */
  readonly users: Callable<UsersCollection, UserHandle>;
  /** Email addresses: `clerk.emailAddresses.create()`, `clerk.emailAddresses(id).update()`, … */
  readonly emailAddresses: Callable<EmailAddressesCollection, EmailAddressHandle>;
  /** Phone numbers: `clerk.phoneNumbers.create()`, `clerk.phoneNumbers(id).update()`, … */
  readonly phoneNumbers: Callable<PhoneNumbersCollection, PhoneNumberHandle>;
  /** Organizations and their memberships, invitations and domains: `clerk.organizations(id).memberships.list()`, … */
  readonly organizations: Callable<OrganizationsCollection, OrganizationHandle>;
  /** Memberships across all organizations: `clerk.organizationMemberships.list()`. */
  readonly organizationMemberships: InstanceOrganizationMemberships;
  /** Invitations across all organizations: `clerk.organizationInvitations.list()`. */
  readonly organizationInvitations: InstanceOrganizationInvitations;
  /** Domains across all organizations: `clerk.organizationDomains.list()`. */
  readonly organizationDomains: InstanceOrganizationDomains;
  // area A properties
  // end area A properties
  // area B properties
  // end area B properties
  // area C properties
  // end area C properties
  // area D properties
  // end area D properties

  constructor(options: ClerkOptions = {}) {
    const resolved = resolveOptions(options, SPEC_VERSION);
    this.#transport = new Transport(resolved, `clerk-fluent/${VERSION}`);
    const context = new ClientContext(this.#transport);
    this.users = callable(new UsersCollection(context, {}));
    this.emailAddresses = callable(new EmailAddressesCollection(context, {}));
    this.phoneNumbers = callable(new PhoneNumbersCollection(context, {}));
    this.organizations = callable(new OrganizationsCollection(context, {}));
    this.organizationMemberships = new InstanceOrganizationMemberships(context, {});
    this.organizationInvitations = new InstanceOrganizationInvitations(context, {});
    this.organizationDomains = new InstanceOrganizationDomains(context, {});
    // area A init
    // end area A init
    // area B init
    // end area B init
    // area C init
    // end area C init
    // area D init
    // end area D init
  }

  /**
   * Sends a request in wire form (snake_case, path relative to `/v1`) through the same transport,
   * retries and errors as every method, and returns the parsed body. For endpoints this release
   * does not cover yet.
   *
   * @example
   * ```ts
   * const raw = await clerk.request({ method: 'GET', path: 'users/count', query: { query: 'ada' } });
   * ```
   */
  async request(request: WireRequest, options?: RequestOptions): Promise<unknown> {
    return (await this.#transport.request(request, options)).data;
  }
}
