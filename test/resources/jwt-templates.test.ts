import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, JwtTemplate } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

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
