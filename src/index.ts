/**
 * clerk-fluent: a fluent, typed client for Clerk's Backend API.
 *
 * Start from {@link Clerk}: its properties are the collections (`clerk.users`,
 * `clerk.organizations`, …). Lists return a {@link ListRequest}; every error thrown is a
 * {@link ClerkError}; request and response types are under {@link ClerkTypes}.
 *
 * @packageDocumentation
 */
export { Clerk } from './client.js';
export { SPEC_VERSION } from './generated/operations.js';
export type { OperationId, OperationTypes } from './generated/operations.js';
export type { ClerkOptions, RequestOptions, Logger } from './core/options.js';
export type { WireRequest, HttpMethod, QueryValue } from './core/transport.js';
export {
  ClerkError,
  ClerkApiError,
  ClerkAPIError,
  ClerkValidationError,
  ClerkResponseValidationError,
  ClerkInvalidResponseError,
  ClerkConnectionError,
  ClerkTimeoutError,
  ClerkAbortError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  ConflictError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  TokenVerificationError,
} from './core/errors.js';
export type { ClerkApiErrorDetail, ClerkAPIErrorDetail, ValidationIssue, TokenVerificationReason } from './core/errors.js';
export { VERSION } from './core/version.js';

export { verifyToken, authenticateRequest } from './tokens/standalone.js';
export type {
  TokenType,
  AcceptsToken,
  AcceptedTokenType,
  TokenCheckOptions,
  VerifyTokenOptions,
  RequestCheckOptions,
  AuthenticateRequestOptions,
  ClientAuthenticateRequestOptions,
} from './tokens/options.js';
export type { RequestLike } from './tokens/request.js';
export type { SessionClaims, SessionAuth, ActorClaim, AuthorizationCheck } from './tokens/session.js';
export type { ApiKeyAuth, M2mTokenAuth, OauthTokenAuth } from './tokens/machine.js';
export type { RequestState, SignedInState, SignedOutState, AuthByTokenType } from './tokens/verifier.js';

export { Page } from './pagination/page.js';
export { ListRequest } from './pagination/list-request.js';
export type { ListOptions, ToArrayOptions } from './pagination/list-request.js';
export { Handle, Collection, Group } from './resources/base.js';
export type { Callable, OperationParams } from './resources/base.js';

export * from './resources/users.js';
export * from './resources/email-addresses.js';
export * from './resources/phone-numbers.js';
export * from './resources/organizations/index.js';
export * from './resources/organizations/memberships.js';
export * from './resources/organizations/invitations.js';
export * from './resources/organizations/domains.js';
export * from './resources/sessions.js';
export * from './resources/clients.js';
export * from './resources/sign-in-tokens.js';
export * from './resources/sign-ups.js';
export * from './resources/actor-tokens.js';
export * from './resources/testing-tokens.js';
export * from './resources/agent-tasks.js';
export * from './resources/invitations.js';
export * from './resources/waitlist-entries.js';
export * from './resources/allowlist-identifiers.js';
export * from './resources/blocklist-identifiers.js';
export * from './resources/redirect-urls.js';
export * from './resources/instance.js';
export * from './resources/beta-features.js';
export * from './resources/domains.js';
export * from './resources/proxy-checks.js';
export * from './resources/templates.js';
export * from './resources/jwt-templates.js';
export * from './resources/jwks.js';
export * from './resources/interstitial.js';
export * from './resources/webhooks.js';
export * from './resources/oauth-applications.js';
export * from './resources/oauth-access-tokens.js';
export * from './resources/saml-connections.js';
export * from './resources/enterprise-connections.js';
export * from './resources/machines.js';
export * from './resources/m2m-tokens.js';
export * from './resources/api-keys.js';
export * from './resources/admin-portal-link-tokens.js';
export * from './resources/billing/index.js';
export * from './resources/billing/plans.js';
export * from './resources/billing/prices.js';
export * from './resources/billing/subscription-items.js';
export * from './resources/billing/statements.js';
export * from './resources/organization-roles.js';
export * from './resources/organization-permissions.js';
export * from './resources/role-sets.js';
export * from './resources/scim-directories.js';
export * from './resources/directories.js';

export * from './deprecated.js';

/** The data types generated from Clerk's spec: request params, responses and every schema. */
export type * as ClerkTypes from './generated/types.js';

export { verifyWebhook } from './webhooks/index.js';
export { WebhookVerificationError } from './core/errors.js';
export type { WebhookVerificationReason } from './core/errors.js';
export type { WebhookEvent, UnknownWebhookEvent, UnknownWebhookEventType } from './webhooks/event.js';
export type { KnownWebhookEvent, WebhookEventType } from './generated/webhook-types.js';
export type { WebhookRecords } from './resources/webhook-records.js';
/** The webhook event types generated from Clerk's webhook events spec: an interface per event (`UserCreatedEvent`) and the types of their data. */
export type * as ClerkWebhookTypes from './generated/webhook-types.js';
export type { VerifyWebhookOptions } from './webhooks/options.js';
export type { WebhookBody } from './webhooks/body.js';
export type { WebhookHeaders } from './webhooks/headers.js';
