import { describe, expect, it } from 'vitest';
import { Client, Session } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

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

function clientJson(id: string) {
  return {
    object: 'client',
    id,
    session_ids: ['sess_1', 'sess_2'],
    sessions: [sessionJson('sess_1'), sessionJson('sess_2')],
    sign_in_id: null,
    sign_up_id: null,
    last_active_session_id: 'sess_1',
    last_authentication_strategy: 'email_code',
    created_at: 1,
    updated_at: 2,
  };
}

describe('clerk.clients', () => {
  it("a client's sessions are Session records located at /sessions/{id}", async () => {
    const clerk = strict();
    api().get('/clients/client_1').reply(200, clientJson('client_1'));
    const client = await clerk.clients.get('client_1');
    expect(client).toBeInstanceOf(Client);
    expect(client.sessions[1]).toBeInstanceOf(Session);
    api().post('/sessions/sess_2/revoke').reply(200, sessionJson('sess_2', { status: 'revoked' }));
    await client.sessions[1]!.revoke();
    expect(client.sessions[1]!.status).toBe('revoked');
    expect(JSON.parse(JSON.stringify(client)).sessions[1].status).toBe('revoked');
  });

  it('verify resolves a client token to a Client record, and reload refreshes it', async () => {
    api().post('/clients/verify', { token: 'client.jwt' }).reply(200, clientJson('client_1'));
    const client = await strict().clients.verify({ token: 'client.jwt' });
    expect(client.lastActiveSessionId).toBe('sess_1');
    api().get('/clients/client_1').reply(200, { ...clientJson('client_1'), last_active_session_id: 'sess_2' });
    await client.reload();
    expect(client.lastActiveSessionId).toBe('sess_2');
  });

  it('the deprecated list still pages', async () => {
    api().get('/clients').query({ limit: '1', paginated: 'true' }).reply(200, [clientJson('client_1')]);
    const page = await strict().clients.list({ limit: 1 });
    expect(page.data[0]).toBeInstanceOf(Client);
  });
});
