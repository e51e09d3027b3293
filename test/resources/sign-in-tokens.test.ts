import { describe, expect, it } from 'vitest';
import { SignInToken } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format objects, shaped as Clerk's spec describes them.

const tokenJson = (object: 'sign_in_token' | 'actor_token', id: string, status = 'pending') => ({
  object,
  id,
  status,
  user_id: 'user_1',
  ...(object === 'actor_token' ? { actor: { sub: 'user_admin' } } : {}),
  token: 'tok_secret',
  url: `https://accounts.example.com/ticket?t=${id}`,
  created_at: 1,
  updated_at: status === 'pending' ? 1 : 2,
});

describe('clerk.signInTokens', () => {
  it('a sign-in token record revokes itself in place', async () => {
    api().post('/sign_in_tokens', { user_id: 'user_1', expires_in_seconds: 600 }).reply(200, tokenJson('sign_in_token', 'sit_1'));
    const token = await strict().signInTokens.create({ userId: 'user_1', expiresInSeconds: 600 });
    expect(token).toBeInstanceOf(SignInToken);
    expect(token.url).toContain('sit_1');
    api().post('/sign_in_tokens/sit_1/revoke').reply(200, tokenJson('sign_in_token', 'sit_1', 'revoked'));
    expect(await token.revoke()).toBe(token);
    expect(token.status).toBe('revoked');
  });
});
