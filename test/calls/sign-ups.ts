import type { CallTable } from './types.js';

export const calls: CallTable = {
  GetSignUp: (clerk) => clerk.signUps('sua_123').get(),
  UpdateSignUp: (clerk) => clerk.signUps('sua_123').update({ externalId: 'crm_42' }),
};
