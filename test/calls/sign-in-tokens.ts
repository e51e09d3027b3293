import type { CallTable } from './types.js';

export const calls: CallTable = {
  CreateSignInToken: (clerk) => clerk.signInTokens.create({ userId: 'user_123', expiresInSeconds: 600 }),
  RevokeSignInToken: (clerk) => clerk.signInTokens('sit_123').revoke(),
};
