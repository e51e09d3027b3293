import type { CallTable } from './types.js';

export const calls: CallTable = {
  createM2MToken: (clerk) => clerk.m2mTokens.create({ secondsUntilExpiration: 3600, claims: { job: 'nightly-sync' } }),
  getM2MTokens: (clerk) => clerk.m2mTokens.list({ subject: 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk', revoked: false }),
  revokeM2MToken: (clerk) => clerk.m2mTokens('mt_f7f0ba8c3b4843ce7d85fcdd5e71853e').revoke({ revocationReason: 'rotated' }),
  verifyM2MToken: (clerk) => clerk.m2mTokens.verify({ token: 'mt_0123456789abcdef0123456789abcdef' }),
};
