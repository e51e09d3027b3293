import { describe, expect, it } from 'vitest';
import { Invitation, WaitlistEntry } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format objects, shaped as Clerk's spec describes them.

function invitationJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'invitation',
    id,
    email_address: `${id}@example.com`,
    public_metadata: { plan: 'pro', nested_key: { keep_me: 1 } },
    status: 'pending',
    url: `https://accounts.example.com/sign-up?__clerk_ticket=${id}`,
    expires_at: null,
    created_at: 1,
    updated_at: 2,
    ...overrides,
  };
}

function waitlistEntryJson(id: string, overrides: Record<string, unknown> = {}) {
  return { object: 'waitlist_entry', id, email_address: `${id}@example.com`, status: 'pending', created_at: 1, updated_at: 2, invitation: null, ...overrides };
}

describe('clerk.waitlistEntries', () => {
  it('lists the envelope as records with the total', async () => {
    api()
      .get('/waitlist_entries')
      .query({ status: 'pending', limit: '10' })
      .reply(200, { data: [waitlistEntryJson('wle_1')], total_count: 31 });
    const page = await strict().waitlistEntries.list({ status: 'pending', limit: 10 });
    expect(page.data[0]).toBeInstanceOf(WaitlistEntry);
    expect(page.totalCount).toBe(31);
  });

  it('invite refreshes the entry in place and its invitation is a record', async () => {
    const clerk = strict();
    api().post('/waitlist_entries', { email_address: 'wle_1@example.com' }).reply(200, waitlistEntryJson('wle_1'));
    const entry = await clerk.waitlistEntries.create({ emailAddress: 'wle_1@example.com' });
    expect(entry.invitation).toBeNull();
    api()
      .post('/waitlist_entries/wle_1/invite', { ignore_existing: true })
      .reply(200, waitlistEntryJson('wle_1', { status: 'invited', invitation: invitationJson('inv_7') }));
    expect(await entry.invite({ ignoreExisting: true })).toBe(entry);
    expect(entry.status).toBe('invited');
    expect(entry.invitation).toBeInstanceOf(Invitation);
    api().post('/invitations/inv_7/revoke').reply(200, invitationJson('inv_7', { status: 'revoked' }));
    await entry.invitation!.revoke();
    expect(entry.invitation!.status).toBe('revoked');
  });

  it('bulkCreate, reject and delete', async () => {
    const clerk = strict();
    api()
      .post('/waitlist_entries/bulk', [{ email_address: 'a@example.com' }, { email_address: 'b@example.com', notify: false }])
      .reply(200, [waitlistEntryJson('wle_a'), waitlistEntryJson('wle_b')]);
    const [a] = await clerk.waitlistEntries.bulkCreate([{ emailAddress: 'a@example.com' }, { emailAddress: 'b@example.com', notify: false }]);
    api().post('/waitlist_entries/wle_a/reject').reply(200, waitlistEntryJson('wle_a', { status: 'rejected' }));
    await a!.reject();
    expect(a!.status).toBe('rejected');
    api().delete('/waitlist_entries/wle_a').reply(200, { object: 'waitlist_entry', id: 'wle_a', deleted: true });
    expect(await a!.delete()).toEqual({ object: 'waitlist_entry', id: 'wle_a', deleted: true });
  });
});
