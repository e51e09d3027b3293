import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, M2mToken } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

const MCH_A = 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk';

const MCH_B = 'mch_2yGkLpQ7Y3rXSwtU24CzTk9I7Em';

const MT = 'mt_f7f0ba8c3b4843ce7d85fcdd5e71853e';

function m2mJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'machine_to_machine_token',
    id,
    subject: MCH_A,
    claims: { job: 'nightly-sync' },
    scopes: [MCH_B],
    revoked: false,
    revocation_reason: null,
    expired: false,
    expiration: 1700003600000,
    last_used_at: null,
    created_at: 1700000000000,
    updated_at: 1700000000000,
    ...overrides,
  };
}

describe('clerk.m2mTokens', () => {
  it('create returns an M2MToken record with its token; a client built with the machine key sends it', async () => {
    const machineKey = 'ak_machine_secret_0123456789';
    api()
      .matchHeader('authorization', `Bearer ${machineKey}`)
      .post('/m2m_tokens', { seconds_until_expiration: 3600 })
      .reply(201, m2mJson(MT, { token: 'mt_secret_value' }));
    const asMachine = newClerk({ secretKey: machineKey, strictResponses: true, maxRetries: 0 });
    const token = await asMachine.m2mTokens.create({ secondsUntilExpiration: 3600 });
    expect(token).toBeInstanceOf(M2mToken);
    expect(token.token).toBe('mt_secret_value');
    expect(token.claims).toEqual({ job: 'nightly-sync' });
  });

  it('list reads the m2m_tokens envelope, and requires a machine subject', async () => {
    api()
      .get('/m2m_tokens')
      .query({ subject: MCH_A, limit: '100' })
      .reply(200, { m2m_tokens: [m2mJson(MT)], total_count: 1 });
    const tokens = await strict().m2mTokens.list({ subject: MCH_A }).toArray({ max: 500 });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toBeInstanceOf(M2mToken);
    expect(tokens[0]!.token).toBeUndefined();

    const error = await rejectionOf(Promise.resolve(strict().m2mTokens.list({ subject: 'user_123' })));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('subject');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('verify returns the token as a record that can revoke itself in place', async () => {
    const clerk = strict();
    api().post('/m2m_tokens/verify', { token: 'mt_secret_value' }).reply(200, m2mJson(MT));
    const token = await clerk.m2mTokens.verify({ token: 'mt_secret_value' });
    expect(token).toBeInstanceOf(M2mToken);
    api()
      .post(`/m2m_tokens/${MT}/revoke`, { revocation_reason: 'rotated' })
      .reply(200, m2mJson(MT, { revoked: true, revocation_reason: 'rotated' }));
    expect(await token.revoke({ revocationReason: 'rotated' })).toBe(token);
    expect(token.revoked).toBe(true);
    expect(token.revocationReason).toBe('rotated');
  });
});
