import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListAllowlistIdentifiers: (clerk) => clerk.allowlistIdentifiers.list({ limit: 50 }),
  CreateAllowlistIdentifier: (clerk) => clerk.allowlistIdentifiers.create({ identifier: '*@example.com', notify: false }),
  DeleteAllowlistIdentifier: (clerk) => clerk.allowlistIdentifiers('alid_123').delete(),
};
