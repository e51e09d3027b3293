import type { CallTable } from './types.js';

/** Instance settings, beta features, domains, proxy checks, templates, JWT templates, JWKS, the interstitial and webhooks. */
export const calls: CallTable = {
  GetInstance: (clerk) => clerk.instance.get(),
  UpdateInstance: (clerk) => clerk.instance.update({ supportEmail: 'help@example.com', allowedOrigins: ['https://app.example.com'] }),
  UpdateInstanceRestrictions: (clerk) => clerk.instance.updateRestrictions({ allowlist: true, blockDisposableEmailDomains: true }),
  GetInstanceCommunication: (clerk) => clerk.instance.getCommunication(),
  UpdateInstanceCommunication: (clerk) => clerk.instance.updateCommunication({ blockedCountryCodes: ['KP', 'IR'] }),
  GetInstanceOAuthApplicationSettings: (clerk) => clerk.instance.getOauthApplicationSettings(),
  UpdateInstanceOAuthApplicationSettings: (clerk) =>
    clerk.instance.updateOauthApplicationSettings({ dynamicOauthClientRegistration: true, defaultScopes: ['openid', 'profile'] }),
  GetInstanceOrganizationSettings: (clerk) => clerk.instance.getOrganizationSettings(),
  UpdateInstanceOrganizationSettings: (clerk) => clerk.instance.updateOrganizationSettings({ enabled: true, maxAllowedMemberships: 10 }),
  GetInstanceProtect: (clerk) => clerk.instance.getProtect(),
  UpdateInstanceProtect: (clerk) => clerk.instance.updateProtect({ rulesEnabled: true }),
  ChangeProductionInstanceDomain: (clerk) => clerk.instance.changeDomain({ homeUrl: 'https://www.example.com' }),

  UpdateInstanceAuthConfig: (clerk) => clerk.betaFeatures.updateInstanceSettings({ progressiveSignUp: true }),
  UpdateProductionInstanceDomain: (clerk) => clerk.betaFeatures.updateProductionInstanceDomain({ homeUrl: 'https://www.example.com' }),

  ListDomains: (clerk) => clerk.domains.list(),
  AddDomain: (clerk) => clerk.domains.add({ name: 'shop.example.com', isSatellite: true }),
  UpdateDomain: (clerk) => clerk.domains('dmn_123').update({ proxyUrl: 'https://shop.example.com/__clerk' }),
  DeleteDomain: (clerk) => clerk.domains('dmn_123').delete(),

  VerifyDomainProxy: (clerk) => clerk.proxyChecks.verify({ domainId: 'dmn_123', proxyUrl: 'https://example.com/__clerk' }),

  GetTemplateList: (clerk) => clerk.templates.email.list({ limit: 20 }),
  GetTemplate: (clerk) => clerk.templates.email('invitation').get(),
  UpsertTemplate: (clerk) =>
    clerk.templates.email('invitation').upsert({ subject: 'Join {{app.name}}', body: '<p>You are invited to {{app.name}}.</p>' }),
  RevertTemplate: (clerk) => clerk.templates.sms('verification_code').revert(),
  PreviewTemplate: (clerk) => clerk.templates.email('invitation').preview({ subject: 'Join us', body: '<p>Hello</p>' }),
  ToggleTemplateDelivery: (clerk) => clerk.templates.sms('verification_code').toggleDelivery({ deliveredByClerk: false }),

  ListJWTTemplates: (clerk) => clerk.jwtTemplates.list({ limit: 20 }),
  CreateJWTTemplate: (clerk) => clerk.jwtTemplates.create({ name: 'supabase', claims: { role: 'authenticated' }, lifetime: 60 }),
  GetJWTTemplate: (clerk) => clerk.jwtTemplates('jtmp_123').get(),
  UpdateJWTTemplate: (clerk) => clerk.jwtTemplates('jtmp_123').update({ name: 'supabase', claims: { role: 'authenticated', aud: 'db' } }),
  DeleteJWTTemplate: (clerk) => clerk.jwtTemplates('jtmp_123').delete(),

  GetJWKS: (clerk) => clerk.jwks.get(),

  GetPublicInterstitial: (clerk) => clerk.interstitial.get({ publishableKey: 'pk_test_Y2xlcmsuZXhhbXBsZS5jb20k' }),

  CreateSvixApp: (clerk) => clerk.webhooks.createSvixApp(),
  GenerateSvixAuthURL: (clerk) => clerk.webhooks.generateSvixAuthUrl(),
  DeleteSvixApp: (clerk) => clerk.webhooks.deleteSvixApp(),
};
