import type { CallTable } from './types.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const calls: CallTable = {
  ListOAuthApplications: (clerk) => clerk.oauthApplications.list({ orderBy: '-created_at', nameQuery: 'acme' }),
  CreateOAuthApplication: (clerk) =>
    clerk.oauthApplications.create({ name: 'Acme CLI', redirectUris: ['https://acme.dev/callback'], scopes: 'profile email', pkceRequired: true }),
  GetOAuthApplication: (clerk) => clerk.oauthApplications('oa_123').get(),
  UpdateOAuthApplication: (clerk) => clerk.oauthApplications('oa_123').update({ consentScreenEnabled: true }),
  DeleteOAuthApplication: (clerk) => clerk.oauthApplications('oa_123').delete(),
  UploadOAuthApplicationLogo: (clerk) => clerk.oauthApplications('oa_123').uploadLogo({ file: new Blob([png], { type: 'image/png' }) }),
  RotateOAuthApplicationSecret: (clerk) => clerk.oauthApplications('oa_123').rotateSecret(),
  RevokeOAuthApplicationToken: (clerk) => clerk.oauthApplications('oa_123').revokeToken({ token: 'oat_0ef5a7a33d87ed87ee7954c845d80450' }),

  verifyOAuthAccessToken: (clerk) => clerk.oauthAccessTokens.verify({ accessToken: 'oat_0ef5a7a33d87ed87ee7954c845d80450' }),

  ListSAMLConnections: (clerk) => clerk.samlConnections.list({ query: 'acme' }),
  CreateSAMLConnection: (clerk) =>
    clerk.samlConnections.create({
      name: 'Acme Okta',
      provider: 'saml_okta',
      domains: ['acme.com'],
      idpMetadataUrl: 'https://acme.okta.com/app/exk1/sso/saml/metadata',
    }),
  GetSAMLConnection: (clerk) => clerk.samlConnections('samlc_123').get(),
  UpdateSAMLConnection: (clerk) => clerk.samlConnections('samlc_123').update({ active: true }),
  DeleteSAMLConnection: (clerk) => clerk.samlConnections('samlc_123').delete(),

  ListEnterpriseConnections: (clerk) => clerk.enterpriseConnections.list({ active: true }),
  CreateEnterpriseConnection: (clerk) =>
    clerk.enterpriseConnections.create({
      name: 'Acme Okta',
      provider: 'saml_okta',
      domains: ['acme.com'],
      saml: { idpMetadataUrl: 'https://acme.okta.com/app/exk1/sso/saml/metadata' },
    }),
  GetEnterpriseConnection: (clerk) => clerk.enterpriseConnections('entc_123').get(),
  UpdateEnterpriseConnection: (clerk) => clerk.enterpriseConnections('entc_123').update({ domains: ['acme.com', 'acme.io'] }),
  DeleteEnterpriseConnection: (clerk) => clerk.enterpriseConnections('entc_123').delete(),
  ListEnterpriseConnectionTestRuns: (clerk) => clerk.enterpriseConnections('entc_123').testRuns.list({ status: ['failed'] }),
  CreateEnterpriseConnectionTestRun: (clerk) => clerk.enterpriseConnections('entc_123').testRuns.create(),

  ListMachines: (clerk) => clerk.machines.list({ query: 'worker', orderBy: '-created_at' }),
  CreateMachine: (clerk) => clerk.machines.create({ name: 'billing-worker', defaultTokenTtl: 3600 }),
  GetMachine: (clerk) => clerk.machines('mch_123').get(),
  UpdateMachine: (clerk) => clerk.machines('mch_123').update({ name: 'billing-worker-v2' }),
  DeleteMachine: (clerk) => clerk.machines('mch_123').delete(),
  GetMachineSecretKey: (clerk) => clerk.machines('mch_123').getSecretKey(),
  RotateMachineSecretKey: (clerk) => clerk.machines('mch_123').rotateSecretKey({ previousTokenTtl: 3600 }),
  CreateMachineScope: (clerk) => clerk.machines('mch_123').scopes.create({ toMachineId: 'mch_456' }),
  DeleteMachineScope: (clerk) => clerk.machines('mch_123').scopes('mch_456').delete(),

  createM2MToken: (clerk) => clerk.m2mTokens.create({ secondsUntilExpiration: 3600, claims: { job: 'nightly-sync' } }),
  getM2MTokens: (clerk) => clerk.m2mTokens.list({ subject: 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk', revoked: false }),
  revokeM2MToken: (clerk) => clerk.m2mTokens('mt_f7f0ba8c3b4843ce7d85fcdd5e71853e').revoke({ revocationReason: 'rotated' }),
  verifyM2MToken: (clerk) => clerk.m2mTokens.verify({ token: 'mt_0123456789abcdef0123456789abcdef' }),

  getApiKeys: (clerk) => clerk.apiKeys.list({ subject: 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk', limit: 20 }),
  createApiKey: (clerk) => clerk.apiKeys.create({ name: 'CI deploys', subject: 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk', scopes: ['deploy'] }),
  getApiKey: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').get(),
  updateApiKey: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').update({ description: 'Deploys from CI', scopes: ['deploy'] }),
  deleteApiKey: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').delete(),
  getApiKeySecret: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').getSecret(),
  revokeApiKey: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').revoke({ revocationReason: 'leaked' }),
  verifyApiKey: (clerk) => clerk.apiKeys.verify({ secret: 'ak_live_0123456789abcdef' }),

  createAdminPortalLinkToken: (clerk) =>
    clerk.adminPortalLinkTokens.create({ organizationId: 'org_2xhFjEI5X2qWRvtV13BzSj8H6Dk', secondsUntilExpiration: 3600 }),
  revokeAdminPortalLinkToken: (clerk) =>
    clerk.adminPortalLinkTokens('aplt_f7f0ba8c3b4843ce7d85fcdd5e71853e').revoke({ revocationReason: 'sent to the wrong person' }),
};
