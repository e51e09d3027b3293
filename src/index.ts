export { Clerk } from './client.js';
export { SPEC_VERSION } from './generated/operations.js';
export type { ClerkOptions, RequestOptions, Logger } from './core/options.js';
export type { WireRequest, HttpMethod, QueryValue } from './core/transport.js';
export {
  ClerkError,
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
} from './core/errors.js';
export type { ClerkAPIErrorDetail, ValidationIssue } from './core/errors.js';
export { VERSION } from './core/version.js';

export { Page } from './pagination/page.js';
export { ListRequest } from './pagination/list-request.js';
export type { ListOptions, ToArrayOptions } from './pagination/list-request.js';
export { Handle, Collection } from './resources/base.js';
export type { Callable } from './resources/base.js';

export * from './resources/users.js';
export * from './resources/email-addresses.js';
export * from './resources/phone-numbers.js';
export * from './resources/organizations/index.js';
export * from './resources/organizations/memberships.js';
export * from './resources/organizations/invitations.js';
export * from './resources/organizations/domains.js';
// area A exports
// end area A exports
// area B exports
// end area B exports
// area C exports
// end area C exports
// area D exports
// end area D exports

/** The data types generated from Clerk's spec: request params, responses and every schema. */
export type * as ClerkTypes from './generated/schemas.js';
