import type { CallTable } from './types.js';

export const calls: CallTable = {
  CreateSvixApp: (clerk) => clerk.webhooks.createSvixApp(),
  GenerateSvixAuthURL: (clerk) => clerk.webhooks.generateSvixAuthUrl(),
  DeleteSvixApp: (clerk) => clerk.webhooks.deleteSvixApp(),
};
