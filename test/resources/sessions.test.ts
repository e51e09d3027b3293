import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, Session } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format objects, shaped as Clerk's spec describes them.

function sessionJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'session',
    id,
    user_id: 'user_1',
    client_id: 'client_1',
    status: 'active',
    last_active_organization_id: null,
    last_active_at: 1700000000000,
    latest_activity: { object: 'session_activity', id: 'sess_act_1', is_mobile: false, browser_name: 'Firefox' },
    expire_at: 1700600000000,
    abandon_at: 1702600000000,
    created_at: 1700000000000,
    updated_at: 1700000000000,
    ...overrides,
  };
}

describe('clerk.sessions', () => {
  it('lists Session records from the paginated envelope, with the total', async () => {
    api()
      .get('/sessions')
      .query({ user_id: 'user_1', status: 'active', limit: '2', paginated: 'true' })
      .reply(200, { data: [sessionJson('sess_1'), sessionJson('sess_2')], total_count: 2 });
    const page = await strict().sessions.list({ userId: 'user_1', status: 'active', limit: 2 });
    expect(page.data.map((session) => session.id)).toEqual(['sess_1', 'sess_2']);
    expect(page.data[0]).toBeInstanceOf(Session);
    expect(page.data[0]!.latestActivity?.browserName).toBe('Firefox');
    expect(page.totalCount).toBe(2);
  });

  it('a session record refreshes itself on revoke and reload', async () => {
    const clerk = strict();
    api().get('/sessions/sess_1').reply(200, sessionJson('sess_1'));
    const session = await clerk.sessions.get('sess_1');
    api().post('/sessions/sess_1/revoke').reply(200, sessionJson('sess_1', { status: 'revoked' }));
    expect(await session.revoke()).toBe(session);
    expect(session.status).toBe('revoked');
    api().get('/sessions/sess_1').reply(200, sessionJson('sess_1', { status: 'ended' }));
    await session.reload();
    expect(session.status).toBe('ended');
  });

  it('create returns a record; tokens come back as plain data', async () => {
    const clerk = strict();
    api().post('/sessions', { user_id: 'user_1' }).reply(200, sessionJson('sess_9'));
    const session = await clerk.sessions.create({ userId: 'user_1' });
    expect(session).toBeInstanceOf(Session);
    api().post('/sessions/sess_9/tokens', { expires_in_seconds: 60 }).reply(200, { object: 'token', jwt: 'a.b.c' });
    expect(await session.createToken({ expiresInSeconds: 60 })).toEqual({ object: 'token', jwt: 'a.b.c' });
    api().post('/sessions/sess_9/tokens/hasura%20v2').reply(200, { object: 'token', jwt: 'd.e.f' });
    const fromTemplate = await clerk.sessions('sess_9').createTokenFromTemplate('hasura v2');
    expect(fromTemplate.jwt).toBe('d.e.f');
    expect(session.status).toBe('active');
  });

  it('refresh answers a token or cookies, sent in snake_case', async () => {
    api()
      .post('/sessions/sess_1/refresh', { expired_token: 'x.y.z', refresh_token: 'rt', request_origin: 'https://example.com', format: 'cookie' })
      .reply(200, { object: 'cookies', cookies: ['__session=abc'] });
    const answer = await strict().sessions('sess_1').refresh({ expiredToken: 'x.y.z', refreshToken: 'rt', requestOrigin: 'https://example.com', format: 'cookie' });
    expect(answer).toEqual({ object: 'cookies', cookies: ['__session=abc'] });
  });

  it('the legacy verify posts the token and returns the session', async () => {
    api().post('/sessions/sess_1/verify', { token: 'x.y.z' }).reply(200, sessionJson('sess_1'));
    expect(await strict().sessions('sess_1').verify({ token: 'x.y.z' })).toBeInstanceOf(Session);
  });

  it('refuses bad params before sending, naming the field', async () => {
    const clerk = strict();
    const status = await rejectionOf(clerk.sessions.list({ status: 'sleeping' as never }).then((page) => page));
    expect(status).toBeInstanceOf(ClerkValidationError);
    expect(status.message).toContain('status');
    const missing = await rejectionOf(clerk.sessions('sess_1').refresh({ expiredToken: 'x', refreshToken: 'y' } as never));
    expect(missing).toBeInstanceOf(ClerkValidationError);
    expect(missing.message).toContain('requestOrigin');
    const short = await rejectionOf(clerk.sessions('sess_1').createToken({ expiresInSeconds: 5 }));
    expect(short.message).toContain('expiresInSeconds');
    expect(nock.pendingMocks()).toEqual([]);
  });
});
