import { describe, expect, it } from 'vitest';
import { ClerkValidationError, RedirectUrl } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format objects, shaped as Clerk's spec describes them.

describe('clerk.redirectUrls', () => {
  it('redirect URLs: create, reload in place, delete', async () => {
    const clerk = strict();
    const json = (updatedAt: number) => ({ object: 'redirect_url', id: 'ru_1', url: 'myapp://callback', created_at: 1, updated_at: updatedAt });
    api().post('/redirect_urls', { url: 'myapp://callback' }).reply(200, json(1));
    const redirect = await clerk.redirectUrls.create({ url: 'myapp://callback' });
    expect(redirect).toBeInstanceOf(RedirectUrl);
    api().get('/redirect_urls/ru_1').reply(200, json(5));
    expect(await redirect.reload()).toBe(redirect);
    expect(redirect.updatedAt).toBe(5);
    api().delete('/redirect_urls/ru_1').reply(200, { object: 'redirect_url', id: 'ru_1', deleted: true });
    await redirect.delete();
    const empty = await rejectionOf(clerk.redirectUrls('').get());
    expect(empty).toBeInstanceOf(ClerkValidationError);
  });
});
