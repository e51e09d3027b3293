/**
 * The signature scheme of Clerk's webhooks (Svix, published as Standard Webhooks): the signature is
 * HMAC-SHA256, keyed with the signing secret, over `${id}.${timestamp}.${body}`, base64-encoded and
 * sent as `v1,<signature>`. The header may hold several space-separated entries (Svix signs with the
 * old and the new secret during a rotation); one matching `v1` entry is enough, other versions are
 * skipped.
 *
 * Which HMAC implementation: measured on this project's machine (2 cores, bodies of 0.3 / 3 / 30 KB,
 * µs per signature, one at a time):
 *
 *   Node 20   node:crypto createHmac 8 / 10 / 41,  WebCrypto (key imported once) 51 / 55 / 135,
 *             standardwebhooks' pure-JS SHA-256 (what the peer uses) 21 / 61 / 553
 *   Bun 1.4   node:crypto 4 / 9 / 52,   WebCrypto 53 / 53 / 124
 *   Deno 2.9  node:crypto 28 / 18 / 39, WebCrypto 35 / 40 / 71
 *
 * WebCrypto's `subtle.sign` hands each call to a worker thread and back, which costs more than the
 * hashing of a webhook-sized body; a pure-JS hash runs everywhere but grows slow with the body. So
 * node:crypto's `createHmac` is used where the runtime offers it without an import
 * (`process.getBuiltinModule`: Node 20.16+, Bun, Deno, Workers with nodejs_compat), and WebCrypto,
 * which every runtime has, everywhere else. There is no `import 'node:crypto'`, so bundlers for
 * edge runtimes never see one.
 */
import type { SigningKey } from './secret.js';

/** HMAC-SHA256 of `prefix` then `body` (UTF-8 when a string), base64. */
export type Hmac = (key: SigningKey, prefix: string, body: string | Uint8Array) => string | Promise<string>;

interface NodeHmac {
  update(data: string | Uint8Array): NodeHmac;
  digest(encoding: 'base64'): string;
}
interface NodeCrypto {
  createHmac(algorithm: 'sha256', key: Uint8Array): NodeHmac;
}
interface RuntimeScope {
  process?: { getBuiltinModule?: (id: string) => unknown };
}

const encoder = new TextEncoder();

/** HMAC through WebCrypto, with the key imported once per secret. */
export const webCryptoHmac: Hmac = async (key, prefix, body) => {
  key.webCryptoKey ??= crypto.subtle.importKey('raw', key.bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']).catch((error: unknown) => {
    key.webCryptoKey = undefined;
    throw error;
  });
  const data = typeof body === 'string' ? encoder.encode(prefix + body) : concat(encoder.encode(prefix), body);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await key.webCryptoKey, data));
  return btoa(String.fromCharCode(...mac));
};

/** HMAC through node:crypto's `createHmac`: no copy of the body, no hop to another thread. */
export function nodeCryptoHmac(nodeCrypto: NodeCrypto): Hmac {
  return (key, prefix, body) => nodeCrypto.createHmac('sha256', key.bytes).update(prefix).update(body).digest('base64');
}

/** node:crypto when `scope` offers it without an import, else WebCrypto. */
export function detectHmac(scope: RuntimeScope = globalThis as RuntimeScope): Hmac {
  let nodeCrypto: unknown;
  try {
    nodeCrypto = scope.process?.getBuiltinModule?.('node:crypto');
  } catch {
    nodeCrypto = undefined;
  }
  return typeof (nodeCrypto as Partial<NodeCrypto> | undefined)?.createHmac === 'function' ? nodeCryptoHmac(nodeCrypto as NodeCrypto) : webCryptoHmac;
}

let runtimeHmac: Hmac | undefined;

/** The implementation for this runtime, chosen on first use. */
export function defaultHmac(): Hmac {
  return (runtimeHmac ??= detectHmac());
}

/** What is signed before the body. `timestamp` is in whole seconds. */
export function signedPrefix(id: string, timestamp: number): string {
  return `${id}.${timestamp}.`;
}

/** The `v1` signatures of a signature header; entries of other versions and empty ones are skipped. */
export function v1Signatures(header: string): string[] {
  const signatures: string[] = [];
  for (const entry of header.split(/\s+/)) {
    // Headers.get() joins a header sent twice with ", ": the comma then trails the entry before it.
    const [version, signature] = entry.replace(/,$/, '').split(',', 2);
    if (version === 'v1' && signature) signatures.push(signature);
  }
  return signatures;
}

/**
 * Whether `a` equals `b`, in a time that depends on their lengths only (a signature's length is
 * public), so that timing a refusal tells nothing about how much of a forged signature was right.
 */
export function equalInConstantTime(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index);
  return difference === 0;
}

function concat(head: Uint8Array, tail: Uint8Array): Uint8Array<ArrayBuffer> {
  const joined = new Uint8Array(head.length + tail.length);
  joined.set(head);
  joined.set(tail, head.length);
  return joined;
}
