import { describe, expect, it } from 'vitest';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format objects, shaped as Clerk's spec describes them.

describe('clerk.testingTokens', () => {
  it('a testing token is plain data and takes no params', async () => {
    api().post('/testing_tokens').reply(200, { object: 'testing_token', token: 'tt_1', expires_at: 1700000000 });
    const clerk = strict();
    const token = await clerk.testingTokens.create();
    expect(token).toEqual({ object: 'testing_token', token: 'tt_1', expiresAt: 1700000000 });
    expect(Object.getPrototypeOf(token)).toBe(Object.prototype);
  });
});
