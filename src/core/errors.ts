/**
 * Every error this library throws is a {@link ClerkError}. None of them keeps a reference to the
 * request, its headers or the client options, so the secret key cannot leak through `message`,
 * `stack`, `util.inspect` or `JSON.stringify`.
 */

/** One entry of the `errors` array Clerk returns with an error status, camelCased. */
export interface ClerkApiErrorDetail {
  code: string;
  message: string;
  longMessage?: string;
  meta?: Record<string, unknown>;
}

/**
 * The base class of every error thrown by clerk-fluent.
 *
 * @example
 * ```ts
 * try { await clerk.users.get('user_123'); }
 * catch (err) { if (err instanceof ClerkError) console.error(err.message); }
 * ```
 */
export class ClerkError extends Error {
  override name = 'ClerkError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /** A plain object with the error's public fields, for logs. */
  toJSON(): Record<string, unknown> {
    const plain: Record<string, unknown> = { name: this.name, message: this.message };
    for (const key of Object.keys(this)) {
      if (key !== 'cause') plain[key] = (this as Record<string, unknown>)[key];
    }
    return plain;
  }
}

/** One problem found in the input of a call, with the path of the field it concerns. */
export interface ValidationIssue {
  /** The field path as written in TypeScript, for example `emailAddress[0]`; empty for the whole value. */
  path: string;
  message: string;
}

/**
 * Bad input caught before any request was sent: a wrong type, a missing required field, an
 * empty or non-string id. The message names the field path.
 */
export class ClerkValidationError extends ClerkError {
  override name = 'ClerkValidationError';
  readonly issues: ValidationIssue[];

  constructor(message: string, issues: ValidationIssue[] = []) {
    super(message);
    this.issues = issues;
  }
}

/**
 * The answer to a successful call does not match its schema (with `strictResponses: true`), or
 * cannot be what was asked for at all, whatever `strictResponses` says: not an object where a
 * record is expected, no list where a page is.
 */
export class ClerkResponseValidationError extends ClerkError {
  override name = 'ClerkResponseValidationError';
  readonly issues: ValidationIssue[];
  /** The schema the response was checked against. */
  readonly schema: string;

  constructor(schema: string, issues: ValidationIssue[]) {
    super(`The response does not match the ${schema} schema: ${formatIssues(issues)}`);
    this.schema = schema;
    this.issues = issues;
  }
}

/** The request could not reach Clerk, or the connection broke before a full response arrived. */
export class ClerkConnectionError extends ClerkError {
  override name = 'ClerkConnectionError';
}

/** One attempt took longer than the `timeout` option, headers and body included. */
export class ClerkTimeoutError extends ClerkConnectionError {
  override name = 'ClerkTimeoutError';
}

/** Clerk answered 2xx with a body that is not the JSON it should be. */
export class ClerkInvalidResponseError extends ClerkError {
  override name = 'ClerkInvalidResponseError';
  readonly status: number;

  constructor(status: number, excerpt: string) {
    super(`Clerk answered ${status} with a body that is not valid JSON: ${excerpt}`);
    this.status = status;
  }
}

/** The caller's `AbortSignal` aborted the call. */
export class ClerkAbortError extends ClerkError {
  override name = 'ClerkAbortError';
}

export interface ClerkApiErrorInit {
  status: number;
  errors: ClerkApiErrorDetail[];
  clerkTraceId?: string;
  /** Set when the body was not Clerk's JSON error shape: the start of the body. */
  bodyExcerpt?: string;
  retryAfter?: number;
}

/**
 * Clerk answered with an error status. `message` is Clerk's own words (the first error's
 * `longMessage`, else its `message`), not the HTTP status text.
 */
export class ClerkApiError extends ClerkError {
  override name = 'ClerkApiError';
  readonly status: number;
  readonly errors: ClerkApiErrorDetail[];
  /** Clerk's trace id (`clerk_trace_id` in the body, else the `cf-ray` header), for Clerk support. */
  readonly clerkTraceId: string | undefined;

  constructor(init: ClerkApiErrorInit) {
    super(apiErrorMessage(init));
    this.status = init.status;
    this.errors = init.errors;
    this.clerkTraceId = init.clerkTraceId;
  }
}

/** @deprecated Renamed {@link ClerkApiError} (acronyms are words in every name). */
export const ClerkAPIError = ClerkApiError;
/** @deprecated Renamed {@link ClerkApiError} (acronyms are words in every name). */
export type ClerkAPIError = ClerkApiError;
/** @deprecated Renamed {@link ClerkApiErrorDetail} (acronyms are words in every name). */
export type ClerkAPIErrorDetail = ClerkApiErrorDetail;

/** 400 */
export class BadRequestError extends ClerkApiError {
  override name = 'BadRequestError';
}
/** 401: the secret key is missing, wrong or revoked. */
export class AuthenticationError extends ClerkApiError {
  override name = 'AuthenticationError';
}
/** 403 */
export class PermissionDeniedError extends ClerkApiError {
  override name = 'PermissionDeniedError';
}
/** 404 */
export class NotFoundError extends ClerkApiError {
  override name = 'NotFoundError';
}
/** 409 */
export class ConflictError extends ClerkApiError {
  override name = 'ConflictError';
}
/** 422 */
export class UnprocessableEntityError extends ClerkApiError {
  override name = 'UnprocessableEntityError';
}
/** 429, after the retries allowed were spent or when Clerk asked for a wait longer than 60 s. */
export class RateLimitError extends ClerkApiError {
  override name = 'RateLimitError';
  /** Seconds Clerk asked to wait (`Retry-After`), when it said. */
  readonly retryAfter: number | undefined;

  constructor(init: ClerkApiErrorInit) {
    super(init);
    this.retryAfter = init.retryAfter;
  }
}
/** Any 5xx. */
export class InternalServerError extends ClerkApiError {
  override name = 'InternalServerError';
}

const errorClassByStatus: Record<number, typeof ClerkApiError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The one mapping from an error status to its class. */
export function apiErrorFor(init: ClerkApiErrorInit): ClerkApiError {
  const ErrorClass = errorClassByStatus[init.status] ?? (init.status >= 500 ? InternalServerError : ClerkApiError);
  return new ErrorClass(init);
}

function apiErrorMessage(init: ClerkApiErrorInit): string {
  const first = init.errors[0];
  const words = first?.longMessage || first?.message;
  if (words) return words;
  const excerpt = init.bodyExcerpt ? `: ${init.bodyExcerpt}` : '';
  return `Clerk answered with status ${init.status}${excerpt}`;
}

export function formatIssues(issues: ValidationIssue[]): string {
  return issues.map((issue) => (issue.path ? `${issue.path}: ${issue.message}` : issue.message)).join('; ');
}

/**
 * An answer that cannot be what was asked for: not an object where a record is expected, not a
 * list where a page is. Whatever the response policy, that is an error: a record with no data, or
 * an empty page, would pass for the real thing.
 *
 * @param path - where in the answer the expected value is missing (`data` for an envelope's items).
 */
export function unusableAnswer(schema: string, expected: string, data: unknown, path = ''): ClerkResponseValidationError {
  return new ClerkResponseValidationError(schema, [{ path, message: `expected ${expected}, received ${describeValue(data)}` }]);
}

/** What a value is, for an error message: `null`, `an array`, or its `typeof`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Why a token was not accepted: the `reason` of a {@link TokenVerificationError} and of a
 * signed-out request state.
 *
 * - `token-missing`: no token was given (no `Authorization: Bearer` header, no `__session` cookie).
 * - `token-invalid`: not a token of a kind Clerk issues (not a well-formed JWT, a claim of the wrong
 *   type, an unknown session-token version), or one Clerk does not know (an opaque machine token).
 * - `token-type-not-accepted`: a real token of a type the call does not accept (`acceptsToken`).
 * - `unsupported-algorithm`: a JWT not signed with RS256 (`alg: none`, HS256, …).
 * - `invalid-signature`: the signature does not match the key.
 * - `unknown-kid`: the JWT names a key the instance's JWKS does not have, even after a refetch.
 * - `token-expired`, `token-not-active-yet`, `token-issued-in-future`: `exp`, `nbf`, `iat` outside
 *   the allowed clock skew.
 * - `unauthorized-party`: `azp` is missing or not one of `authorizedParties`.
 * - `invalid-audience`, `invalid-issuer`: `aud` or `iss` is not the one expected.
 * - `session-pending`: the session still has tasks to complete (`sts: 'pending'`).
 * - `token-revoked`: a machine token that was revoked.
 * - `jwks-unavailable`: the instance's JWKS could not be fetched (network, status, secret key).
 * - `verification-unavailable`: Clerk's verify endpoint for a machine token could not be reached or
 *   refused the secret key.
 */
export type TokenVerificationReason =
  | 'token-missing'
  | 'token-invalid'
  | 'token-type-not-accepted'
  | 'unsupported-algorithm'
  | 'invalid-signature'
  | 'unknown-kid'
  | 'token-expired'
  | 'token-not-active-yet'
  | 'token-issued-in-future'
  | 'unauthorized-party'
  | 'invalid-audience'
  | 'invalid-issuer'
  | 'session-pending'
  | 'token-revoked'
  | 'jwks-unavailable'
  | 'verification-unavailable';

/**
 * A token was not accepted. `reason` says why, with the same codes a signed-out request state
 * carries. Neither the message nor any other field holds the token.
 *
 * @example
 * ```ts
 * try { await verifyToken(token, { jwtKey }); }
 * catch (err) { if (err instanceof TokenVerificationError && err.reason === 'token-expired') refresh(); }
 * ```
 */
export class TokenVerificationError extends ClerkError {
  override name = 'TokenVerificationError';
  readonly reason: TokenVerificationReason;

  constructor(reason: TokenVerificationReason, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/**
 * Why a webhook delivery was refused:
 * - `missing-header`: no `svix-id`, `svix-timestamp` or `svix-signature` (nor their `webhook-*` names);
 * - `invalid-header`: a header is there but malformed (a timestamp that is not a whole number of
 *   seconds, one header sent twice with two values);
 * - `timestamp-outside-tolerance`: the delivery was signed too long ago, or too far in the future;
 * - `invalid-signature`: no `v1` signature in the header matches the body with any of the secrets;
 * - `body-not-raw`: the body was parsed or read before it reached the verifier;
 * - `body-not-json`: correctly signed, but not the JSON of an event.
 */
export type WebhookVerificationReason =
  | 'missing-header'
  | 'invalid-header'
  | 'timestamp-outside-tolerance'
  | 'invalid-signature'
  | 'body-not-raw'
  | 'body-not-json';

/**
 * A webhook delivery did not pass verification: answer it with a 4xx and do not act on it. The
 * message says what was wrong; neither it nor any other field carries the signing secret.
 *
 * @example
 * ```ts
 * try { event = await verifyWebhook(body, headers); }
 * catch (error) {
 *   if (error instanceof WebhookVerificationError) return new Response(error.reason, { status: 400 });
 *   throw error;
 * }
 * ```
 */
export class WebhookVerificationError extends ClerkError {
  override name = 'WebhookVerificationError';
  readonly reason: WebhookVerificationReason;
  /** The delivery's `svix-id` (or `webhook-id`) when it had one: the same for every retry of a delivery. */
  readonly webhookId: string | undefined;

  constructor(reason: WebhookVerificationReason, message: string, webhookId?: string) {
    super(message);
    this.reason = reason;
    this.webhookId = webhookId;
  }
}
