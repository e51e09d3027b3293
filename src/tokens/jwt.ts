import { TokenVerificationError } from '../core/errors.js';
import type { Jose } from './keys.js';
import type { ResolvedChecks } from './options.js';

/** The longest token read: a session token is far shorter (a cookie holds at most 4 KB). */
export const MAX_TOKEN_LENGTH = 16_384;

const JWT_FORM = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** The `cat` header Clerk puts on its JWTs: which kind of token it signed. */
export const JWT_CATEGORY = {
  session: 'cl_B7d4PD111AAA',
  m2m: 'cl_B7d4PD333AAA',
  ignore: 'cl_I7d4PD111III',
} as const;

/** The `typ` headers of OAuth access tokens in JWT form (RFC 9068). */
export const OAUTH_JWT_TYPES: readonly string[] = ['at+jwt', 'application/at+jwt'];

export interface JwtHeader {
  alg?: unknown;
  kid?: unknown;
  typ?: unknown;
  cat?: unknown;
  crit?: unknown;
  [parameter: string]: unknown;
}

/** The registered claims, as far as this library reads them; the payload keeps every claim as written. */
export interface JwtPayload {
  sub?: unknown;
  exp?: unknown;
  nbf?: unknown;
  iat?: unknown;
  iss?: unknown;
  aud?: unknown;
  azp?: unknown;
  jti?: unknown;
  [claim: string]: unknown;
}

export interface DecodedJwt {
  readonly header: JwtHeader;
  readonly payload: JwtPayload;
  /** `header.payload`, the bytes the signature covers. */
  readonly signedPart: string;
  readonly signature: string;
}

export function isJwtForm(token: string): boolean {
  return token.length <= MAX_TOKEN_LENGTH && JWT_FORM.test(token);
}

const textDecoder = new TextDecoder();
const textEncoder = new TextEncoder();

/** Splits and decodes a compact JWT without trusting anything in it yet. */
export function decodeJwt(jose: Jose, token: string): DecodedJwt {
  if (!isJwtForm(token)) {
    throw new TokenVerificationError(
      'token-invalid',
      token.length > MAX_TOKEN_LENGTH
        ? `The token is longer than ${MAX_TOKEN_LENGTH} characters.`
        : 'The token is not a JWT: three base64url parts separated by dots.',
    );
  }
  const first = token.indexOf('.');
  const second = token.indexOf('.', first + 1);
  const header = decodePart(jose, token.slice(0, first), 'header');
  const payload = decodePart(jose, token.slice(first + 1, second), 'payload');
  return { header, payload, signedPart: token.slice(0, second), signature: token.slice(second + 1) };
}

function decodePart(jose: Jose, part: string, name: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(textDecoder.decode(jose.base64url.decode(part)));
  } catch {
    value = undefined;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TokenVerificationError('token-invalid', `The JWT ${name} is not a base64url-encoded JSON object.`);
  }
  return value as Record<string, unknown>;
}

/**
 * Clerk signs with RS256 and nothing else. Refusing every other `alg` here is what stops
 * `alg: none` and HMAC tokens that use the public key as their secret; `crit` names extensions
 * this library does not implement, so such a token cannot be understood and is refused too.
 */
export function checkHeader(header: JwtHeader, allowedTypes: readonly (string | undefined)[]): void {
  if (header.alg !== 'RS256') {
    throw new TokenVerificationError(
      'unsupported-algorithm',
      `The JWT is signed with ${typeof header.alg === 'string' ? quote(header.alg) : 'no algorithm'}; Clerk tokens are signed with RS256.`,
    );
  }
  if (header.crit !== undefined) {
    throw new TokenVerificationError('token-invalid', 'The JWT header has critical extensions (`crit`) this library does not implement.');
  }
  if (!allowedTypes.includes(header.typ as string | undefined)) {
    throw new TokenVerificationError('token-invalid', `The JWT type (typ) ${quote(header.typ)} is not one this token can have.`);
  }
}

/**
 * Verifies the RS256 signature with WebCrypto directly: the key was imported once (by jose) and
 * is reused, which measured about 25% more verifications a second than jose's `compactVerify`
 * with the same key (bench/tokens.mjs).
 */
export async function checkSignature(jose: Jose, jwt: DecodedJwt, key: CryptoKey): Promise<void> {
  let valid = false;
  try {
    const signature = jose.base64url.decode(jwt.signature) as Uint8Array<ArrayBuffer>;
    valid = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, signature, textEncoder.encode(jwt.signedPart));
  } catch {
    valid = false;
  }
  if (!valid) throw new TokenVerificationError('invalid-signature', 'The JWT signature does not match the key.');
}

/**
 * `exp` (required), `nbf` and `iat` (when present) against the clock, with the allowed skew. A token
 * is expired from the millisecond `exp × 1000 + skew` is reached.
 */
export function checkTimes(payload: JwtPayload, clockSkewMs: number, now: number): void {
  const { exp, nbf, iat } = payload;
  if (!isTime(exp)) throw new TokenVerificationError('token-invalid', 'The JWT has no valid expiry (exp) claim.');
  if (nbf !== undefined && !isTime(nbf)) throw new TokenVerificationError('token-invalid', 'The JWT not-before (nbf) claim is not a number.');
  if (iat !== undefined && !isTime(iat)) throw new TokenVerificationError('token-invalid', 'The JWT issued-at (iat) claim is not a number.');
  if (exp * 1000 + clockSkewMs <= now) {
    throw new TokenVerificationError('token-expired', `The JWT expired at ${isoTime(exp)} (now ${new Date(now).toISOString()}, skew ${clockSkewMs} ms).`);
  }
  if (nbf !== undefined && nbf * 1000 - clockSkewMs > now) {
    throw new TokenVerificationError('token-not-active-yet', `The JWT is not valid before ${isoTime(nbf)} (now ${new Date(now).toISOString()}, skew ${clockSkewMs} ms).`);
  }
  if (iat !== undefined && iat * 1000 - clockSkewMs > now) {
    throw new TokenVerificationError('token-issued-in-future', `The JWT was issued in the future, at ${isoTime(iat)} (now ${new Date(now).toISOString()}, skew ${clockSkewMs} ms).`);
  }
}

/** A value from an unverified header, for a message: JSON, cut short. */
export function quote(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function isoTime(seconds: number): string {
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? String(seconds) : date.toISOString();
}

/** `aud` must name one of the expected audiences; a token without `aud` fails when one is expected. */
export function checkAudience(payload: JwtPayload, audiences: readonly string[]): void {
  if (audiences.length === 0) return;
  const aud = payload.aud;
  const named = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud.filter((item) => typeof item === 'string') : [];
  if (!named.some((item) => audiences.includes(item))) {
    throw new TokenVerificationError(
      'invalid-audience',
      `The JWT audience (aud) ${aud === undefined ? 'is missing' : `is ${JSON.stringify(aud)}`}; expected ${audiences.map((item) => JSON.stringify(item)).join(' or ')}.`,
    );
  }
}

/** The claims a session token must carry, and the checks that depend on the caller's options. */
export function checkSessionClaims(payload: JwtPayload, checks: ResolvedChecks): void {
  if (typeof payload.sub !== 'string' || payload.sub === '') {
    throw new TokenVerificationError('token-invalid', 'The JWT has no subject (sub) claim.');
  }
  if (checks.authorizedParties.length > 0) {
    const azp = payload.azp;
    if (typeof azp !== 'string' || !checks.authorizedParties.includes(azp)) {
      throw new TokenVerificationError(
        'unauthorized-party',
        `The JWT authorized party (azp) ${azp === undefined ? 'is missing' : `is ${JSON.stringify(azp)}`}; expected one of ${checks.authorizedParties.map((item) => JSON.stringify(item)).join(', ')}.`,
      );
    }
  }
  checkAudience(payload, checks.audiences);
  if (checks.issuers.length > 0 && !(typeof payload.iss === 'string' && checks.issuers.includes(payload.iss))) {
    throw new TokenVerificationError(
      'invalid-issuer',
      `The JWT issuer (iss) ${payload.iss === undefined ? 'is missing' : `is ${JSON.stringify(payload.iss)}`}; expected ${checks.issuers.map((item) => JSON.stringify(item)).join(' or ')}.`,
    );
  }
}
