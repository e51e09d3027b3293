/**
 * Signing secrets: `whsec_` followed by the base64 of the HMAC key, as the Clerk Dashboard shows
 * them. A secret is decoded once and kept, with whatever key object the HMAC implementation builds
 * from it, so a process verifying thousands of deliveries decodes and imports each secret once.
 */
import { ClerkValidationError, describeValue } from '../core/errors.js';

const SECRET_PREFIX = 'whsec_';
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** Clerk's secrets hold 24 bytes; Standard Webhooks asks for 24 to 64. Below 16, it is a typo, not a key. */
const MIN_KEY_BYTES = 16;
/** Enough for every endpoint a multi-tenant app verifies for; past it the oldest secret is decoded again when used. */
const MAX_CACHED_SECRETS = 64;

/** One decoded secret. Module-internal: nothing public holds it, so it cannot be printed. */
export interface SigningKey {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** The WebCrypto key, imported on first use by the WebCrypto implementation. */
  webCryptoKey?: Promise<CryptoKey>;
}

const cache = new Map<string, SigningKey>();

/** The key of `secret`, decoded on first use; a malformed secret is a {@link ClerkValidationError} naming `path`, never the value. */
export function signingKey(secret: unknown, path: string): SigningKey {
  if (typeof secret === 'string') {
    const cached = cache.get(secret);
    if (cached !== undefined) return cached;
  }
  const key: SigningKey = { bytes: decodeSecret(secret, path) };
  if (cache.size >= MAX_CACHED_SECRETS) cache.delete(cache.keys().next().value as string);
  cache.set(secret as string, key);
  return key;
}

function decodeSecret(secret: unknown, path: string): Uint8Array<ArrayBuffer> {
  const refuse = (problem: string): never => {
    throw new ClerkValidationError(`${path}: ${problem}`, [{ path, message: problem }]);
  };
  if (typeof secret !== 'string') return refuse(`must be a webhook signing secret (a string), got ${describeValue(secret)}`);
  if (secret === '') return refuse('must not be empty');
  if (/^(sk|pk)_(test|live)_/.test(secret)) {
    return refuse(`is a Clerk ${secret.startsWith('sk') ? 'secret' : 'publishable'} key, not a webhook signing secret: use the endpoint's Signing Secret (whsec_…) from the Clerk Dashboard`);
  }
  const encoded = secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret;
  if (encoded === '' || !BASE64.test(encoded)) return refuse('is not a webhook signing secret: expected whsec_ followed by base64, as the Clerk Dashboard shows it');
  const binary = atob(encoded);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  if (bytes.length < MIN_KEY_BYTES) return refuse("is too short for a webhook signing secret (the Clerk Dashboard's are whsec_ followed by 32 characters)");
  return bytes;
}
