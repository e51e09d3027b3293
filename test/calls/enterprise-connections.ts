import type { CallTable } from './types.js';

export const calls: CallTable = {
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
};
