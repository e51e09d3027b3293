export { Clerk, API_VERSION } from './client.js';
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
