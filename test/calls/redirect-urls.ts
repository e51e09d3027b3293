import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListRedirectURLs: (clerk) => clerk.redirectUrls.list(),
  CreateRedirectURL: (clerk) => clerk.redirectUrls.create({ url: 'myapp://oauth-callback' }),
  GetRedirectURL: (clerk) => clerk.redirectUrls('ru_123').get(),
  DeleteRedirectURL: (clerk) => clerk.redirectUrls('ru_123').delete(),
};
