import { describe, expect, it } from 'vitest';
import { AdminPortalLinkToken, ClerkValidationError } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

const APLT = 'aplt_f7f0ba8c3b4843ce7d85fcdd5e71853e';

function linkTokenJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'admin_portal_link_token',
    id,
    admin_portal_link_id: 'apl_1',
    instance_id: 'ins_1',
    organization_id: 'org_2xhFjEI5X2qWRvtV13BzSj8H6Dk',
    it_contact_id: null,
    scopes: null,
    revoked: false,
    revocation_reason: null,
    expired: false,
    expiration: 1700003600000,
    created_at: 1,
    updated_at: 1,
    ...overrides,
  };
}

describe('clerk.adminPortalLinkTokens', () => {
  it('create returns a record with its token, which revokes itself in place', async () => {
    const clerk = strict();
    api()
      .post('/admin_portal_link_tokens', { organization_id: 'org_2xhFjEI5X2qWRvtV13BzSj8H6Dk', seconds_until_expiration: 3600 })
      .reply(201, linkTokenJson(APLT, { token: 'aplt_token_value' }));
    const link = await clerk.adminPortalLinkTokens.create({ organizationId: 'org_2xhFjEI5X2qWRvtV13BzSj8H6Dk', secondsUntilExpiration: 3600 });
    expect(link).toBeInstanceOf(AdminPortalLinkToken);
    expect(link.token).toBe('aplt_token_value');
    api().post(`/admin_portal_link_tokens/${APLT}/revoke`, {}).reply(200, linkTokenJson(APLT, { revoked: true }));
    expect(await link.revoke()).toBe(link);
    expect(link.revoked).toBe(true);
    expect(link.token).toBeUndefined();
  });

  it('create refuses an expiry above a day before sending', async () => {
    const error = await rejectionOf(strict().adminPortalLinkTokens.create({ secondsUntilExpiration: 86_401 }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('secondsUntilExpiration');
  });
});
