import { describe, expect, it } from 'vitest';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

describe('clerk.oauthAccessTokens', () => {
  it('verify sends access_token and returns the answer as data', async () => {
    api().post('/oauth_applications/access_tokens/verify', { access_token: 'oat_x' }).reply(200, { active: false });
    expect(await strict().oauthAccessTokens.verify({ accessToken: 'oat_x' })).toEqual({ active: false });
  });
});
