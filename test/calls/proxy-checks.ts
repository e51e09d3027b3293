import type { CallTable } from './types.js';

export const calls: CallTable = {
  VerifyDomainProxy: (clerk) => clerk.proxyChecks.verify({ domainId: 'dmn_123', proxyUrl: 'https://example.com/__clerk' }),
};
