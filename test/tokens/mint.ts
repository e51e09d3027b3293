/**
 * Keys and tokens made in the tests: RSA key pairs generated here, tokens signed with jose the way
 * Clerk signs them (RS256, `kid`, Clerk's session category), with any claim or header changed.
 */
import { exportJWK, exportSPKI, generateKeyPair, SignJWT, type JWTHeaderParameters } from 'jose';

export const AZP = 'https://app.example.com';
export const ISSUER = 'https://clerk.example.com';
/** A publishable key whose Frontend API host is clerk.example.com. */
export const PUBLISHABLE_KEY = `pk_live_${btoa('clerk.example.com$')}`;
export const SESSION_CATEGORY = 'cl_B7d4PD111AAA';
export const M2M_CATEGORY = 'cl_B7d4PD333AAA';

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  pem: string;
  /** The public key as Clerk's JWKS lists it (snake_case wire form). */
  jwk: Record<string, unknown>;
}

export async function makeKey(kid = `ins_${Math.random().toString(36).slice(2, 10)}`): Promise<TestKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  return { kid, privateKey, publicKey, pem: await exportSPKI(publicKey), jwk };
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The claims of a fresh version-2 session token for user_1, issued to {@link AZP} by {@link ISSUER}. */
export function sessionClaims(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const now = nowSeconds();
  return { sub: 'user_1', sid: 'sess_1', azp: AZP, iss: ISSUER, iat: now, nbf: now - 10, exp: now + 60, v: 2, sts: 'active', fva: [3, -1], ...overrides };
}

export interface MintOptions {
  header?: Partial<JWTHeaderParameters> & Record<string, unknown>;
  /** Remove these claims after the overrides are applied. */
  without?: string[];
}

export async function mint(key: TestKey, claims: Record<string, unknown>, options: MintOptions = {}): Promise<string> {
  const payload = { ...claims };
  for (const claim of options.without ?? []) delete payload[claim];
  return new SignJWT(payload)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT', cat: SESSION_CATEGORY, ...options.header })
    .sign(key.privateKey);
}

export async function mintSession(key: TestKey, overrides: Record<string, unknown> = {}, options: MintOptions = {}): Promise<string> {
  return mint(key, sessionClaims(overrides), options);
}

/** Base64url of a JSON value, for hand-made (unsigned or re-signed) tokens. */
export function b64url(value: unknown): string {
  return Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');
}

/** A token with exactly this header and payload, RS256-signed by the key (no library checks on the header). */
export async function signRaw(key: TestKey, header: Record<string, unknown>, payload: Record<string, unknown>, hash = 'sha256'): Promise<string> {
  const { KeyObject, sign } = await import('node:crypto');
  const signedPart = `${b64url(header)}.${b64url(payload)}`;
  return `${signedPart}.${sign(hash, Buffer.from(signedPart), KeyObject.from(key.privateKey)).toString('base64url')}`;
}
