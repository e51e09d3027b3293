import type { CallTable } from './types.js';

export const calls: CallTable = {
  CreateTestingToken: (clerk) => clerk.testingTokens.create(),
};
