import type { CallTable } from './types.js';

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
};
