import type { CallTable } from './types.js';

export const calls: CallTable = {
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
};
