import { ClerkValidationError } from '../core/errors.js';
import { lazy } from '../core/lazy.js';

export type Jose = typeof import('jose');

/** jose loads on the first verification: applications that only call the Backend API never load it. */
const joseModule = lazy<Jose>(() => import('jose'));

/** jose, handed out without a promise once loaded. */
export function loadJose(): Jose | Promise<Jose> {
  return joseModule.loaded ?? joseModule();
}

/** The public keys imported from PEM, by PEM text: importing costs more than a verification. */
const pemKeys = new Map<string, Promise<CryptoKey>>();
const MAX_PEM_KEYS = 16;

/**
 * The `CryptoKey` of a PEM public key, imported once. The text may come from an environment
 * variable with its line breaks written as `\n`, or without its BEGIN/END lines.
 */
export function importPemKey(pem: string): Promise<CryptoKey> {
  let key = pemKeys.get(pem);
  if (!key) {
    if (pemKeys.size >= MAX_PEM_KEYS) pemKeys.delete(pemKeys.keys().next().value!);
    key = importPem(pem);
    pemKeys.set(pem, key);
    key.catch(() => pemKeys.delete(pem));
  }
  return key;
}

async function importPem(pem: string): Promise<CryptoKey> {
  const body = pem
    .replace(/\\n/g, '\n')
    .replace(/-----(?:BEGIN|END) (?:RSA )?PUBLIC KEY-----/g, '')
    .replace(/\s+/g, '');
  const invalid = () =>
    new ClerkValidationError('`jwtKey` is not an RSA public key in PEM form (Dashboard → API keys → JWKS public key).');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(body)) throw invalid();
  const normalized = `-----BEGIN PUBLIC KEY-----\n${body.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----`;
  try {
    return await (await loadJose()).importSPKI(normalized, 'RS256');
  } catch {
    throw invalid();
  }
}

/** The JWK fields that matter for an RSA signing key; the JWKS answer has more. */
export interface RsaJwk {
  kid?: string | undefined;
  kty?: string | undefined;
  alg?: string | undefined;
  use?: string | undefined;
  n?: string | undefined;
  e?: string | undefined;
}

/**
 * The RS256 verification keys of a JWKS, by `kid`. Keys of another type or use are skipped, and
 * only the public parameters are imported.
 */
export async function importJwks(keys: readonly RsaJwk[]): Promise<Map<string, CryptoKey>> {
  const { importJWK } = await loadJose();
  const usable = keys.filter(
    (key) =>
      typeof key.kid === 'string' &&
      key.kty === 'RSA' &&
      (key.alg === undefined || key.alg === 'RS256') &&
      (key.use === undefined || key.use === 'sig') &&
      typeof key.n === 'string' &&
      typeof key.e === 'string',
  );
  const imported = await Promise.all(
    usable.map(async (key) => {
      try {
        const cryptoKey = await importJWK({ kty: 'RSA', n: key.n, e: key.e, alg: 'RS256', ext: false }, 'RS256');
        return [key.kid!, cryptoKey as CryptoKey] as const;
      } catch {
        return undefined;
      }
    }),
  );
  return new Map(imported.filter((entry) => entry !== undefined));
}
