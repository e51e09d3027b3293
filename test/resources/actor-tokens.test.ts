import { describe, expect, it } from 'vitest';
import { ActorToken } from '../../src/index.js';
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

describe('clerk.actorTokens', () => {
  it('an actor token record revokes itself in place; the actor is passed through', async () => {
    api()
      .post('/actor_tokens', { user_id: 'user_1', actor: { sub: 'user_admin', support_ticket: 'T-1' } })
      .reply(200, tokenJson('actor_token', 'act_1'));
    const token = await strict().actorTokens.create({ userId: 'user_1', actor: { sub: 'user_admin', support_ticket: 'T-1' } });
    expect(token).toBeInstanceOf(ActorToken);
    api().post('/actor_tokens/act_1/revoke').reply(200, tokenJson('actor_token', 'act_1', 'revoked'));
    await token.revoke();
    expect(token.status).toBe('revoked');
  });
});
