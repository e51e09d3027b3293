import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListWaitlistEntries: (clerk) => clerk.waitlistEntries.list({ status: 'pending', limit: 20 }),
  CreateWaitlistEntry: (clerk) => clerk.waitlistEntries.create({ emailAddress: 'carol@example.com' }),
  CreateBulkWaitlistEntries: (clerk) =>
    clerk.waitlistEntries.bulkCreate([{ emailAddress: 'carol@example.com' }, { emailAddress: 'dan@example.com', notify: false }]),
  DeleteWaitlistEntry: (clerk) => clerk.waitlistEntries('wle_123').delete(),
  InviteWaitlistEntry: (clerk) => clerk.waitlistEntries('wle_123').invite({ ignoreExisting: true }),
  RejectWaitlistEntry: (clerk) => clerk.waitlistEntries('wle_123').reject(),
};
