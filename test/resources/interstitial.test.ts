import { describe, expect, it } from 'vitest';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

describe('clerk.interstitial', () => {
  it('interstitial.get answers the HTML as text', async () => {
    const html = '<!DOCTYPE html><html><body>Loading…</body></html>';
    api()
      .get('/public/interstitial')
      .query({ publishable_key: 'pk_test_abc', use_domain_for_script: 'true' })
      .reply(200, html, { 'content-type': 'text/html' });
    const page = await strict().interstitial.get({ publishableKey: 'pk_test_abc', useDomainForScript: true });
    expect(page).toBe(html);
  });
});
