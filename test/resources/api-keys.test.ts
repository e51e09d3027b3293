import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ApiKey, ClerkValidationError } from '../../src/index.js';
import { api, expectNoSecret, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

const USER = 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk';

const AK = 'ak_f7f0ba8c3b4843ce7d85fcdd5e71853e';

function apiKeyJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'api_key',
    id,
    type: 'api_key',
    subject: USER,
    name: 'CI deploys',
    description: null,
    claims: null,
    scopes: ['deploy'],
    revoked: false,
    revocation_reason: null,
    expired: false,
    expiration: null,
    created_by: null,
    last_used_at: null,
    created_at: 1,
    updated_at: 1,
    ...overrides,
  };
}

describe('clerk.apiKeys', () => {
  it('create returns a record with the secret; JSON holds data only', async () => {
    api()
      .post('/api_keys', { name: 'CI deploys', subject: USER, scopes: ['deploy'] })
      .reply(200, apiKeyJson(AK, { secret: 'ak_live_secret' }));
    const key = await strict().apiKeys.create({ name: 'CI deploys', subject: USER, scopes: ['deploy'] });
    expect(key).toBeInstanceOf(ApiKey);
    expect(key.secret).toBe('ak_live_secret');
    const plain = JSON.parse(JSON.stringify(key));
    expect(plain).toMatchObject({ id: AK, subject: USER, secret: 'ak_live_secret' });
    expect(JSON.stringify(key)).not.toMatch(/transport|context/i);
    expectNoSecret(key);
  });

  it('create validates subject and name before sending', async () => {
    const error = await rejectionOf(strict().apiKeys.create({ name: 'x', subject: 'someone' }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('subject');
    expect(error.message).toContain('name');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('list pages through {data, total_count} at 100 a page', async () => {
    const first = Array.from({ length: 100 }, (_, i) => apiKeyJson(`ak_${String(i).padStart(32, '0')}`));
    api().get('/api_keys').query({ subject: USER, limit: '100' }).reply(200, { data: first, total_count: 101 });
    api()
      .get('/api_keys')
      .query({ subject: USER, limit: '100', offset: '100' })
      .reply(200, { data: [apiKeyJson(AK)], total_count: 101 });
    let count = 0;
    let last: ApiKey | undefined;
    for await (const key of strict().apiKeys.list({ subject: USER })) {
      count += 1;
      last = key;
    }
    expect(count).toBe(101);
    expect(last).toBeInstanceOf(ApiKey);
    expect(last!.id).toBe(AK);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses a limit above 100 before sending', async () => {
    const error = await rejectionOf(Promise.resolve(strict().apiKeys.list({ subject: USER, limit: 500 })));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('limit');
  });

  it('a record revokes and updates itself in place; delete and getSecret answer data', async () => {
    const clerk = strict();
    api().get(`/api_keys/${AK}`).reply(200, apiKeyJson(AK));
    const key = await clerk.apiKeys.get(AK);
    expect(key.secret).toBeUndefined();
    api().post(`/api_keys/${AK}/revoke`, { revocation_reason: 'leaked' }).reply(200, apiKeyJson(AK, { revoked: true, revocation_reason: 'leaked' }));
    expect(await key.revoke({ revocationReason: 'leaked' })).toBe(key);
    expect(key.revoked).toBe(true);
    api().patch(`/api_keys/${AK}`, { description: 'retired' }).reply(200, apiKeyJson(AK, { revoked: true, description: 'retired' }));
    await key.update({ description: 'retired' });
    expect(key.description).toBe('retired');
    api().get(`/api_keys/${AK}/secret`).reply(200, { secret: 'ak_live_secret' });
    expect(await key.getSecret()).toEqual({ secret: 'ak_live_secret' });
    api().delete(`/api_keys/${AK}`).reply(200, { object: 'api_key', id: AK, deleted: true });
    expect(await key.delete()).toEqual({ object: 'api_key', id: AK, deleted: true });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('verify returns the key the secret belongs to, as a record', async () => {
    api().post('/api_keys/verify', { secret: 'ak_live_secret' }).reply(200, apiKeyJson(AK));
    const key = await strict().apiKeys.verify({ secret: 'ak_live_secret' });
    expect(key).toBeInstanceOf(ApiKey);
    expect(key.subject).toBe(USER);
  });
});
