import { inspect } from 'node:util';
import { Webhook } from 'standardwebhooks';
import { expect } from 'vitest';
import { camelCase } from '../../src/core/casing.js';
import { specExample } from './events.js';

/** Secrets shaped like the Dashboard's (24 random bytes, base64), made for these tests. */
export const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
export const NEXT_SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';
export const OTHER_SECRET = 'whsec_Gp3PkKbcFUBxTn1nOFS5SmFgWF1uoUw9';

/**
 * A user.created delivery as Clerk sends it (the spec's example, with a user of our own):
 * snake_case, metadata keys as the app wrote them.
 */
export const userCreated = {
  type: 'user.created',
  object: 'event',
  timestamp: 1716883200,
  instance_id: 'ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S',
  event_attributes: { http_request: { client_ip: '203.0.113.7', user_agent: 'Mozilla/5.0 (Ada’s laptop)' } },
  data: {
    ...specExample('user.created').data,
    id: 'user_29w83sxmDNGwOuEthce5gg56FcC',
    first_name: 'Zoë',
    last_name: 'Łukasiewicz',
    public_metadata: { plan_tier: 'pro', 'Odd Key': true },
  },
};
export const userCreatedBody = JSON.stringify(userCreated);
/** Its data as an event carries it: keys camelCased (the nested values here need none), metadata as sent. */
export const userCreatedData = Object.fromEntries(Object.entries(userCreated.data).map(([key, value]) => [camelCase(key), value]));

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/** What the reference implementation signs: the `v1,…` entry for one secret. */
export function referenceSignature(secret: string, id: string, timestamp: number, body: string): string {
  return new Webhook(secret).sign(id, new Date(timestamp * 1000), body);
}

/** Headers signed by the reference implementation, under the names Clerk sends. */
export function referenceHeaders(secret: string, body: string, id = 'msg_2kZ1ycHdTQ8R0f4bWvHNb7Vqk3a', timestamp = nowSeconds()) {
  return { 'svix-id': id, 'svix-timestamp': String(timestamp), 'svix-signature': referenceSignature(secret, id, timestamp, body) };
}

/** `svix-*` headers renamed to the Standard Webhooks names. */
export function standardNames(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.replace(/^svix-/, 'webhook-'), value]));
}

/** Every way an error can be printed or serialised: none may contain a secret or its key part. */
export function expectNoSecretIn(error: unknown, secrets: string[]): void {
  const renderings = [String(error), (error as Error)?.stack ?? '', inspect(error, { showHidden: true, depth: Infinity }), JSON.stringify(error) ?? ''];
  for (const secret of secrets) {
    for (const text of renderings) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(secret.replace(/^whsec_/, ''));
    }
  }
}

/** What the promise rejected with; fails the test if it resolved. */
export async function rejection(promise: Promise<unknown>): Promise<Error & { reason?: string; webhookId?: string }> {
  try {
    await promise;
  } catch (error) {
    return error as Error & { reason?: string };
  }
  throw new Error('expected a rejection, but the promise resolved');
}
