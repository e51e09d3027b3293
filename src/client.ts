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
import { ActorTokensCollection, type ActorTokenHandle } from './resources/actor-tokens.js';
import { AgentTasksCollection, type AgentTaskHandle } from './resources/agent-tasks.js';
import { AllowlistIdentifiersCollection, type AllowlistIdentifierHandle } from './resources/allowlist-identifiers.js';
import { BlocklistIdentifiersCollection, type BlocklistIdentifierHandle } from './resources/blocklist-identifiers.js';
import { ClientsCollection, type ClientHandle } from './resources/clients.js';
import { InvitationsCollection, type InvitationHandle } from './resources/invitations.js';
import { RedirectUrlsCollection, type RedirectUrlHandle } from './resources/redirect-urls.js';
import { SessionsCollection, type SessionHandle } from './resources/sessions.js';
import { SignInTokensCollection, type SignInTokenHandle } from './resources/sign-in-tokens.js';
import { SignUpsCollection, type SignUpHandle } from './resources/sign-ups.js';
import { TestingTokens } from './resources/testing-tokens.js';
import { WaitlistEntriesCollection, type WaitlistEntryHandle } from './resources/waitlist-entries.js';
import { BetaFeatures } from './resources/beta-features.js';
import { DomainsCollection, type DomainHandle } from './resources/domains.js';
import { InstanceHandle } from './resources/instance.js';
import { Interstitial } from './resources/interstitial.js';
import { JwtTemplatesCollection, type JwtTemplateHandle } from './resources/jwt-templates.js';
import { Jwks } from './resources/jwks.js';
import { ProxyChecks } from './resources/proxy-checks.js';
import { TemplatesCollection, type Templates } from './resources/templates.js';
import { Webhooks } from './resources/webhooks.js';
import { AdminPortalLinkTokensCollection, type AdminPortalLinkTokenHandle } from './resources/admin-portal-link-tokens.js';
import { ApiKeysCollection, type ApiKeyHandle } from './resources/api-keys.js';
import { EnterpriseConnectionsCollection, type EnterpriseConnectionHandle } from './resources/enterprise-connections.js';
import { M2mTokensCollection, type M2mTokenHandle } from './resources/m2m-tokens.js';
import { MachinesCollection, type MachineHandle } from './resources/machines.js';
import { OauthAccessTokens } from './resources/oauth-access-tokens.js';
import { OauthApplicationsCollection, type OauthApplicationHandle } from './resources/oauth-applications.js';
import { SamlConnectionsCollection, type SamlConnectionHandle } from './resources/saml-connections.js';
import { Billing } from './resources/billing/index.js';
import { DirectoriesCollection, type DirectoryHandle } from './resources/directories.js';
import { OrganizationPermissionsCollection, type OrganizationPermissionHandle } from './resources/organization-permissions.js';
import { OrganizationRolesCollection, type OrganizationRoleHandle } from './resources/organization-roles.js';
import { RoleSetsCollection, type RoleSetHandle } from './resources/role-sets.js';
import { ScimDirectoriesCollection, type ScimDirectoryHandle } from './resources/scim-directories.js';
import type { AcceptedTokenType, AcceptsToken, ClientAuthenticateRequestOptions, TokenCheckOptions } from './tokens/options.js';
import type { RequestLike } from './tokens/request.js';
import type { SessionClaims } from './tokens/session.js';
import { loadVerifier } from './tokens/load.js';
import type { RequestState, TokenVerifier } from './tokens/verifier.js';

/** The properties of {@link Clerk} that are API groups (all but its methods). */
type GroupName = Exclude<keyof Clerk, 'request' | 'verifyToken' | 'authenticateRequest'>;

/** How each API group's object is made for a client, by its property name on {@link Clerk}. */
const groups: { readonly [K in GroupName]: (context: ClientContext) => Clerk[K] } = {
  users: (context) => callable(new UsersCollection(context, {})),
  emailAddresses: (context) => callable(new EmailAddressesCollection(context, {})),
  phoneNumbers: (context) => callable(new PhoneNumbersCollection(context, {})),
  organizations: (context) => callable(new OrganizationsCollection(context, {})),
  organizationMemberships: (context) => new InstanceOrganizationMemberships(context, {}),
  organizationInvitations: (context) => new InstanceOrganizationInvitations(context, {}),
  organizationDomains: (context) => new InstanceOrganizationDomains(context, {}),
  sessions: (context) => callable(new SessionsCollection(context, {})),
  clients: (context) => callable(new ClientsCollection(context, {})),
  signInTokens: (context) => callable(new SignInTokensCollection(context, {})),
  signUps: (context) => callable(new SignUpsCollection(context, {})),
  actorTokens: (context) => callable(new ActorTokensCollection(context, {})),
  testingTokens: (context) => new TestingTokens(context, {}),
  agentTasks: (context) => callable(new AgentTasksCollection(context, {})),
  invitations: (context) => callable(new InvitationsCollection(context, {})),
  waitlistEntries: (context) => callable(new WaitlistEntriesCollection(context, {})),
  allowlistIdentifiers: (context) => callable(new AllowlistIdentifiersCollection(context, {})),
  blocklistIdentifiers: (context) => callable(new BlocklistIdentifiersCollection(context, {})),
  redirectUrls: (context) => callable(new RedirectUrlsCollection(context, {})),
  instance: (context) => new InstanceHandle(context, {}),
  betaFeatures: (context) => new BetaFeatures(context, {}),
  domains: (context) => callable(new DomainsCollection(context, {})),
  proxyChecks: (context) => new ProxyChecks(context, {}),
  templates: (context) => callable(new TemplatesCollection(context, {})),
  jwtTemplates: (context) => callable(new JwtTemplatesCollection(context, {})),
  jwks: (context) => new Jwks(context, {}),
  interstitial: (context) => new Interstitial(context, {}),
  webhooks: (context) => new Webhooks(context, {}),
  oauthApplications: (context) => callable(new OauthApplicationsCollection(context, {})),
  oauthAccessTokens: (context) => new OauthAccessTokens(context, {}),
  samlConnections: (context) => callable(new SamlConnectionsCollection(context, {})),
  enterpriseConnections: (context) => callable(new EnterpriseConnectionsCollection(context, {})),
  machines: (context) => callable(new MachinesCollection(context, {})),
  m2mTokens: (context) => callable(new M2mTokensCollection(context, {})),
  apiKeys: (context) => callable(new ApiKeysCollection(context, {})),
  adminPortalLinkTokens: (context) => callable(new AdminPortalLinkTokensCollection(context, {})),
  billing: (context) => new Billing(context, {}),
  organizationRoles: (context) => callable(new OrganizationRolesCollection(context, {})),
  organizationPermissions: (context) => callable(new OrganizationPermissionsCollection(context, {})),
  roleSets: (context) => callable(new RoleSetsCollection(context, {})),
  scimDirectories: (context) => callable(new ScimDirectoriesCollection(context, {})),
  directories: (context) => callable(new DirectoriesCollection(context, {})),
};

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
  readonly #context: ClientContext;
  #tokens: Promise<TokenVerifier> | undefined;

  /** Users: `clerk.users.list()`, `clerk.users.create()`, `clerk.users(id).ban()`, … */
  declare readonly users: Callable<UsersCollection, UserHandle>;
  /** Email addresses: `clerk.emailAddresses.create()`, `clerk.emailAddresses(id).update()`, … */
  declare readonly emailAddresses: Callable<EmailAddressesCollection, EmailAddressHandle>;
  /** Phone numbers: `clerk.phoneNumbers.create()`, `clerk.phoneNumbers(id).update()`, … */
  declare readonly phoneNumbers: Callable<PhoneNumbersCollection, PhoneNumberHandle>;
  /** Organizations and their memberships, invitations and domains: `clerk.organizations(id).memberships.list()`, … */
  declare readonly organizations: Callable<OrganizationsCollection, OrganizationHandle>;
  /** Memberships across all organizations: `clerk.organizationMemberships.list()`. */
  declare readonly organizationMemberships: InstanceOrganizationMemberships;
  /** Invitations across all organizations: `clerk.organizationInvitations.list()`. */
  declare readonly organizationInvitations: InstanceOrganizationInvitations;
  /** Domains across all organizations: `clerk.organizationDomains.list()`. */
  declare readonly organizationDomains: InstanceOrganizationDomains;
  /** Sessions: `clerk.sessions.list({ userId })`, `clerk.sessions(id).revoke()`, `clerk.sessions(id).createToken()`, … */
  declare readonly sessions: Callable<SessionsCollection, SessionHandle>;
  /** Clients (browsers and devices): `clerk.clients.verify({ token })`, `clerk.clients(id).get()`. */
  declare readonly clients: Callable<ClientsCollection, ClientHandle>;
  /** Sign-in tokens (magic links): `clerk.signInTokens.create({ userId })`, `clerk.signInTokens(id).revoke()`. */
  declare readonly signInTokens: Callable<SignInTokensCollection, SignInTokenHandle>;
  /** Sign-up attempts: `clerk.signUps(id).get()`, `clerk.signUps(id).update()`. */
  declare readonly signUps: Callable<SignUpsCollection, SignUpHandle>;
  /** Actor tokens (impersonation): `clerk.actorTokens.create()`, `clerk.actorTokens(id).revoke()`. */
  declare readonly actorTokens: Callable<ActorTokensCollection, ActorTokenHandle>;
  /** Testing tokens for end-to-end test runners: `clerk.testingTokens.create()`. */
  declare readonly testingTokens: TestingTokens;
  /** Agent tasks (an AI agent acting for a user): `clerk.agentTasks.create()`, `clerk.agentTasks(id).revoke()`. */
  declare readonly agentTasks: Callable<AgentTasksCollection, AgentTaskHandle>;
  /** Invitations to the instance: `clerk.invitations.create()`, `clerk.invitations.list()`, `clerk.invitations(id).revoke()`. */
  declare readonly invitations: Callable<InvitationsCollection, InvitationHandle>;
  /** The waitlist: `clerk.waitlistEntries.list()`, `clerk.waitlistEntries(id).invite()`, … */
  declare readonly waitlistEntries: Callable<WaitlistEntriesCollection, WaitlistEntryHandle>;
  /** The sign-up allowlist: `clerk.allowlistIdentifiers.create({ identifier })`, `clerk.allowlistIdentifiers(id).delete()`. */
  declare readonly allowlistIdentifiers: Callable<AllowlistIdentifiersCollection, AllowlistIdentifierHandle>;
  /** The sign-up blocklist: `clerk.blocklistIdentifiers.create({ identifier })`, `clerk.blocklistIdentifiers(id).delete()`. */
  declare readonly blocklistIdentifiers: Callable<BlocklistIdentifiersCollection, BlocklistIdentifierHandle>;
  /** Allowed redirect URLs for native apps: `clerk.redirectUrls.create({ url })`, `clerk.redirectUrls(id).delete()`. */
  declare readonly redirectUrls: Callable<RedirectUrlsCollection, RedirectUrlHandle>;
  /** The instance and its settings: `clerk.instance.get()`, `clerk.instance.updateRestrictions()`, … */
  declare readonly instance: InstanceHandle;
  /** Beta instance settings: `clerk.betaFeatures.updateInstanceSettings()`. */
  declare readonly betaFeatures: BetaFeatures;
  /** The instance's primary and satellite domains: `clerk.domains.list()`, `clerk.domains(id).update()`, … */
  declare readonly domains: Callable<DomainsCollection, DomainHandle>;
  /** Proxy checks of a domain: `clerk.proxyChecks.verify()`. */
  declare readonly proxyChecks: ProxyChecks;
  /**
   * Email and SMS templates, by type then slug: `clerk.templates.email('invitation').get()`, …
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  declare readonly templates: Templates;
  /** JWT templates: `clerk.jwtTemplates.create()`, `clerk.jwtTemplates(id).update()`, … */
  declare readonly jwtTemplates: Callable<JwtTemplatesCollection, JwtTemplateHandle>;
  /** The instance's JSON Web Key Set: `clerk.jwks.get()`. */
  declare readonly jwks: Jwks;
  /** The interstitial HTML page: `clerk.interstitial.get()`. */
  declare readonly interstitial: Interstitial;
  /** The Svix application behind webhooks: `clerk.webhooks.createSvixApp()`, … */
  declare readonly webhooks: Webhooks;
  /** OAuth applications of the instance as identity provider: `clerk.oauthApplications.create()`, `clerk.oauthApplications(id).rotateSecret()`, … */
  declare readonly oauthApplications: Callable<OauthApplicationsCollection, OauthApplicationHandle>;
  /** Access tokens issued to OAuth applications: `clerk.oauthAccessTokens.verify({ accessToken })`. */
  declare readonly oauthAccessTokens: OauthAccessTokens;
  /**
   * SAML connections: `clerk.samlConnections.list()`, `clerk.samlConnections(id).update()`, …
   * @deprecated Clerk deprecated the SAML connection endpoints: use `clerk.enterpriseConnections`.
   */
  declare readonly samlConnections: Callable<SamlConnectionsCollection, SamlConnectionHandle>;
  /** Enterprise SSO (SAML and OIDC) connections: `clerk.enterpriseConnections.create()`, `clerk.enterpriseConnections(id).testRuns.create()`, … */
  declare readonly enterpriseConnections: Callable<EnterpriseConnectionsCollection, EnterpriseConnectionHandle>;
  /** Machines for M2M authentication: `clerk.machines.create()`, `clerk.machines(id).scopes.create()`, `clerk.machines(id).rotateSecretKey()`, … */
  declare readonly machines: Callable<MachinesCollection, MachineHandle>;
  /** Machine-to-machine tokens (the spec's `m2m` group): `clerk.m2mTokens.verify({ token })`, `clerk.m2mTokens(id).revoke()`, … */
  declare readonly m2mTokens: Callable<M2mTokensCollection, M2mTokenHandle>;
  /** API keys issued to users, organizations and machines: `clerk.apiKeys.create()`, `clerk.apiKeys.verify({ secret })`, `clerk.apiKeys(id).revoke()`, … */
  declare readonly apiKeys: Callable<ApiKeysCollection, ApiKeyHandle>;
  /** Admin portal links for an organization's IT contact: `clerk.adminPortalLinkTokens.create()`, `clerk.adminPortalLinkTokens(id).revoke()`. */
  declare readonly adminPortalLinkTokens: Callable<AdminPortalLinkTokensCollection, AdminPortalLinkTokenHandle>;
  /** Billing: `clerk.billing.plans.list()`, `clerk.billing.subscriptionItems(id).cancel()`, `clerk.billing.statements(id).get()`, … */
  declare readonly billing: Billing;
  /** Organization roles: `clerk.organizationRoles.create()`, `clerk.organizationRoles(id).permissions(permissionId).assign()`, … */
  declare readonly organizationRoles: Callable<OrganizationRolesCollection, OrganizationRoleHandle>;
  /** Organization permissions: `clerk.organizationPermissions.list()`, `clerk.organizationPermissions(id).update()`, … */
  declare readonly organizationPermissions: Callable<OrganizationPermissionsCollection, OrganizationPermissionHandle>;
  /** Role sets, by key or id: `clerk.roleSets.create()`, `clerk.roleSets('support').addRoles()`, … */
  declare readonly roleSets: Callable<RoleSetsCollection, RoleSetHandle>;
  /** SCIM directories: `clerk.scimDirectories(id).rotateApiKey()`, `clerk.scimDirectories(id).groupRoleMappings.list()`, … */
  declare readonly scimDirectories: Callable<ScimDirectoriesCollection, ScimDirectoryHandle>;
  /** Directories: `clerk.directories(id).rotateApiKey()`, `clerk.directories(id).groupRoleMappings.replace()`, … */
  declare readonly directories: Callable<DirectoriesCollection, DirectoryHandle>;

  constructor(options: ClerkOptions = {}) {
    const resolved = resolveOptions(options, SPEC_VERSION);
    this.#transport = new Transport(resolved, `clerk-fluent/${VERSION}`);
    this.#context = new ClientContext(this.#transport);
  }

  static {
    // Each group's object is made on its first read, then kept as the instance's own property: a
    // process that lists users makes the users collection, not the forty others (measured on a
    // fresh process's first answer, bench/RESULTS.md).
    for (const [name, make] of Object.entries(groups)) {
      Object.defineProperty(Clerk.prototype, name, {
        configurable: true,
        enumerable: false,
        get(this: Clerk) {
          const value = make(this.#context);
          Object.defineProperty(this, name, { value, enumerable: true });
          return value;
        },
      });
    }
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

  /**
   * Verifies a session token and returns its claims, or throws a `TokenVerificationError` with a
   * `reason`. The keys come from `jwtKey` (or `CLERK_JWT_KEY`) without a request, else from the
   * instance's JWKS (`GET /v1/jwks`), fetched through this client and cached by it.
   *
   * @example
   * ```ts
   * const claims = await clerk.verifyToken(token, { authorizedParties: ['https://app.example.com'] });
   * ```
   */
  verifyToken(token: string, options?: TokenCheckOptions): Promise<SessionClaims> {
    return this.#verifier().then((verifier) => verifier.verifyToken(token, options));
  }

  /**
   * Authenticates a request (a Fetch `Request`, a Node `IncomingMessage`, or `{ headers }`) by its
   * `Authorization: Bearer` header, else its `__session` cookie. Never throws for a request that is
   * not signed in: the answer is `{ status: 'signed-out', reason, message }`. With `acceptsToken`,
   * API keys, M2M and OAuth tokens are checked too, opaque ones through this client.
   *
   * @example
   * ```ts
   * const state = await clerk.authenticateRequest(request, { authorizedParties: ['https://app.example.com'] });
   * if (state.status === 'signed-in') console.log(state.auth.userId, state.auth.orgRole);
   * ```
   */
  authenticateRequest<const A extends AcceptsToken = 'session_token'>(
    request: RequestLike,
    options?: ClientAuthenticateRequestOptions<A>,
  ): Promise<RequestState<AcceptedTokenType<A>>> {
    return this.#verifier().then((verifier) => verifier.authenticateRequest(request, options));
  }

  /** Made on first use: the JWKS cache belongs to this client, so two clients never share keys. */
  #verifier(): Promise<TokenVerifier> {
    return (this.#tokens ??= loadVerifier().then(
      ({ TokenVerifier }) =>
        new TokenVerifier({
          fetchJwks: () => this.jwks.get(),
          verifyApiKey: (secret) => this.apiKeys.verify({ secret }),
          verifyM2mToken: (token) => this.m2mTokens.verify({ token }),
          verifyOauthToken: (accessToken) => this.oauthAccessTokens.verify({ accessToken }),
        }),
    ));
  }
}
