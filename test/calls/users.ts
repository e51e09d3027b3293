import type { OperationId } from '../../src/generated/operations.js';
import type { CallTable, PrismTarget } from './types.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const calls: CallTable = {
  GetUserList: (clerk) => clerk.users.list({ limit: 10, orderBy: '-created_at' }),
  CreateUser: (clerk) => clerk.users.create({ emailAddress: ['ada@example.com'], password: 'correct-horse-battery', publicMetadata: { plan: 'pro' } }),
  GetUsersCount: (clerk) => clerk.users.count({ query: 'ada' }),
  UsersBan: (clerk) => clerk.users.bulkBan({ userIds: ['user_123', 'user_456'] }),
  UsersUnban: (clerk) => clerk.users.bulkUnban({ userIds: ['user_123'] }),
  GetUser: (clerk) => clerk.users('user_123').get(),
  UpdateUser: (clerk) => clerk.users('user_123').update({ firstName: 'Ada' }),
  DeleteUser: (clerk) => clerk.users('user_123').delete(),
  BanUser: (clerk) => clerk.users('user_123').ban(),
  UnbanUser: (clerk) => clerk.users('user_123').unban(),
  LockUser: (clerk) => clerk.users('user_123').lock(),
  UnlockUser: (clerk) => clerk.users('user_123').unlock(),
  SetUserProfileImage: (clerk) => clerk.users('user_123').setProfileImage({ file: new Blob([png], { type: 'image/png' }) }),
  DeleteUserProfileImage: (clerk) => clerk.users('user_123').deleteProfileImage(),
  UpdateUserMetadata: (clerk) => clerk.users('user_123').updateMetadata({ privateMetadata: { stripeId: 'cus_1' } }),
  ReplaceUserMetadata: (clerk) => clerk.users('user_123').replaceMetadata({ publicMetadata: { plan: 'free' } }),
  GetUserBillingSubscription: (clerk) => clerk.users('user_123').getBillingSubscription(),
  GetUserBillingCreditBalance: (clerk) => clerk.users('user_123').getBillingCreditBalance(),
  AdjustUserBillingCreditBalance: (clerk) =>
    clerk.users('user_123').adjustBillingCreditBalance({ amount: 500, action: 'increase', idempotencyKey: 'credit-2026-11-27' }),
  GetOAuthAccessToken: (clerk) => clerk.users('user_123').getOauthAccessToken('oauth_google'),
  UsersGetOrganizationMemberships: (clerk) => clerk.users('user_123').organizationMemberships.list(),
  UsersGetOrganizationInvitations: (clerk) => clerk.users('user_123').organizationInvitations.list({ status: 'pending' }),
  RemoveUserPassword: (clerk) => clerk.users('user_123').removePassword(),
  VerifyPassword: (clerk) => clerk.users('user_123').verifyPassword({ password: 'correct-horse-battery' }),
  VerifyTOTP: (clerk) => clerk.users('user_123').verifyTotp({ code: '123456' }),
  DisableMFA: (clerk) => clerk.users('user_123').disableMfa(),
  DeleteBackupCode: (clerk) => clerk.users('user_123').deleteBackupCodes(),
  DeleteTOTP: (clerk) => clerk.users('user_123').deleteTotp(),
  CreateUserTOTP: (clerk) => clerk.users('user_123').createTotp(),
  UserPasskeyDelete: (clerk) => clerk.users('user_123').passkeys('pk_123').delete(),
  UserWeb3WalletDelete: (clerk) => clerk.users('user_123').web3Wallets('web3_123').delete(),
  DeleteExternalAccount: (clerk) => clerk.users('user_123').externalAccounts('eac_123').delete(),
  ListUserTrustedDevices: (clerk) => clerk.users('user_123').trustedDevices.list(),
  RevokeUserTrustedDevice: (clerk) => clerk.users('user_123').trustedDevices('td_123').revoke(),
  SetUserPasswordCompromised: (clerk) => clerk.users('user_123').setPasswordCompromised({ revokeAllSessions: true }),
  UnsetUserPasswordCompromised: (clerk) => clerk.users('user_123').unsetPasswordCompromised(),
  ReplaceUserEmailAddress: (clerk) => clerk.users('user_123').replaceEmailAddress({ emailAddress: 'ada@example.org' }),
  ReplaceUserPhoneNumber: (clerk) => clerk.users('user_123').replacePhoneNumber({ phoneNumber: '+15555550100' }),
};

export const prism: Partial<Record<OperationId, PrismTarget>> = {
  // Listed by the seed gem only: no Clerk spec describes it, so only nock proves its request.
  CreateUserTOTP: 'none',
};
