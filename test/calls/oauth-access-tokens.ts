import type { CallTable } from './types.js';

export const calls: CallTable = {
  verifyOAuthAccessToken: (clerk) => clerk.oauthAccessTokens.verify({ accessToken: 'oat_0ef5a7a33d87ed87ee7954c845d80450' }),
};
