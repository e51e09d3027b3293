import { ClerkApiError, ClerkError, TokenVerificationError } from '../core/errors.js';
import type { ApiKey, MachineToMachineToken, VerifyOauthAccessTokenResponse } from '../generated/types.js';
import { decodeJwt, JWT_CATEGORY, MAX_TOKEN_LENGTH, OAUTH_JWT_TYPES, type DecodedJwt, type JwtPayload } from './jwt.js';
import type { Jose } from './keys.js';
import type { TokenType } from './options.js';

/** Who an API key stands for: a user, an organization or a machine (`subject`). */
export interface ApiKeyAuth {
  readonly tokenType: 'api_key';
  /** The API key's id (`ak_…` is the secret; this is its record id). */
  readonly id: string;
  readonly name: string;
  /** The user, organization or machine the key was issued to. */
  readonly subject: string;
  /** `subject` when it is a user (`user_…`), else `null`. */
  readonly userId: string | null;
  /** `subject` when it is an organization (`org_…`), else `null`. */
  readonly orgId: string | null;
  readonly scopes: readonly string[];
  /** The custom claims set on the key, as written. */
  readonly claims: Readonly<Record<string, unknown>> | null;
}

/** Which machine a machine-to-machine token stands for. */
export interface M2mTokenAuth {
  readonly tokenType: 'm2m_token';
  readonly id: string;
  /** The machine (`mch_…`) that presented the token. */
  readonly subject: string;
  /** The same as `subject`. */
  readonly machineId: string;
  readonly scopes: readonly string[];
  /** The custom claims of the token, as written. */
  readonly claims: Readonly<Record<string, unknown>> | null;
}

/** Which user an OAuth access token stands for, and which OAuth application holds it. */
export interface OauthTokenAuth {
  readonly tokenType: 'oauth_token';
  readonly id: string;
  /** The user who granted the access. */
  readonly subject: string;
  /** The same as `subject`. */
  readonly userId: string;
  /** The OAuth application's client id. */
  readonly clientId: string;
  readonly scopes: readonly string[];
}

/** The results of Clerk's verify endpoints, as far as they are read. */
export type ApiKeyRecord = Pick<ApiKey, 'id' | 'name' | 'subject' | 'scopes' | 'claims' | 'revoked' | 'expired'>;
export type M2mTokenRecord = Pick<MachineToMachineToken, 'id' | 'subject' | 'scopes' | 'claims' | 'revoked' | 'expired'>;
export type OauthTokenRecord = VerifyOauthAccessTokenResponse;

const PREFIXES: ReadonlyArray<readonly [string, TokenType]> = [
  ['ak_', 'api_key'],
  ['mt_', 'm2m_token'],
  ['oat_', 'oauth_token'],
];

export interface ClassifiedToken {
  readonly type: TokenType;
  /** The decoded JWT, for a token in JWT form; opaque tokens have none. */
  readonly jwt?: DecodedJwt;
}

/**
 * What a presented token is, before anything in it is trusted: an opaque machine token by its
 * prefix, else a JWT by its header and subject (an OAuth access token has `typ: at+jwt`, an M2M
 * token Clerk's M2M category or a machine subject).
 */
export function classifyToken(jose: Jose, token: string): ClassifiedToken {
  const prefixed = PREFIXES.find(([prefix]) => token.startsWith(prefix));
  if (prefixed) {
    if (token.length > MAX_TOKEN_LENGTH || !/^[\x21-\x7e]+$/.test(token)) {
      throw new TokenVerificationError('token-invalid', 'The token has characters or a length no Clerk machine token has.');
    }
    return { type: prefixed[1] };
  }
  const jwt = decodeJwt(jose, token);
  return { type: jwtType(jwt), jwt };
}

export function jwtType(jwt: DecodedJwt): TokenType {
  const { cat, typ } = jwt.header;
  if (OAUTH_JWT_TYPES.includes(typ as string)) return 'oauth_token';
  if (cat === JWT_CATEGORY.m2m || (typeof jwt.payload.sub === 'string' && jwt.payload.sub.startsWith('mch_'))) return 'm2m_token';
  if (cat === undefined || cat === JWT_CATEGORY.session || cat === JWT_CATEGORY.ignore) return 'session_token';
  throw new TokenVerificationError('token-invalid', 'The JWT is of a category (cat) that is not a session, M2M or OAuth token.');
}

export const TOKEN_LABELS: Readonly<Record<TokenType, string>> = {
  session_token: 'session token',
  api_key: 'API key',
  m2m_token: 'M2M token',
  oauth_token: 'OAuth access token',
};

/** The label with its article, for a sentence. */
export function aToken(type: TokenType): string {
  return `${type === 'session_token' ? 'a' : 'an'} ${TOKEN_LABELS[type]}`;
}

/**
 * What a failed call to a verify endpoint means: Clerk not knowing the token is an invalid token;
 * a refused secret key, a network failure or a 5xx mean it could not be checked.
 */
export function verifyCallFailure(error: unknown, type: TokenType): TokenVerificationError {
  const label = TOKEN_LABELS[type];
  if (error instanceof ClerkApiError && [400, 404, 410, 422].includes(error.status)) {
    return new TokenVerificationError('token-invalid', `Clerk does not accept this ${label} (${error.status}: ${error.message}).`, { cause: error });
  }
  if (error instanceof ClerkApiError && (error.status === 401 || error.status === 403)) {
    return new TokenVerificationError(
      'verification-unavailable',
      `Clerk refused the secret key while verifying the ${label} (${error.status}: ${error.message}).`,
      { cause: error },
    );
  }
  if (error instanceof ClerkError) {
    return new TokenVerificationError('verification-unavailable', `The ${label} could not be verified: ${error.message}`, { cause: error });
  }
  throw error;
}

function checkStatus(record: { revoked?: unknown; expired?: unknown }, type: TokenType): void {
  if (record.revoked === true) throw new TokenVerificationError('token-revoked', `The ${TOKEN_LABELS[type]} was revoked.`);
  if (record.expired === true) throw new TokenVerificationError('token-expired', `The ${TOKEN_LABELS[type]} has expired.`);
}

export function apiKeyAuth(record: ApiKeyRecord): ApiKeyAuth {
  checkStatus(record, 'api_key');
  const subject = record.subject;
  return {
    tokenType: 'api_key',
    id: record.id,
    name: record.name,
    subject,
    userId: subject.startsWith('user_') ? subject : null,
    orgId: subject.startsWith('org_') ? subject : null,
    scopes: record.scopes ?? [],
    claims: asClaims(record.claims),
  };
}

export function m2mRecordAuth(record: M2mTokenRecord): M2mTokenAuth {
  checkStatus(record, 'm2m_token');
  return {
    tokenType: 'm2m_token',
    id: record.id,
    subject: record.subject,
    machineId: record.subject,
    scopes: record.scopes ?? [],
    claims: asClaims(record.claims),
  };
}

export function oauthRecordAuth(record: OauthTokenRecord): OauthTokenAuth {
  if (!('object' in record)) throw new TokenVerificationError('token-invalid', 'Clerk does not accept this OAuth access token (inactive).');
  checkStatus(record, 'oauth_token');
  return {
    tokenType: 'oauth_token',
    id: record.id,
    subject: record.subject,
    userId: record.subject,
    clientId: record.clientId,
    scopes: record.scopes ?? [],
  };
}

/** Registered claims of an M2M JWT; the rest are its custom claims. */
const M2M_REGISTERED = new Set(['iss', 'sub', 'exp', 'nbf', 'iat', 'jti', 'aud', 'scopes']);

export function m2mJwtAuth(payload: JwtPayload): M2mTokenAuth {
  const subject = payload.sub;
  if (typeof subject !== 'string' || !subject.startsWith('mch_')) {
    throw new TokenVerificationError('token-invalid', 'The M2M token has no machine subject (sub).');
  }
  const scopes =
    typeof payload.scopes === 'string' ? payload.scopes.split(' ').filter(Boolean) : stringArray(payload.aud) ?? [];
  const custom = Object.fromEntries(Object.entries(payload).filter(([claim]) => !M2M_REGISTERED.has(claim)));
  return {
    tokenType: 'm2m_token',
    id: typeof payload.jti === 'string' ? payload.jti : '',
    subject,
    machineId: subject,
    scopes,
    claims: Object.keys(custom).length > 0 ? custom : null,
  };
}

export function oauthJwtAuth(payload: JwtPayload): OauthTokenAuth {
  if (typeof payload.sub !== 'string' || payload.sub === '') {
    throw new TokenVerificationError('token-invalid', 'The OAuth access token has no subject (sub).');
  }
  const scopes = stringArray(payload.scp) ?? (typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : []);
  return {
    tokenType: 'oauth_token',
    id: typeof payload.jti === 'string' ? payload.jti : '',
    subject: payload.sub,
    userId: payload.sub,
    clientId: typeof payload.client_id === 'string' ? payload.client_id : '',
    scopes,
  };
}

function stringArray(value: unknown): string[] | undefined {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
}

function asClaims(value: unknown): Readonly<Record<string, unknown>> | null {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}
