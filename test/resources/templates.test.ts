import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, Template } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

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

describe('clerk.templates', () => {
  it('nests by type then slug, and list items know where they live', async () => {
    const clerk = strict();
    api().get('/templates/email').query(true).reply(200, [templateJson('email', 'invitation'), templateJson('email', 'magic_link')]);
    const page = await clerk.templates.email.list();
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
    const template = await clerk.templates.sms.get('verification_code');
    expect(template.templateType).toBe('sms');
    api()
      .post('/templates/sms/verification_code/toggle_delivery', { delivered_by_clerk: false })
      .reply(200, templateJson('sms', 'verification_code', { delivered_by_clerk: false }));
    await template.toggleDelivery({ deliveredByClerk: false });
    expect(template.deliveredByClerk).toBe(false);
    api()
      .put('/templates/email/invitation', { subject: 'Join {{app.name}}', from_email_name: 'team' })
      .reply(200, templateJson('email', 'invitation', { subject: 'Join {{app.name}}' }));
    const upserted = await clerk.templates.email('invitation').upsert({ subject: 'Join {{app.name}}', fromEmailName: 'team' });
    expect(upserted.subject).toBe('Join {{app.name}}');
    api()
      .post('/templates/email/invitation/preview', { subject: 'Hi', body: '<p>{{app.name}}</p>' })
      .reply(200, { subject: 'Hi', body: '<p>Acme</p>', from_email_address: 'team@example.com' });
    const preview = await clerk.templates.email('invitation').preview({ subject: 'Hi', body: '<p>{{app.name}}</p>' });
    expect(preview).toMatchObject({ subject: 'Hi', body: '<p>Acme</p>' });
  });

  it('refuses an empty template type or slug before sending', async () => {
    const clerk = strict();
    const noType = await rejectionOf(clerk.templates('' as 'email')('invitation').get());
    expect(noType).toBeInstanceOf(ClerkValidationError);
    expect(noType.message).toMatch(/^templateType: /);
    const noSlug = await rejectionOf(clerk.templates.email('').get());
    expect(noSlug.message).toMatch(/^slug: /);
  });
});
