import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { OauthApplication } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

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
