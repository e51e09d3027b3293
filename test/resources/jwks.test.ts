import { describe, expect, it } from 'vitest';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

describe('clerk.jwks', () => {
  it('jwks.get answers the key set', async () => {
    api()
      .get('/jwks')
      .reply(200, { keys: [{ kid: 'ins_1', alg: 'RS256', use: 'sig', kty: 'RSA', n: 'sXch', e: 'AQAB' }] });
    const { keys } = await strict().jwks.get();
    expect(keys?.[0]).toMatchObject({ kid: 'ins_1', kty: 'RSA' });
  });
});
