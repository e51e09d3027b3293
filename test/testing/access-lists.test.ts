/**
 * Allowlist, blocklist and redirect URLs on the fake: added, listed, refused twice, deleted.
 */
import { describe, expect, it } from 'vitest';
import { failure, fakeClerk } from './helpers.js';

const codeOf = (error: Record<string, unknown>) => (error.errors as Array<{ code: string }>)[0]!.code;

describe('allowlist and blocklist', () => {
  it('adds identifiers, lists them, refuses a duplicate and a malformed one, deletes', async () => {
    const { clerk } = fakeClerk();
    const domain = await clerk.allowlistIdentifiers.create({ identifier: '*@example.com' });
    const phone = await clerk.allowlistIdentifiers.create({ identifier: '+15555550123' });
    expect([domain.identifierType, phone.identifierType]).toEqual(['email_address', 'phone_number']);
    expect((await clerk.allowlistIdentifiers.list()).data.map((entry) => entry.identifier).sort()).toEqual(['*@example.com', '+15555550123']);

    const duplicate = await failure(clerk.allowlistIdentifiers.create({ identifier: '*@example.com' }));
    expect([duplicate.status, codeOf(duplicate)]).toEqual([400, 'duplicate_record']);
    const malformed = await failure(clerk.allowlistIdentifiers.create({ identifier: 'not an identifier' }));
    expect([malformed.status, codeOf(malformed)]).toEqual([422, 'form_param_format_invalid']);

    expect(await clerk.allowlistIdentifiers(domain.id!).delete()).toMatchObject({ id: domain.id, deleted: true });
    expect((await clerk.allowlistIdentifiers.list()).data.map((entry) => entry.id)).toEqual([phone.id]);
    expect(codeOf(await failure(clerk.allowlistIdentifiers(domain.id!).delete()))).toBe('resource_not_found');

    const blocked = await clerk.blocklistIdentifiers.create({ identifier: 'spam@example.com' });
    expect((await clerk.blocklistIdentifiers.list()).data.map((entry) => entry.id)).toEqual([blocked.id]);
  });
});

describe('redirect URLs', () => {
  it('adds, gets, lists, refuses a duplicate, deletes', async () => {
    const { clerk } = fakeClerk();
    const url = await clerk.redirectUrls.create({ url: 'https://app.example.com/callback' });
    expect((await clerk.redirectUrls(url.id).get()).url).toBe('https://app.example.com/callback');
    expect((await clerk.redirectUrls.list()).data.map((entry) => entry.id)).toEqual([url.id]);
    expect(codeOf(await failure(clerk.redirectUrls.create({ url: 'https://app.example.com/callback' })))).toBe('duplicate_record');
    await clerk.redirectUrls(url.id).delete();
    expect((await failure(clerk.redirectUrls(url.id).get())).status).toBe(404);
  });
});
