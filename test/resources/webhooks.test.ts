import { describe, expect, it } from 'vitest';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

describe('clerk.webhooks', () => {
  it('webhooks: Svix URLs as data, delete resolves with nothing', async () => {
    const clerk = strict();
    api().post('/webhooks/svix').reply(200, { svix_url: 'https://app.svix.com/login#key=abc' });
    expect(await clerk.webhooks.createSvixApp()).toEqual({ svixUrl: 'https://app.svix.com/login#key=abc' });
    api().post('/webhooks/svix_url').reply(200, { svix_url: 'https://app.svix.com/login#key=def' });
    expect((await clerk.webhooks.generateSvixAuthURL()).svixUrl).toContain('key=def');
    api().delete('/webhooks/svix').reply(204);
    await expect(clerk.webhooks.deleteSvixApp()).resolves.toBeUndefined();
  });
});
