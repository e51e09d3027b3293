import type { CallTable } from './types.js';

export const calls: CallTable = {
  createAdminPortalLinkToken: (clerk) =>
    clerk.adminPortalLinkTokens.create({ organizationId: 'org_2xhFjEI5X2qWRvtV13BzSj8H6Dk', secondsUntilExpiration: 3600 }),
  revokeAdminPortalLinkToken: (clerk) =>
    clerk.adminPortalLinkTokens('aplt_f7f0ba8c3b4843ce7d85fcdd5e71853e').revoke({ revocationReason: 'sent to the wrong person' }),
};
