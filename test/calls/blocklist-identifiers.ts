import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListBlocklistIdentifiers: (clerk) => clerk.blocklistIdentifiers.list(),
  CreateBlocklistIdentifier: (clerk) => clerk.blocklistIdentifiers.create({ identifier: '*@spam.example' }),
  DeleteBlocklistIdentifier: (clerk) => clerk.blocklistIdentifiers('blid_123').delete(),
};
