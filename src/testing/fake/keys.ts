/**
 * The fake's signing key: RSA-2048 like Clerk's, made once per process on first use and shared by
 * every fake of the process (each signs with its own `kid`, its instance id). Generating an
 * RSA-2048 pair takes tens of milliseconds (bench/fake.mjs measures it), too much to pay for each
 * fake of a test suite.
 *
 * node:crypto generates synchronously, so `createFakeClerk` stays synchronous and `fake.jwtKey` is
 * a plain property. It is reached through `process.getBuiltinModule` (Node 20.16+, Bun, Deno), never
 * imported, so the module still loads where there is no node:crypto; there, the key comes from
 * WebCrypto, asynchronously, on the first token or JWKS request, and `jwtKey` is only readable after
 * one ({@link ensureSigningKey}).
 */
import { ClerkError } from '../../core/errors.js';

export interface SigningKey {
  /** The public key, SPKI in PEM form: what the Dashboard shows as the JWKS public key. */
  readonly pem: string;
  /** The public key's modulus and exponent, base64url, as a JWKS lists them. */
  readonly n: string;
  readonly e: string;
  sign(data: Uint8Array): Promise<Uint8Array>;
}

interface NodeCrypto {
  generateKeyPairSync(
    type: 'rsa',
    options: { modulusLength: number; publicKeyEncoding: { type: 'spki'; format: 'pem' }; privateKeyEncoding: { type: 'pkcs8'; format: 'pem' } },
  ): { publicKey: string; privateKey: string };
  createPublicKey(pem: string): { export(options: { format: 'jwk' }): { n?: string; e?: string } };
  createPrivateKey(pem: string): unknown;
  sign(algorithm: string, data: Uint8Array, key: unknown): Uint8Array;
}

let shared: SigningKey | undefined;
let pending: Promise<SigningKey> | undefined;

function nodeCrypto(): NodeCrypto | undefined {
  const scope = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  return scope.process?.getBuiltinModule?.('node:crypto') as NodeCrypto | undefined;
}

/** The process's key, made now if node:crypto can; undefined where only WebCrypto can make it. */
export function signingKeyNow(): SigningKey | undefined {
  if (shared) return shared;
  const crypto = nodeCrypto();
  if (!crypto) return undefined;
  const pair = crypto.generateKeyPairSync('rsa', {
    modulusLength: 2048,
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  const { n, e } = crypto.createPublicKey(pair.publicKey).export({ format: 'jwk' });
  const privateKey = crypto.createPrivateKey(pair.privateKey);
  shared = { pem: pair.publicKey, n: n!, e: e!, sign: async (data) => crypto.sign('sha256', data, privateKey) };
  return shared;
}

/** The process's key, from node:crypto or else WebCrypto. */
export function ensureSigningKey(): Promise<SigningKey> {
  const now = signingKeyNow();
  if (now) return Promise.resolve(now);
  pending ??= generateWithWebCrypto().then((key) => (shared = key));
  return pending;
}

/** `fake.jwtKey`: readable at once on runtimes with node:crypto, after the first token elsewhere. */
export function publicPem(): string {
  const key = signingKeyNow();
  if (key) return key.pem;
  throw new ClerkError('The fake has no signing key yet: this runtime lacks node:crypto, so it is made on the first createSessionToken() or GET /v1/jwks; await one of those first.');
}

async function generateWithWebCrypto(): Promise<SigningKey> {
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' };
  const pair = (await crypto.subtle.generateKey(algorithm, true, ['sign', 'verify'])) as CryptoKeyPair;
  const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
  const jwk = await crypto.subtle.exportKey('jwk', pair.publicKey);
  const base64 = btoa(String.fromCharCode(...spki));
  const pem = `-----BEGIN PUBLIC KEY-----\n${base64.match(/.{1,64}/g)!.join('\n')}\n-----END PUBLIC KEY-----\n`;
  return {
    pem,
    n: jwk.n!,
    e: jwk.e!,
    sign: async (data) => new Uint8Array(await crypto.subtle.sign('RSASSA-PKCS1-v1_5', pair.privateKey, data as Uint8Array<ArrayBuffer>)),
  };
}
