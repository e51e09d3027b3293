import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, Invitation } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

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

describe('clerk.invitations', () => {
  it('bulkCreate sends an array in snake_case and returns Invitation records', async () => {
    api()
      .post('/invitations/bulk', [{ email_address: 'a@example.com', public_metadata: { team_id: 't1' } }, { email_address: 'b@example.com', expires_in_days: 7 }])
      .reply(200, [invitationJson('inv_a'), invitationJson('inv_b')]);
    const invitations = await strict().invitations.bulkCreate([
      { emailAddress: 'a@example.com', publicMetadata: { team_id: 't1' } },
      { emailAddress: 'b@example.com', expiresInDays: 7 },
    ]);
    expect(invitations.map((invitation) => invitation.id)).toEqual(['inv_a', 'inv_b']);
    expect(invitations[0]).toBeInstanceOf(Invitation);
    expect(invitations[0]!.publicMetadata).toEqual({ plan: 'pro', nested_key: { keep_me: 1 } });
  });

  it('lists every invitation page by page and revokes one in place', async () => {
    api()
      .get('/invitations')
      .query({ status: 'pending', limit: '500', paginated: 'true' })
      .reply(200, { data: [invitationJson('inv_1')], total_count: 1 });
    const invitations: Invitation[] = [];
    for await (const invitation of strict().invitations.list({ status: 'pending' })) invitations.push(invitation);
    expect(invitations).toHaveLength(1);
    api().post('/invitations/inv_1/revoke').reply(200, invitationJson('inv_1', { status: 'revoked', revoked: true }));
    await invitations[0]!.revoke();
    expect(invitations[0]!.status).toBe('revoked');
  });

  it('refuses an out-of-range expiry and an oversized bulk before sending', async () => {
    const clerk = strict();
    const expiry = await rejectionOf(clerk.invitations.create({ emailAddress: 'a@example.com', expiresInDays: 400 }));
    expect(expiry).toBeInstanceOf(ClerkValidationError);
    expect(expiry.message).toContain('expiresInDays');
    const many = Array.from({ length: 11 }, (_, i) => ({ emailAddress: `p${i}@example.com` }));
    expect(await rejectionOf(clerk.invitations.bulkCreate(many))).toBeInstanceOf(ClerkValidationError);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
