import type { CallTable } from './types.js';

export const calls: CallTable = {
  CreateActorToken: (clerk) => clerk.actorTokens.create({ userId: 'user_123', actor: { sub: 'user_admin' }, expiresInSeconds: 600 }),
  RevokeActorToken: (clerk) => clerk.actorTokens('act_123').revoke(),
};
