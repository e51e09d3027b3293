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
};

export const prism: Partial<Record<OperationId, PrismTarget>> = {
  // Dropped from the API after 2021-02-05: only the legacy spec copy describes it.
  VerifySession: 'legacy',
};
