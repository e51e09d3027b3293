import { describe, expect, it } from 'vitest';
import { ClerkValidationError, EnterpriseConnection } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

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
