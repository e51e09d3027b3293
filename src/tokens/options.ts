import { readEnv } from '../core/env.js';
import { ClerkValidationError } from '../core/errors.js';

/** The kinds of token a request can carry. */
export type TokenType = 'session_token' | 'api_key' | 'm2m_token' | 'oauth_token';

const TOKEN_TYPES: readonly TokenType[] = ['session_token', 'api_key', 'm2m_token', 'oauth_token'];

/** Which tokens a request may carry: one type, a list, or `'any'`. */
export type AcceptsToken = TokenType | readonly TokenType[] | 'any';

/** The token types an {@link AcceptsToken} value lets through. */
export type AcceptedTokenType<A extends AcceptsToken> = A extends 'any'
  ? TokenType
  : A extends readonly (infer T extends TokenType)[]
    ? T
    : A extends TokenType
      ? A
      : never;

/** The checks every verification applies. Every field is optional. */
export interface TokenCheckOptions {
  /**
   * The instance's public key in PEM form (Dashboard → API keys → JWKS public key). With it,
   * verification needs no request to Clerk; without it the keys come from the instance's JWKS.
   * @default process.env.CLERK_JWT_KEY
   * @example '-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqh…\n-----END PUBLIC KEY-----'
   */
  jwtKey?: string;
  /**
   * The origins a session token may come from (its `azp` claim). When set, a token whose `azp` is
   * missing or not listed is refused: set it in production, it stops tokens minted for another site.
   * @default no check
   * @example ['https://app.example.com']
   */
  authorizedParties?: readonly string[];
  /**
   * The audience the token must name in `aud` (one of them, when a list). A token without `aud`
   * is refused when this is set.
   * @default no check
   * @example 'https://api.example.com'
   */
  audience?: string | readonly string[];
  /**
   * The issuer a session token must name in `iss`: the instance's Frontend API URL.
   * @default derived from `publishableKey` when there is one; else no check
   * @example 'https://clerk.example.com'
   */
  issuer?: string | readonly string[];
  /**
   * The instance's publishable key (`pk_live_…` / `pk_test_…`). It encodes the Frontend API host,
   * which gives the issuer to check when `issuer` is not set.
   * @default process.env.CLERK_PUBLISHABLE_KEY
   * @example 'pk_live_Y2xlcmsuZXhhbXBsZS5jb20k'
   */
  publishableKey?: string;
  /**
   * Milliseconds of difference allowed between this server's clock and Clerk's when checking
   * `exp`, `nbf` and `iat`.
   * @default 5000
   */
  clockSkewInMs?: number;
}

/** Options of the standalone {@link verifyToken}: the checks, and where the keys come from. */
export interface VerifyTokenOptions extends TokenCheckOptions {
  /**
   * The secret key that fetches the instance's JWKS (`GET /v1/jwks`) when there is no `jwtKey`,
   * and verifies opaque machine tokens.
   * @default process.env.CLERK_SECRET_KEY
   */
  secretKey?: string;
  /**
   * The Backend API's origin, for the JWKS and machine-token requests.
   * @default process.env.CLERK_API_URL ?? 'https://api.clerk.com'
   */
  apiUrl?: string;
}

/** What {@link authenticateRequest} adds to the checks. */
export interface RequestCheckOptions<A extends AcceptsToken = 'session_token'> {
  /**
   * The token types the request may carry. Machine tokens (`api_key`, `m2m_token`,
   * `oauth_token`) are read from the `Authorization` header only, and need the secret key.
   * @default 'session_token'
   * @example ['session_token', 'api_key']
   */
  acceptsToken?: A;
  /**
   * Treat a session that still has tasks to complete (`sts: 'pending'`, for example choosing an
   * organization) as signed out, with reason `session-pending`.
   * @default true
   */
  treatPendingAsSignedOut?: boolean;
}

/** Options of the standalone {@link authenticateRequest}. */
export interface AuthenticateRequestOptions<A extends AcceptsToken = 'session_token'>
  extends VerifyTokenOptions,
    RequestCheckOptions<A> {}

/** Options of `clerk.authenticateRequest()`: the client brings its own secret key and API URL. */
export interface ClientAuthenticateRequestOptions<A extends AcceptsToken = 'session_token'>
  extends TokenCheckOptions,
    RequestCheckOptions<A> {}

export const DEFAULT_CLOCK_SKEW_MS = 5_000;

/** The checks of one call, validated, with defaults and environment variables applied. */
export interface ResolvedChecks {
  readonly jwtKey: string | undefined;
  readonly authorizedParties: readonly string[];
  readonly audiences: readonly string[];
  readonly issuers: readonly string[];
  readonly clockSkewMs: number;
}

export function resolveChecks(options: TokenCheckOptions | undefined): ResolvedChecks {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new ClerkValidationError('The verification options must be an object.');
  }
  const opts = options ?? {};
  const clockSkewMs = opts.clockSkewInMs ?? DEFAULT_CLOCK_SKEW_MS;
  if (typeof clockSkewMs !== 'number' || !Number.isFinite(clockSkewMs) || clockSkewMs < 0) {
    throw new ClerkValidationError('`clockSkewInMs` must be a number of milliseconds, 0 or more.');
  }
  const jwtKey = opts.jwtKey ?? readEnv('CLERK_JWT_KEY');
  if (jwtKey !== undefined && (typeof jwtKey !== 'string' || jwtKey.trim() === '')) {
    throw new ClerkValidationError('`jwtKey` must be the PEM public key, a non-empty string.');
  }
  const authorizedParties = stringList(opts.authorizedParties, 'authorizedParties');
  const audiences = stringList(opts.audience, 'audience');
  let issuers = stringList(opts.issuer, 'issuer');
  if (issuers.length === 0) {
    const publishableKey = opts.publishableKey ?? readEnv('CLERK_PUBLISHABLE_KEY');
    if (publishableKey !== undefined) issuers = [issuerFromPublishableKey(publishableKey)];
  }
  return { jwtKey, authorizedParties, audiences, issuers, clockSkewMs };
}

function stringList(value: string | readonly string[] | undefined, name: string): readonly string[] {
  if (value === undefined) return [];
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item !== '')) {
    throw new ClerkValidationError(`\`${name}\` must be a non-empty string or a list of them.`);
  }
  return list;
}

let lastPublishableKey: { key: string; issuer: string } | undefined;

/**
 * A publishable key is `pk_test_` or `pk_live_` followed by the base64 of the Frontend API host and
 * a `$`; the session tokens of that instance carry `https://<host>` as their issuer.
 */
export function issuerFromPublishableKey(publishableKey: string): string {
  if (lastPublishableKey?.key === publishableKey) return lastPublishableKey.issuer;
  const match = typeof publishableKey === 'string' ? /^pk_(?:test|live)_([A-Za-z0-9+/=_-]+)$/.exec(publishableKey) : null;
  let host: string | undefined;
  if (match) {
    try {
      const decoded = atob(match[1]!.replace(/-/g, '+').replace(/_/g, '/'));
      if (decoded.endsWith('$')) host = decoded.slice(0, -1);
    } catch {
      host = undefined;
    }
  }
  if (!host || !/^[A-Za-z0-9.-]+(?::\d+)?$/.test(host)) {
    throw new ClerkValidationError(
      '`publishableKey` is not a Clerk publishable key (`pk_test_…` or `pk_live_…`, from the Dashboard).',
    );
  }
  const issuer = `https://${host}`;
  lastPublishableKey = { key: publishableKey, issuer };
  return issuer;
}

/** The accepted token types of one call, validated. */
export function resolveAccepted(acceptsToken: AcceptsToken | undefined): ReadonlySet<TokenType> {
  if (acceptsToken === undefined) return new Set(['session_token']);
  if (acceptsToken === 'any') return new Set(TOKEN_TYPES);
  const list: readonly unknown[] = typeof acceptsToken === 'string' ? [acceptsToken] : acceptsToken;
  if (!Array.isArray(list) || list.length === 0 || !list.every((type) => TOKEN_TYPES.includes(type as TokenType))) {
    throw new ClerkValidationError(
      `\`acceptsToken\` must be 'any', or one or more of ${TOKEN_TYPES.map((type) => `'${type}'`).join(', ')}.`,
    );
  }
  return new Set(list as TokenType[]);
}
