import type { CallTable } from './types.js';

export const calls: CallTable = {
  getApiKeys: (clerk) => clerk.apiKeys.list({ subject: 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk', limit: 20 }),
  createApiKey: (clerk) => clerk.apiKeys.create({ name: 'CI deploys', subject: 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk', scopes: ['deploy'] }),
  getApiKey: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').get(),
  updateApiKey: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').update({ description: 'Deploys from CI', scopes: ['deploy'] }),
  deleteApiKey: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').delete(),
  getApiKeySecret: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').getSecret(),
  revokeApiKey: (clerk) => clerk.apiKeys('ak_f7f0ba8c3b4843ce7d85fcdd5e71853e').revoke({ revocationReason: 'leaked' }),
  verifyApiKey: (clerk) => clerk.apiKeys.verify({ secret: 'ak_live_0123456789abcdef' }),
};
