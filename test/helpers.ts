import { inspect } from 'node:util';
import nock from 'nock';
import { expect } from 'vitest';
import { Clerk, type ClerkOptions } from '../src/index.js';

export const API = 'https://api.clerk.test';
export const SECRET = 'sk_test_SECRET_must_never_leak_0123456789';

export function newClerk(options: ClerkOptions = {}): Clerk {
  return new Clerk({ secretKey: SECRET, apiUrl: API, ...options });
}

/** nock scope on the API's /v1 prefix, with the client's headers checked loosely. */
export function api(): nock.Scope {
  return nock(`${API}/v1`);
}

/** Every way an error can be printed or serialised: none of them may contain the secret key. */
export function expectNoSecret(error: unknown): void {
  const renderings = [
    String(error),
    (error as Error)?.message ?? '',
    (error as Error)?.stack ?? '',
    inspect(error, { showHidden: true, depth: Infinity }),
    JSON.stringify(error) ?? '',
  ];
  for (const text of renderings) expect(text).not.toContain(SECRET);
}

/** Resolves with what the promise rejected with; fails if it resolved. */
export async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the promise to reject');
}
