import type { CallTable } from './types.js';

export const calls: CallTable = {
  GetClientList: (clerk) => clerk.clients.list({ limit: 10 }),
  GetClient: (clerk) => clerk.clients('client_123').get(),
  VerifyClient: (clerk) => clerk.clients.verify({ token: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' }),
};
