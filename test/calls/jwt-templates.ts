import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListJWTTemplates: (clerk) => clerk.jwtTemplates.list({ limit: 20 }),
  CreateJWTTemplate: (clerk) => clerk.jwtTemplates.create({ name: 'supabase', claims: { role: 'authenticated' }, lifetime: 60 }),
  GetJWTTemplate: (clerk) => clerk.jwtTemplates('jtmp_123').get(),
  UpdateJWTTemplate: (clerk) => clerk.jwtTemplates('jtmp_123').update({ name: 'supabase', claims: { role: 'authenticated', aud: 'db' } }),
  DeleteJWTTemplate: (clerk) => clerk.jwtTemplates('jtmp_123').delete(),
};
