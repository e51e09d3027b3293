import type { CallTable } from './types.js';

export const calls: CallTable = {
  GetJWKS: (clerk) => clerk.jwks.get(),
};
