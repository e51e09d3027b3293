import { describe, expect, it } from 'vitest';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

describe('clerk.proxyChecks', () => {
  it('proxyChecks.verify answers the check as data', async () => {
    api()
      .post('/proxy_checks', { domain_id: 'dmn_1', proxy_url: 'https://example.com/__clerk' })
      .reply(200, {
        object: 'proxy_check', id: 'pxc_1', domain_id: 'dmn_1', last_run_at: 1, proxy_url: 'https://example.com/__clerk',
        successful: true, created_at: 1, updated_at: 1,
      });
    const check = await strict().proxyChecks.verify({ domainId: 'dmn_1', proxyUrl: 'https://example.com/__clerk' });
    expect(check.successful).toBe(true);
    expect(check.domainId).toBe('dmn_1');
  });
});
