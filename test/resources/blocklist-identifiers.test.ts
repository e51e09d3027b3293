import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { BlocklistIdentifier } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format objects, shaped as Clerk's spec describes them.

describe('clerk.blocklistIdentifiers', () => {
  it('blocklist identifiers: the one-page envelope, create, delete', async () => {
    const clerk = strict();
    const json = { object: 'blocklist_identifier', id: 'blid_1', identifier: '*@spam.example', identifier_type: 'email_address', created_at: 1, updated_at: 1 };
    api().get('/blocklist_identifiers').reply(200, { data: [json], total_count: 1 });
    const all = await clerk.blocklistIdentifiers.list().toArray({ max: 100 });
    expect(all).toHaveLength(1);
    expect(all[0]).toBeInstanceOf(BlocklistIdentifier);
    api().post('/blocklist_identifiers', { identifier: '*@spam.example' }).reply(200, json);
    await clerk.blocklistIdentifiers.create({ identifier: '*@spam.example' });
    api().delete('/blocklist_identifiers/blid_1').reply(200, { object: 'blocklist_identifier', id: 'blid_1', deleted: true });
    await all[0]!.delete();
    expect(nock.pendingMocks()).toEqual([]);
  });
});
