/** Compact RS256 JWTs, signed with the process's key: session tokens, template tokens, M2M JWTs. */
import { ensureSigningKey } from './keys.js';

const encoder = new TextEncoder();

export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (let index = 0; index < bytes.length; index += 0x8000) binary += String.fromCharCode(...bytes.subarray(index, index + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function encodePart(value: Record<string, unknown>): string {
  return base64url(encoder.encode(JSON.stringify(value)));
}

export async function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>): Promise<string> {
  const key = await ensureSigningKey();
  const signed = `${encodePart({ alg: 'RS256', typ: 'JWT', ...header })}.${encodePart(payload)}`;
  return `${signed}.${base64url(await key.sign(encoder.encode(signed)))}`;
}

/** The `cat` header of Clerk's JWTs, by kind of token. */
export const JWT_CATEGORY = { session: 'cl_B7d4PD111AAA', m2m: 'cl_B7d4PD333AAA' } as const;
