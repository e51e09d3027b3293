import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, Domain, JwtTemplate, Template } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

function domainJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'domain',
    id,
    name: 'shop.example.com',
    is_satellite: true,
    frontend_api_url: 'https://clerk.shop.example.com',
    accounts_portal_url: null,
    proxy_url: null,
    development_origin: '',
    cname_targets: [{ host: 'clerk.shop.example.com', value: 'frontend-api.clerk.services', required: true }],
    ...overrides,
  };
}

function jwtTemplateJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'jwt_template',
    id,
    name: 'supabase',
    claims: { user_role: '{{user.public_metadata.role}}', nestedClaim: { snake_key: 1 } },
    lifetime: 60,
    allowed_clock_skew: 5,
    custom_signing_key: false,
    signing_algorithm: 'RS256',
    created_at: 1700000000000,
    updated_at: 1700000000000,
    ...overrides,
  };
}

function templateJson(templateType: string, slug: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'template',
    id: `tmpl_${slug}`,
    instance_id: 'ins_1',
    resource_type: 'system',
    template_type: templateType,
    name: slug,
    slug,
    position: 0,
    can_revert: true,
    can_delete: false,
    can_toggle: true,
    subject: 'Hello',
    markup: '',
    body: 'Body',
    available_variables: ['app.name'],
    required_variables: [],
    from_email_name: 'notifications',
    reply_to_email_name: 'support',
    delivered_by_clerk: true,
    enabled: true,
    updated_at: 1,
    created_at: 1,
    ...overrides,
  };
}

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

describe('clerk.domains', () => {
  it('list reads the envelope into Domain records', async () => {
    api().get('/domains').reply(200, { data: [domainJson('dmn_1'), domainJson('dmn_2', { name: 'blog.example.com' })], total_count: 2 });
    const page = await strict().domains.list();
    expect(page.data.map((domain) => domain.name)).toEqual(['shop.example.com', 'blog.example.com']);
    expect(page.data[0]).toBeInstanceOf(Domain);
    expect(page.data[0]!.cnameTargets?.[0]?.value).toBe('frontend-api.clerk.services');
    expect(page.totalCount).toBe(2);
    expect(page.hasNextPage()).toBe(false);
  });

  it('a Domain record updates itself in place and deletes by its own id', async () => {
    const clerk = strict();
    api().post('/domains', { name: 'shop.example.com', is_satellite: true }).reply(200, domainJson('dmn_1'));
    const domain = await clerk.domains.add({ name: 'shop.example.com', isSatellite: true });
    expect(domain).toBeInstanceOf(Domain);
    api()
      .patch('/domains/dmn_1', { proxy_url: 'https://shop.example.com/__clerk' })
      .reply(200, domainJson('dmn_1', { proxy_url: 'https://shop.example.com/__clerk' }));
    const returned = await domain.update({ proxyUrl: 'https://shop.example.com/__clerk' });
    expect(returned).toBe(domain);
    expect(domain.proxyUrl).toBe('https://shop.example.com/__clerk');
    api().delete('/domains/dmn_1').reply(200, { object: 'domain', id: 'dmn_1', deleted: true });
    expect(await domain.delete()).toEqual({ object: 'domain', id: 'dmn_1', deleted: true });
  });

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

describe('clerk.templates', () => {
  it('nests by type then slug, and list items know where they live', async () => {
    const clerk = strict();
    api().get('/templates/email').query(true).reply(200, [templateJson('email', 'invitation'), templateJson('email', 'magic_link')]);
    const page = await clerk.templates('email').list();
    expect(page.data.map((template) => template.slug)).toEqual(['invitation', 'magic_link']);
    expect(page.data[1]).toBeInstanceOf(Template);
    api().post('/templates/email/magic_link/revert').reply(200, templateJson('email', 'magic_link', { subject: 'Default' }));
    const reverted = await page.data[1]!.revert();
    expect(reverted).toBe(page.data[1]);
    expect(reverted.subject).toBe('Default');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('get by slug, toggleDelivery and upsert refresh the record; preview answers data', async () => {
    const clerk = strict();
    api().get('/templates/sms/verification_code').reply(200, templateJson('sms', 'verification_code'));
    const template = await clerk.templates('sms').get('verification_code');
    expect(template.templateType).toBe('sms');
    api()
      .post('/templates/sms/verification_code/toggle_delivery', { delivered_by_clerk: false })
      .reply(200, templateJson('sms', 'verification_code', { delivered_by_clerk: false }));
    await template.toggleDelivery({ deliveredByClerk: false });
    expect(template.deliveredByClerk).toBe(false);
    api()
      .put('/templates/email/invitation', { subject: 'Join {{app.name}}', from_email_name: 'team' })
      .reply(200, templateJson('email', 'invitation', { subject: 'Join {{app.name}}' }));
    const upserted = await clerk.templates('email')('invitation').upsert({ subject: 'Join {{app.name}}', fromEmailName: 'team' });
    expect(upserted.subject).toBe('Join {{app.name}}');
    api()
      .post('/templates/email/invitation/preview', { subject: 'Hi', body: '<p>{{app.name}}</p>' })
      .reply(200, { subject: 'Hi', body: '<p>Acme</p>', from_email_address: 'team@example.com' });
    const preview = await clerk.templates('email')('invitation').preview({ subject: 'Hi', body: '<p>{{app.name}}</p>' });
    expect(preview).toMatchObject({ subject: 'Hi', body: '<p>Acme</p>' });
  });

  it('refuses an empty template type or slug before sending', async () => {
    const clerk = strict();
    const noType = await rejectionOf(clerk.templates('' as 'email')('invitation').get());
    expect(noType).toBeInstanceOf(ClerkValidationError);
    expect(noType.message).toMatch(/^templateType: /);
    const noSlug = await rejectionOf(clerk.templates('email')('').get());
    expect(noSlug.message).toMatch(/^slug: /);
  });
});

describe('clerk.jwtTemplates', () => {
  it('create keeps claim keys as written, both ways', async () => {
    api()
      .post('/jwt_templates', { name: 'supabase', claims: { user_role: '{{user.public_metadata.role}}', nestedClaim: { snake_key: 1 } }, lifetime: 60 })
      .reply(200, jwtTemplateJson('jtmp_1'));
    const template = await strict().jwtTemplates.create({
      name: 'supabase',
      claims: { user_role: '{{user.public_metadata.role}}', nestedClaim: { snake_key: 1 } },
      lifetime: 60,
    });
    expect(template).toBeInstanceOf(JwtTemplate);
    expect(template.claims).toEqual({ user_role: '{{user.public_metadata.role}}', nestedClaim: { snake_key: 1 } });
    expect(template.allowedClockSkew).toBe(5);
  });

  it('a record updates and reloads in place', async () => {
    const clerk = strict();
    api().get('/jwt_templates/jtmp_1').reply(200, jwtTemplateJson('jtmp_1'));
    const template = await clerk.jwtTemplates.get('jtmp_1');
    api()
      .patch('/jwt_templates/jtmp_1', { name: 'renamed', claims: { aud: 'db' } })
      .reply(200, jwtTemplateJson('jtmp_1', { name: 'renamed', claims: { aud: 'db' } }));
    expect(await template.update({ name: 'renamed', claims: { aud: 'db' } })).toBe(template);
    expect(template.name).toBe('renamed');
    api().get('/jwt_templates/jtmp_1').reply(200, jwtTemplateJson('jtmp_1', { lifetime: 120 }));
    await template.reload();
    expect(template.lifetime).toBe(120);
    api().delete('/jwt_templates/jtmp_1').reply(200, { object: 'jwt_template', id: 'jtmp_1', deleted: true });
    expect((await template.delete()).deleted).toBe(true);
  });

  it('iterates page by page with offsets, asking for totals', async () => {
    api()
      .get('/jwt_templates')
      .query({ limit: '2', paginated: 'true' })
      .reply(200, { data: [jwtTemplateJson('jtmp_1'), jwtTemplateJson('jtmp_2')], total_count: 3 });
    api()
      .get('/jwt_templates')
      .query({ limit: '2', offset: '2', paginated: 'true' })
      .reply(200, { data: [jwtTemplateJson('jtmp_3')], total_count: 3 });
    const ids: string[] = [];
    for await (const template of strict().jwtTemplates.list({ limit: 2 })) {
      expect(template).toBeInstanceOf(JwtTemplate);
      ids.push(template.id);
    }
    expect(ids).toEqual(['jtmp_1', 'jtmp_2', 'jtmp_3']);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses an out-of-range lifetime before sending', async () => {
    const error = await rejectionOf(strict().jwtTemplates.create({ name: 'short', claims: {}, lifetime: 5 }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('lifetime');
  });
});

describe('clerk.jwks, clerk.interstitial, clerk.webhooks', () => {
  it('jwks.get answers the key set', async () => {
    api()
      .get('/jwks')
      .reply(200, { keys: [{ kid: 'ins_1', alg: 'RS256', use: 'sig', kty: 'RSA', n: 'sXch', e: 'AQAB' }] });
    const { keys } = await strict().jwks.get();
    expect(keys?.[0]).toMatchObject({ kid: 'ins_1', kty: 'RSA' });
  });

  it('interstitial.get answers the HTML as text', async () => {
    const html = '<!DOCTYPE html><html><body>Loading…</body></html>';
    api()
      .get('/public/interstitial')
      .query({ publishable_key: 'pk_test_abc', use_domain_for_script: 'true' })
      .reply(200, html, { 'content-type': 'text/html' });
    const page = await strict().interstitial.get({ publishableKey: 'pk_test_abc', useDomainForScript: true });
    expect(page).toBe(html);
  });

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
