import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

describe('clerk.instance', () => {
  it('reads settings as plain typed data', async () => {
    api().get('/instance').reply(200, { object: 'instance', id: 'ins_1', environment_type: 'production', allowed_origins: null, workspace_id: null });
    const instance = await strict().instance.get();
    expect(instance).toEqual({ object: 'instance', id: 'ins_1', environmentType: 'production', allowedOrigins: null, workspaceId: null });
    expect(Object.getPrototypeOf(instance)).toBe(Object.prototype);

    api()
      .get('/instance/organization_settings')
      .reply(200, {
        object: 'organization_settings', enabled: true, max_allowed_memberships: 5, max_allowed_roles: 10, max_allowed_domains: 10,
        creator_role: 'org:admin', admin_delete_enabled: true, domains_enabled: false, domains_enrollment_modes: ['manual_invitation'],
        domains_default_role: 'org:member',
      });
    const settings = await strict().instance.getOrganizationSettings();
    expect(settings.maxAllowedMemberships).toBe(5);
    expect(settings.domainsEnrollmentModes).toEqual(['manual_invitation']);
  });

  it('update sends snake_case and resolves with nothing on 204', async () => {
    api().patch('/instance', { support_email: 'help@example.com', allowed_origins: ['https://app.example.com'] }).reply(204);
    await expect(strict().instance.update({ supportEmail: 'help@example.com', allowedOrigins: ['https://app.example.com'] })).resolves.toBeUndefined();
  });

  it('updateRestrictions answers the restrictions', async () => {
    api()
      .patch('/instance/restrictions', { allowlist: true })
      .reply(200, {
        object: 'instance_restrictions', allowlist: true, blocklist: false, allowlist_blocklist_disabled_on_sign_in: false,
        block_email_subaddresses: false, block_disposable_email_domains: true,
      });
    const restrictions = await strict().instance.updateRestrictions({ allowlist: true });
    expect(restrictions.allowlist).toBe(true);
    expect(restrictions.blockDisposableEmailDomains).toBe(true);
  });

  it('changeDomain and the deprecated beta variant resolve with nothing on 202', async () => {
    api().post('/instance/change_domain', { home_url: 'https://www.example.com' }).reply(202);
    await expect(strict().instance.changeDomain({ homeUrl: 'https://www.example.com' })).resolves.toBeUndefined();
    api().put('/beta_features/domain', { home_url: 'https://www.example.com', is_secondary: false }).reply(202);
    await expect(
      strict().betaFeatures.updateProductionInstanceDomain({ homeUrl: 'https://www.example.com', isSecondary: false }),
    ).resolves.toBeUndefined();
  });

  it('refuses a malformed country code before sending', async () => {
    const error = await rejectionOf(strict().instance.updateCommunication({ blockedCountryCodes: ['us'] }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('blockedCountryCodes');
    expect(nock.pendingMocks()).toEqual([]);
  });
});
