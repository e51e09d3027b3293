import type { OperationId } from '../../src/generated/operations.js';
import type { CallTable, PrismTarget } from './types.js';

export const calls: CallTable = {
  GetSessionList: (clerk) => clerk.sessions.list({ userId: 'user_123', status: 'active', limit: 10 }),
  createSession: (clerk) => clerk.sessions.create({ userId: 'user_123' }),
  GetSession: (clerk) => clerk.sessions('sess_123').get(),
  RefreshSession: (clerk) =>
    clerk.sessions('sess_123').refresh({
      expiredToken: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln',
      refreshToken: 'rt_123',
      requestOrigin: 'https://example.com',
      format: 'token',
    }),
  RevokeSession: (clerk) => clerk.sessions('sess_123').revoke(),
  CreateSessionToken: (clerk) => clerk.sessions('sess_123').createToken({ expiresInSeconds: 300 }),
  CreateSessionTokenFromTemplate: (clerk) => clerk.sessions('sess_123').createTokenFromTemplate('supabase'),
  VerifySession: (clerk) => clerk.sessions('sess_123').verify({ token: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' }),

  GetClientList: (clerk) => clerk.clients.list({ limit: 10 }),
  GetClient: (clerk) => clerk.clients('client_123').get(),
  VerifyClient: (clerk) => clerk.clients.verify({ token: 'eyJhbGciOiJSUzI1NiJ9.e30.c2ln' }),

  CreateSignInToken: (clerk) => clerk.signInTokens.create({ userId: 'user_123', expiresInSeconds: 600 }),
  RevokeSignInToken: (clerk) => clerk.signInTokens('sit_123').revoke(),

  GetSignUp: (clerk) => clerk.signUps('sua_123').get(),
  UpdateSignUp: (clerk) => clerk.signUps('sua_123').update({ externalId: 'crm_42' }),

  CreateActorToken: (clerk) => clerk.actorTokens.create({ userId: 'user_123', actor: { sub: 'user_admin' }, expiresInSeconds: 600 }),
  RevokeActorToken: (clerk) => clerk.actorTokens('act_123').revoke(),

  CreateTestingToken: (clerk) => clerk.testingTokens.create(),

  CreateAgentTask: (clerk) =>
    clerk.agentTasks.create({
      onBehalfOf: { userId: 'user_123' },
      permissions: '*',
      agentName: 'Booking bot',
      taskDescription: 'Book a table for two',
      redirectUrl: 'https://example.com/done',
    }),
  RevokeAgentTask: (clerk) => clerk.agentTasks('agt_task_123').revoke(),

  ListInvitations: (clerk) => clerk.invitations.list({ status: 'pending', orderBy: '-created_at' }),
  CreateInvitation: (clerk) => clerk.invitations.create({ emailAddress: 'bob@example.com', publicMetadata: { plan: 'pro' } }),
  CreateBulkInvitations: (clerk) =>
    clerk.invitations.bulkCreate([{ emailAddress: 'bob@example.com' }, { emailAddress: 'eve@example.com', expiresInDays: 7 }]),
  RevokeInvitation: (clerk) => clerk.invitations('inv_123').revoke(),

  ListWaitlistEntries: (clerk) => clerk.waitlistEntries.list({ status: 'pending', limit: 20 }),
  CreateWaitlistEntry: (clerk) => clerk.waitlistEntries.create({ emailAddress: 'carol@example.com' }),
  CreateBulkWaitlistEntries: (clerk) =>
    clerk.waitlistEntries.bulkCreate([{ emailAddress: 'carol@example.com' }, { emailAddress: 'dan@example.com', notify: false }]),
  DeleteWaitlistEntry: (clerk) => clerk.waitlistEntries('wle_123').delete(),
  InviteWaitlistEntry: (clerk) => clerk.waitlistEntries('wle_123').invite({ ignoreExisting: true }),
  RejectWaitlistEntry: (clerk) => clerk.waitlistEntries('wle_123').reject(),

  ListAllowlistIdentifiers: (clerk) => clerk.allowlistIdentifiers.list({ limit: 50 }),
  CreateAllowlistIdentifier: (clerk) => clerk.allowlistIdentifiers.create({ identifier: '*@example.com', notify: false }),
  DeleteAllowlistIdentifier: (clerk) => clerk.allowlistIdentifiers('alid_123').delete(),

  ListBlocklistIdentifiers: (clerk) => clerk.blocklistIdentifiers.list(),
  CreateBlocklistIdentifier: (clerk) => clerk.blocklistIdentifiers.create({ identifier: '*@spam.example' }),
  DeleteBlocklistIdentifier: (clerk) => clerk.blocklistIdentifiers('blid_123').delete(),

  ListRedirectURLs: (clerk) => clerk.redirectUrls.list(),
  CreateRedirectURL: (clerk) => clerk.redirectUrls.create({ url: 'myapp://oauth-callback' }),
  GetRedirectURL: (clerk) => clerk.redirectUrls('ru_123').get(),
  DeleteRedirectURL: (clerk) => clerk.redirectUrls('ru_123').delete(),
};

export const prism: Partial<Record<OperationId, PrismTarget>> = {
  // Dropped from the API after 2021-02-05: only the legacy spec copy describes it.
  VerifySession: 'legacy',
};
