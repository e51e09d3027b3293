import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListInvitations: (clerk) => clerk.invitations.list({ status: 'pending', orderBy: '-created_at' }),
  CreateInvitation: (clerk) => clerk.invitations.create({ emailAddress: 'bob@example.com', publicMetadata: { plan: 'pro' } }),
  CreateBulkInvitations: (clerk) =>
    clerk.invitations.bulkCreate([{ emailAddress: 'bob@example.com' }, { emailAddress: 'eve@example.com', expiresInDays: 7 }]),
  RevokeInvitation: (clerk) => clerk.invitations('inv_123').revoke(),
};
