import { Clerk, type ClerkOptions } from '../../src/index.js';
import { createFakeClerk, type FakeClerk, type FakeClerkOptions } from '../../src/testing/index.js';

/** A fake and a strict client talking to it in-process. */
export function fakeClerk(options: FakeClerkOptions = {}, clientOptions: ClerkOptions = {}): { fake: FakeClerk; clerk: Clerk } {
  const fake = createFakeClerk(options);
  const clerk = new Clerk({ secretKey: fake.secretKey, fetch: fake.fetch, strictResponses: true, maxRetries: 0, ...clientOptions });
  return { fake, clerk };
}

/** Resolves with what the promise rejected with; fails if it resolved. */
export async function failure(promise: PromiseLike<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected the call to fail');
}
