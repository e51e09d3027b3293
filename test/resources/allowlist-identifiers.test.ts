import { describe, expect, it } from 'vitest';
import { AllowlistIdentifier } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format objects, shaped as Clerk's spec describes them.

describe('clerk.allowlistIdentifiers', () => {
  it('allowlist identifiers: list, create, delete from the record', async () => {
    const clerk = strict();
    const json = { object: 'allowlist_identifier', id: 'alid_1', identifier: '*@example.com', identifier_type: 'email_address', created_at: 1, updated_at: 1 };
    api().get('/allowlist_identifiers').query({ limit: '5', paginated: 'true' }).reply(200, [json]);
    const page = await clerk.allowlistIdentifiers.list({ limit: 5 });
    expect(page.data[0]).toBeInstanceOf(AllowlistIdentifier);
    api().post('/allowlist_identifiers', { identifier: '*@example.com', notify: false }).reply(200, json);
    const created = await clerk.allowlistIdentifiers.create({ identifier: '*@example.com', notify: false });
    api().delete('/allowlist_identifiers/alid_1').reply(200, { object: 'allowlist_identifier', id: 'alid_1', deleted: true });
    expect((await created.delete()).deleted).toBe(true);
  });
});
