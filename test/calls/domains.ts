import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListDomains: (clerk) => clerk.domains.list(),
  AddDomain: (clerk) => clerk.domains.add({ name: 'shop.example.com', isSatellite: true }),
  UpdateDomain: (clerk) => clerk.domains('dmn_123').update({ proxyUrl: 'https://shop.example.com/__clerk' }),
  DeleteDomain: (clerk) => clerk.domains('dmn_123').delete(),
};
