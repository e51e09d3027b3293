import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, SamlConnection } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

function samlJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'saml_connection',
    id,
    name: 'Acme Okta',
    domains: ['acme.com'],
    idp_entity_id: null,
    idp_sso_url: null,
    idp_certificate: null,
    idp_certificate_issued_at: null,
    idp_certificate_expires_at: null,
    acs_url: 'https://clerk.acme.dev/v1/saml/acs/x',
    sp_entity_id: 'https://clerk.acme.dev/saml/x',
    sp_metadata_url: 'https://clerk.acme.dev/saml/x/metadata',
    active: true,
    provider: 'saml_okta',
    user_count: 3,
    sync_user_attributes: true,
    allow_subdomains: false,
    allow_idp_initiated: false,
    disable_additional_identifications: false,
    allow_organization_account_linking: false,
    force_authn: false,
    login_hint: { mode: 'email_address' },
    created_at: 1,
    updated_at: 2,
    ...overrides,
  };
}

describe('clerk.samlConnections (deprecated)', () => {
  it('get and update return SAMLConnection records, refreshed in place', async () => {
    const clerk = strict();
    api().get('/saml_connections/samlc_1').reply(200, samlJson('samlc_1'));
    const connection = await clerk.samlConnections.get('samlc_1');
    expect(connection).toBeInstanceOf(SamlConnection);
    expect(connection.loginHint.mode).toBe('email_address');
    api().patch('/saml_connections/samlc_1', { active: false }).reply(200, samlJson('samlc_1', { active: false }));
    expect(await connection.update({ active: false })).toBe(connection);
    expect(connection.active).toBe(false);
  });

  it('create refuses a body without domain or domains before sending', async () => {
    const error = await rejectionOf(strict().samlConnections.create({ name: 'Acme', provider: 'saml_okta' }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toMatch(/domain/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});
