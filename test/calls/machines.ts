import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListMachines: (clerk) => clerk.machines.list({ query: 'worker', orderBy: '-created_at' }),
  CreateMachine: (clerk) => clerk.machines.create({ name: 'billing-worker', defaultTokenTtl: 3600 }),
  GetMachine: (clerk) => clerk.machines('mch_123').get(),
  UpdateMachine: (clerk) => clerk.machines('mch_123').update({ name: 'billing-worker-v2' }),
  DeleteMachine: (clerk) => clerk.machines('mch_123').delete(),
  GetMachineSecretKey: (clerk) => clerk.machines('mch_123').getSecretKey(),
  RotateMachineSecretKey: (clerk) => clerk.machines('mch_123').rotateSecretKey({ previousTokenTtl: 3600 }),
  CreateMachineScope: (clerk) => clerk.machines('mch_123').scopes.create({ toMachineId: 'mch_456' }),
  DeleteMachineScope: (clerk) => clerk.machines('mch_123').scopes('mch_456').delete(),
};
