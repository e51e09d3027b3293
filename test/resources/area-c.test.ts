import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  AdminPortalLinkToken,
  ApiKey,
  ClerkValidationError,
  EnterpriseConnection,
  M2mToken,
  Machine,
  MachineScope,
  OauthApplication,
  SamlConnection,
} from '../../src/index.js';
import { api, expectNoSecret, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });


const MCH_A = 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk';
const MCH_B = 'mch_2yGkLpQ7Y3rXSwtU24CzTk9I7Em';
const USER = 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk';
const AK = 'ak_f7f0ba8c3b4843ce7d85fcdd5e71853e';
const MT = 'mt_f7f0ba8c3b4843ce7d85fcdd5e71853e';
const APLT = 'aplt_f7f0ba8c3b4843ce7d85fcdd5e71853e';

function oauthAppJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'oauth_application',
    id,
    instance_id: 'ins_1',
    name: 'Acme CLI',
    client_id: 'client_1',
    client_uri: null,
    client_image_url: null,
    dynamically_registered: false,
    consent_screen_enabled: true,
    pkce_required: true,
    public: false,
    scopes: 'profile email',
    redirect_uris: ['https://acme.dev/callback'],
    callback_url: 'https://acme.dev/callback',
    authorize_url: 'https://clerk.acme.dev/oauth/authorize',
    token_fetch_url: 'https://clerk.acme.dev/oauth/token',
    user_info_url: 'https://clerk.acme.dev/oauth/userinfo',
    discovery_url: 'https://clerk.acme.dev/.well-known/openid-configuration',
    token_introspection_url: 'https://clerk.acme.dev/oauth/token_info',
    created_at: 1700000000000,
    updated_at: 1700000000000,
    ...overrides,
  };
}

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

function enterpriseJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'enterprise_connection',
    id,
    name: 'Acme Okta',
    provider: 'saml_okta',
    active: true,
    domains: ['acme.com'],
    saml_connection: { id: 'samlc_1', idp_metadata_url: 'https://acme.okta.com/metadata', login_hint: { mode: 'off' } },
    created_at: 1,
    updated_at: 2,
    ...overrides,
  };
}

function machineJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'machine',
    id,
    name: 'billing-worker',
    instance_id: 'ins_1',
    default_token_ttl: 3600,
    scoped_machines: [{ object: 'machine', id: MCH_B, name: 'api', instance_id: 'ins_1', created_at: 1, updated_at: 1 }],
    created_at: 1,
    updated_at: 2,
    ...overrides,
  };
}

function m2mJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'machine_to_machine_token',
    id,
    subject: MCH_A,
    claims: { job: 'nightly-sync' },
    scopes: [MCH_B],
    revoked: false,
    revocation_reason: null,
    expired: false,
    expiration: 1700003600000,
    last_used_at: null,
    created_at: 1700000000000,
    updated_at: 1700000000000,
    ...overrides,
  };
}

function apiKeyJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'api_key',
    id,
    type: 'api_key',
    subject: USER,
    name: 'CI deploys',
    description: null,
    claims: null,
    scopes: ['deploy'],
    revoked: false,
    revocation_reason: null,
    expired: false,
    expiration: null,
    created_by: null,
    last_used_at: null,
    created_at: 1,
    updated_at: 1,
    ...overrides,
  };
}

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

describe('clerk.oauthApplications', () => {
  it('create returns a record that carries the client secret it was answered with', async () => {
    api()
      .post('/oauth_applications', { name: 'Acme CLI', redirect_uris: ['https://acme.dev/callback'], pkce_required: true })
      .reply(200, oauthAppJson('oa_1', { client_secret: 'cs_first' }));
    const app = await strict().oauthApplications.create({ name: 'Acme CLI', redirectUris: ['https://acme.dev/callback'], pkceRequired: true });
    expect(app).toBeInstanceOf(OauthApplication);
    expect(app.clientSecret).toBe('cs_first');
    expect(app.redirectUris).toEqual(['https://acme.dev/callback']);
  });

  it('rotateSecret refreshes the record in place with the new secret; reload drops it', async () => {
    const clerk = strict();
    api().get('/oauth_applications/oa_1').reply(200, oauthAppJson('oa_1'));
    const app = await clerk.oauthApplications.get('oa_1');
    expect('clientSecret' in app).toBe(false);
    api().post('/oauth_applications/oa_1/rotate_secret').reply(200, oauthAppJson('oa_1', { client_secret: 'cs_new' }));
    const rotated = await app.rotateSecret();
    expect(rotated).toBe(app);
    expect(rotated.clientSecret).toBe('cs_new');
    api().get('/oauth_applications/oa_1').reply(200, oauthAppJson('oa_1', { name: 'Renamed' }));
    await app.reload();
    expect(app.name).toBe('Renamed');
    expect('clientSecret' in app).toBe(false);
  });

  it('revokeToken sends the token and resolves with nothing on 204', async () => {
    api().post('/oauth_applications/oa_1/revoke_token', { token: 'oat_1' }).reply(204);
    await expect(strict().oauthApplications('oa_1').revokeToken({ token: 'oat_1' })).resolves.toBeUndefined();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('uploadLogo sends multipart form data', async () => {
    let contentType = '';
    let body = '';
    api()
      .put('/oauth_applications/oa_1/logo', (sent: unknown) => {
        // nock hands over a multipart body, which holds binary bytes, hex-encoded.
        body = Buffer.from(String(sent), 'hex').toString('latin1');
        return true;
      })
      .reply(function (_uri, _body) {
        contentType = String(this.req.headers['content-type']);
        return [200, oauthAppJson('oa_1', { client_image_url: 'https://img.clerk.com/logo.png' })];
      });
    const app = await strict()
      .oauthApplications('oa_1')
      .uploadLogo({ file: new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], { type: 'image/png' }) });
    expect(contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(body).toContain('name="file"');
    expect(app.clientImageUrl).toBe('https://img.clerk.com/logo.png');
  });

  it('list reads the envelope into records and a total', async () => {
    api()
      .get('/oauth_applications')
      .query({ limit: '10', order_by: '-created_at' })
      .reply(200, { data: [oauthAppJson('oa_1'), oauthAppJson('oa_2')], total_count: 2 });
    const page = await strict().oauthApplications.list({ orderBy: '-created_at' });
    expect(page.data.map((app) => app.id)).toEqual(['oa_1', 'oa_2']);
    expect(page.data[1]).toBeInstanceOf(OauthApplication);
    expect(page.totalCount).toBe(2);
  });
});

describe('clerk.oauthAccessTokens', () => {
  it('verify sends access_token and returns the answer as data', async () => {
    api().post('/oauth_applications/access_tokens/verify', { access_token: 'oat_x' }).reply(200, { active: false });
    expect(await strict().oauthAccessTokens.verify({ accessToken: 'oat_x' })).toEqual({ active: false });
  });
});

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

describe('clerk.enterpriseConnections', () => {
  it('create returns a record whose test runs are reachable from it', async () => {
    const clerk = strict();
    api()
      .post('/enterprise_connections', {
        name: 'Acme Okta',
        provider: 'saml_okta',
        domains: ['acme.com'],
        saml: { idp_metadata_url: 'https://acme.okta.com/metadata' },
      })
      .reply(201, enterpriseJson('entc_1'));
    const connection = await clerk.enterpriseConnections.create({
      name: 'Acme Okta',
      provider: 'saml_okta',
      domains: ['acme.com'],
      saml: { idpMetadataUrl: 'https://acme.okta.com/metadata' },
    });
    expect(connection).toBeInstanceOf(EnterpriseConnection);
    expect(connection.samlConnection?.idpMetadataUrl).toBe('https://acme.okta.com/metadata');

    api().post('/enterprise_connections/entc_1/test_runs').reply(200, { url: 'https://clerk.acme.dev/test/1' });
    expect(await connection.testRuns.create()).toEqual({ url: 'https://clerk.acme.dev/test/1' });

    api()
      .get('/enterprise_connections/entc_1/test_runs')
      .query({ status: ['failed', 'pending'], limit: '500' })
      .reply(200, {
        data: [
          {
            id: 'tr_1',
            status: 'failed',
            connection_type: 'saml',
            parsed_user_info: { email_address: 'ada@acme.com' },
            logs: [{ level: 'error', short_message: 'bad signature', message: 'The assertion signature is invalid' }],
            created_at: 1,
          },
        ],
        total_count: 1,
      });
    const runs = await clerk.enterpriseConnections('entc_1').testRuns.list({ status: ['failed', 'pending'] }).toArray({ max: 10 });
    expect(runs).toEqual([
      {
        id: 'tr_1',
        status: 'failed',
        connectionType: 'saml',
        parsedUserInfo: { emailAddress: 'ada@acme.com' },
        logs: [{ level: 'error', shortMessage: 'bad signature', message: 'The assertion signature is invalid' }],
        createdAt: 1,
      },
    ]);
  });

  it('create validates the provider and domains before sending', async () => {
    const error = await rejectionOf(
      strict().enterpriseConnections.create({ name: 'Acme', provider: 'saml_unknown' as never, domains: [] }),
    );
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toMatch(/provider/);
    expect(error.message).toMatch(/domains/);
  });
});

describe('clerk.machines', () => {
  it('create answers with the secret key once; scopes are nested by path', async () => {
    const clerk = strict();
    api()
      .post('/machines', { name: 'billing-worker', scoped_machines: [MCH_B] })
      .reply(200, machineJson(MCH_A, { secret_key: 'ak_machine_secret' }));
    const machine = await clerk.machines.create({ name: 'billing-worker', scopedMachines: [MCH_B] });
    expect(machine).toBeInstanceOf(Machine);
    expect(machine.secretKey).toBe('ak_machine_secret');
    expect(machine.scopedMachines[0]).toEqual({ object: 'machine', id: MCH_B, name: 'api', instanceId: 'ins_1', createdAt: 1, updatedAt: 1 });

    api()
      .post(`/machines/${MCH_A}/scopes`, { to_machine_id: MCH_B })
      .reply(200, { object: 'machine_scope', from_machine_id: MCH_A, to_machine_id: MCH_B, created_at: 3 });
    const scope = await machine.scopes.create({ toMachineId: MCH_B });
    expect(scope).toBeInstanceOf(MachineScope);
    expect(scope.toMachineId).toBe(MCH_B);

    api()
      .delete(`/machines/${MCH_A}/scopes/${MCH_B}`)
      .reply(200, { object: 'machine_scope', from_machine_id: MCH_A, to_machine_id: MCH_B, deleted: true });
    expect(await scope.delete()).toEqual({ object: 'machine_scope', fromMachineId: MCH_A, toMachineId: MCH_B, deleted: true });

    api()
      .delete(`/machines/${MCH_A}/scopes/mch_other`)
      .reply(200, { object: 'machine_scope', from_machine_id: MCH_A, to_machine_id: 'mch_other', deleted: true });
    await clerk.machines(MCH_A).scopes('mch_other').delete();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('secret keys: get and rotate answer plain data; rotate validates the grace period first', async () => {
    const clerk = strict();
    api().get(`/machines/${MCH_A}/secret_key`).reply(200, { object: 'machine_secret_key', secret: 'ak_old' });
    expect(await clerk.machines(MCH_A).getSecretKey()).toEqual({ object: 'machine_secret_key', secret: 'ak_old' });
    api()
      .post(`/machines/${MCH_A}/secret_key/rotate`, { previous_token_ttl: 600 })
      .reply(200, { object: 'machine_secret_key', secret: 'ak_new' });
    expect((await clerk.machines(MCH_A).rotateSecretKey({ previousTokenTtl: 600 })).secret).toBe('ak_new');
    const error = await rejectionOf(clerk.machines(MCH_A).rotateSecretKey({ previousTokenTtl: 99_999 }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('previousTokenTtl');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('iterating the list asks for the largest page, and update refreshes a record in place', async () => {
    const clerk = strict();
    api()
      .get('/machines')
      .query({ limit: '500', query: 'worker' })
      .reply(200, { data: [machineJson(MCH_A)], total_count: 1 });
    const machines: Machine[] = [];
    for await (const machine of clerk.machines.list({ query: 'worker' })) machines.push(machine);
    expect(machines.map((machine) => machine.id)).toEqual([MCH_A]);
    api().patch(`/machines/${MCH_A}`, { name: 'renamed' }).reply(200, machineJson(MCH_A, { name: 'renamed' }));
    expect(await machines[0]!.update({ name: 'renamed' })).toBe(machines[0]);
    expect(machines[0]!.name).toBe('renamed');
    api().delete(`/machines/${MCH_A}`).reply(200, { object: 'machine', id: MCH_A, deleted: true });
    expect(await machines[0]!.delete()).toEqual({ object: 'machine', id: MCH_A, deleted: true });
  });
});

describe('clerk.m2mTokens', () => {
  it('create returns an M2MToken record with its token; a client built with the machine key sends it', async () => {
    const machineKey = 'ak_machine_secret_0123456789';
    api()
      .matchHeader('authorization', `Bearer ${machineKey}`)
      .post('/m2m_tokens', { seconds_until_expiration: 3600 })
      .reply(201, m2mJson(MT, { token: 'mt_secret_value' }));
    const asMachine = newClerk({ secretKey: machineKey, strictResponses: true, maxRetries: 0 });
    const token = await asMachine.m2mTokens.create({ secondsUntilExpiration: 3600 });
    expect(token).toBeInstanceOf(M2mToken);
    expect(token.token).toBe('mt_secret_value');
    expect(token.claims).toEqual({ job: 'nightly-sync' });
  });

  it('list reads the m2m_tokens envelope, and requires a machine subject', async () => {
    api()
      .get('/m2m_tokens')
      .query({ subject: MCH_A, limit: '100' })
      .reply(200, { m2m_tokens: [m2mJson(MT)], total_count: 1 });
    const tokens = await strict().m2mTokens.list({ subject: MCH_A }).toArray({ max: 500 });
    expect(tokens).toHaveLength(1);
    expect(tokens[0]).toBeInstanceOf(M2mToken);
    expect(tokens[0]!.token).toBeUndefined();

    const error = await rejectionOf(Promise.resolve(strict().m2mTokens.list({ subject: 'user_123' })));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('subject');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('verify returns the token as a record that can revoke itself in place', async () => {
    const clerk = strict();
    api().post('/m2m_tokens/verify', { token: 'mt_secret_value' }).reply(200, m2mJson(MT));
    const token = await clerk.m2mTokens.verify({ token: 'mt_secret_value' });
    expect(token).toBeInstanceOf(M2mToken);
    api()
      .post(`/m2m_tokens/${MT}/revoke`, { revocation_reason: 'rotated' })
      .reply(200, m2mJson(MT, { revoked: true, revocation_reason: 'rotated' }));
    expect(await token.revoke({ revocationReason: 'rotated' })).toBe(token);
    expect(token.revoked).toBe(true);
    expect(token.revocationReason).toBe('rotated');
  });
});

describe('clerk.apiKeys', () => {
  it('create returns a record with the secret; JSON holds data only', async () => {
    api()
      .post('/api_keys', { name: 'CI deploys', subject: USER, scopes: ['deploy'] })
      .reply(200, apiKeyJson(AK, { secret: 'ak_live_secret' }));
    const key = await strict().apiKeys.create({ name: 'CI deploys', subject: USER, scopes: ['deploy'] });
    expect(key).toBeInstanceOf(ApiKey);
    expect(key.secret).toBe('ak_live_secret');
    const plain = JSON.parse(JSON.stringify(key));
    expect(plain).toMatchObject({ id: AK, subject: USER, secret: 'ak_live_secret' });
    expect(JSON.stringify(key)).not.toMatch(/transport|context/i);
    expectNoSecret(key);
  });

  it('create validates subject and name before sending', async () => {
    const error = await rejectionOf(strict().apiKeys.create({ name: 'x', subject: 'someone' }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('subject');
    expect(error.message).toContain('name');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('list pages through {data, total_count} at 100 a page', async () => {
    const first = Array.from({ length: 100 }, (_, i) => apiKeyJson(`ak_${String(i).padStart(32, '0')}`));
    api().get('/api_keys').query({ subject: USER, limit: '100' }).reply(200, { data: first, total_count: 101 });
    api()
      .get('/api_keys')
      .query({ subject: USER, limit: '100', offset: '100' })
      .reply(200, { data: [apiKeyJson(AK)], total_count: 101 });
    let count = 0;
    let last: ApiKey | undefined;
    for await (const key of strict().apiKeys.list({ subject: USER })) {
      count += 1;
      last = key;
    }
    expect(count).toBe(101);
    expect(last).toBeInstanceOf(ApiKey);
    expect(last!.id).toBe(AK);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('refuses a limit above 100 before sending', async () => {
    const error = await rejectionOf(Promise.resolve(strict().apiKeys.list({ subject: USER, limit: 500 })));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('limit');
  });

  it('a record revokes and updates itself in place; delete and getSecret answer data', async () => {
    const clerk = strict();
    api().get(`/api_keys/${AK}`).reply(200, apiKeyJson(AK));
    const key = await clerk.apiKeys.get(AK);
    expect(key.secret).toBeUndefined();
    api().post(`/api_keys/${AK}/revoke`, { revocation_reason: 'leaked' }).reply(200, apiKeyJson(AK, { revoked: true, revocation_reason: 'leaked' }));
    expect(await key.revoke({ revocationReason: 'leaked' })).toBe(key);
    expect(key.revoked).toBe(true);
    api().patch(`/api_keys/${AK}`, { description: 'retired' }).reply(200, apiKeyJson(AK, { revoked: true, description: 'retired' }));
    await key.update({ description: 'retired' });
    expect(key.description).toBe('retired');
    api().get(`/api_keys/${AK}/secret`).reply(200, { secret: 'ak_live_secret' });
    expect(await key.getSecret()).toEqual({ secret: 'ak_live_secret' });
    api().delete(`/api_keys/${AK}`).reply(200, { object: 'api_key', id: AK, deleted: true });
    expect(await key.delete()).toEqual({ object: 'api_key', id: AK, deleted: true });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('verify returns the key the secret belongs to, as a record', async () => {
    api().post('/api_keys/verify', { secret: 'ak_live_secret' }).reply(200, apiKeyJson(AK));
    const key = await strict().apiKeys.verify({ secret: 'ak_live_secret' });
    expect(key).toBeInstanceOf(ApiKey);
    expect(key.subject).toBe(USER);
  });
});

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
