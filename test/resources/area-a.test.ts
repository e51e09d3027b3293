import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  ActorToken,
  AgentTask,
  AllowlistIdentifier,
  BlocklistIdentifier,
  Client,
  ClerkValidationError,
  Invitation,
  RedirectUrl,
  Session,
  SignInToken,
  SignUp,
  WaitlistEntry,
} from '../../src/index.js';
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

function invitationJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'invitation',
    id,
    email_address: `${id}@example.com`,
    public_metadata: { plan: 'pro', nested_key: { keep_me: 1 } },
    status: 'pending',
    url: `https://accounts.example.com/sign-up?__clerk_ticket=${id}`,
    expires_at: null,
    created_at: 1,
    updated_at: 2,
    ...overrides,
  };
}

function waitlistEntryJson(id: string, overrides: Record<string, unknown> = {}) {
  return { object: 'waitlist_entry', id, email_address: `${id}@example.com`, status: 'pending', created_at: 1, updated_at: 2, invitation: null, ...overrides };
}

function signUpJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'sign_up_attempt',
    id,
    status: 'missing_requirements',
    required_fields: ['email_address'],
    optional_fields: [],
    missing_fields: [],
    unverified_fields: ['email_address'],
    verifications: { email_address: { next_action: 'needs_attempt', supported_strategies: ['email_code'] }, phone_number: null, web3_wallet: null, external_account: null },
    username: null,
    email_address: 'ada@example.com',
    phone_number: null,
    web3_wallet: null,
    password_enabled: false,
    first_name: null,
    last_name: null,
    custom_action: false,
    external_id: null,
    created_session_id: null,
    created_user_id: null,
    abandon_at: 1700600000000,
    legal_accepted_at: null,
    ...overrides,
  };
}

const tokenJson = (object: 'sign_in_token' | 'actor_token', id: string, status = 'pending') => ({
  object,
  id,
  status,
  user_id: 'user_1',
  ...(object === 'actor_token' ? { actor: { sub: 'user_admin' } } : {}),
  token: 'tok_secret',
  url: `https://accounts.example.com/ticket?t=${id}`,
  created_at: 1,
  updated_at: status === 'pending' ? 1 : 2,
});

const agentTaskJson = (id: string, url?: string) => ({ object: 'agent_task', agent_id: 'agent_1', agent_task_id: id, task_id: id, ...(url ? { url } : {}) });

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

describe('sign-in, actor and testing tokens, agent tasks', () => {
  it('a sign-in token record revokes itself in place', async () => {
    api().post('/sign_in_tokens', { user_id: 'user_1', expires_in_seconds: 600 }).reply(200, tokenJson('sign_in_token', 'sit_1'));
    const token = await strict().signInTokens.create({ userId: 'user_1', expiresInSeconds: 600 });
    expect(token).toBeInstanceOf(SignInToken);
    expect(token.url).toContain('sit_1');
    api().post('/sign_in_tokens/sit_1/revoke').reply(200, tokenJson('sign_in_token', 'sit_1', 'revoked'));
    expect(await token.revoke()).toBe(token);
    expect(token.status).toBe('revoked');
  });

  it('an actor token record revokes itself in place; the actor is passed through', async () => {
    api()
      .post('/actor_tokens', { user_id: 'user_1', actor: { sub: 'user_admin', support_ticket: 'T-1' } })
      .reply(200, tokenJson('actor_token', 'act_1'));
    const token = await strict().actorTokens.create({ userId: 'user_1', actor: { sub: 'user_admin', support_ticket: 'T-1' } });
    expect(token).toBeInstanceOf(ActorToken);
    api().post('/actor_tokens/act_1/revoke').reply(200, tokenJson('actor_token', 'act_1', 'revoked'));
    await token.revoke();
    expect(token.status).toBe('revoked');
  });

  it('a testing token is plain data and takes no params', async () => {
    api().post('/testing_tokens').reply(200, { object: 'testing_token', token: 'tt_1', expires_at: 1700000000 });
    const clerk = strict();
    const token = await clerk.testingTokens.create();
    expect(token).toEqual({ object: 'testing_token', token: 'tt_1', expiresAt: 1700000000 });
    expect(Object.getPrototypeOf(token)).toBe(Object.prototype);
  });

  it('an agent task is located by its agentTaskId', async () => {
    const body = {
      on_behalf_of: { user_id: 'user_1' },
      permissions: '*',
      agent_name: 'Bot',
      task_description: 'Book a table',
      redirect_url: 'https://example.com/done',
    };
    api().post('/agents/tasks', body).reply(200, agentTaskJson('agt_1', 'https://accounts.example.com/agent?t=1'));
    const task = await strict().agentTasks.create({
      onBehalfOf: { userId: 'user_1' },
      permissions: '*',
      agentName: 'Bot',
      taskDescription: 'Book a table',
      redirectUrl: 'https://example.com/done',
    });
    expect(task).toBeInstanceOf(AgentTask);
    api().post('/agents/tasks/agt_1/revoke').reply(200, agentTaskJson('agt_1'));
    expect(await task.revoke()).toBe(task);
    expect(task.url).toBeUndefined();
  });
});

describe('clerk.signUps', () => {
  it('get and update a sign-up attempt record in place', async () => {
    api().get('/sign_ups/sua_1').reply(200, signUpJson('sua_1'));
    const signUp = await strict().signUps.get('sua_1');
    expect(signUp).toBeInstanceOf(SignUp);
    expect(signUp.verifications.emailAddress?.nextAction).toBe('needs_attempt');
    api().patch('/sign_ups/sua_1', { external_id: 'crm_1' }).reply(200, signUpJson('sua_1', { external_id: 'crm_1' }));
    expect(await signUp.update({ externalId: 'crm_1' })).toBe(signUp);
    expect(signUp.externalId).toBe('crm_1');
  });
});

describe('clerk.invitations', () => {
  it('bulkCreate sends an array in snake_case and returns Invitation records', async () => {
    api()
      .post('/invitations/bulk', [{ email_address: 'a@example.com', public_metadata: { team_id: 't1' } }, { email_address: 'b@example.com', expires_in_days: 7 }])
      .reply(200, [invitationJson('inv_a'), invitationJson('inv_b')]);
    const invitations = await strict().invitations.bulkCreate([
      { emailAddress: 'a@example.com', publicMetadata: { team_id: 't1' } },
      { emailAddress: 'b@example.com', expiresInDays: 7 },
    ]);
    expect(invitations.map((invitation) => invitation.id)).toEqual(['inv_a', 'inv_b']);
    expect(invitations[0]).toBeInstanceOf(Invitation);
    expect(invitations[0]!.publicMetadata).toEqual({ plan: 'pro', nested_key: { keep_me: 1 } });
  });

  it('lists every invitation page by page and revokes one in place', async () => {
    api()
      .get('/invitations')
      .query({ status: 'pending', limit: '500', paginated: 'true' })
      .reply(200, { data: [invitationJson('inv_1')], total_count: 1 });
    const invitations: Invitation[] = [];
    for await (const invitation of strict().invitations.list({ status: 'pending' })) invitations.push(invitation);
    expect(invitations).toHaveLength(1);
    api().post('/invitations/inv_1/revoke').reply(200, invitationJson('inv_1', { status: 'revoked', revoked: true }));
    await invitations[0]!.revoke();
    expect(invitations[0]!.status).toBe('revoked');
  });

  it('refuses an out-of-range expiry and an oversized bulk before sending', async () => {
    const clerk = strict();
    const expiry = await rejectionOf(clerk.invitations.create({ emailAddress: 'a@example.com', expiresInDays: 400 }));
    expect(expiry).toBeInstanceOf(ClerkValidationError);
    expect(expiry.message).toContain('expiresInDays');
    const many = Array.from({ length: 11 }, (_, i) => ({ emailAddress: `p${i}@example.com` }));
    expect(await rejectionOf(clerk.invitations.bulkCreate(many))).toBeInstanceOf(ClerkValidationError);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('clerk.waitlistEntries', () => {
  it('lists the envelope as records with the total', async () => {
    api()
      .get('/waitlist_entries')
      .query({ status: 'pending', limit: '10' })
      .reply(200, { data: [waitlistEntryJson('wle_1')], total_count: 31 });
    const page = await strict().waitlistEntries.list({ status: 'pending', limit: 10 });
    expect(page.data[0]).toBeInstanceOf(WaitlistEntry);
    expect(page.totalCount).toBe(31);
  });

  it('invite refreshes the entry in place and its invitation is a record', async () => {
    const clerk = strict();
    api().post('/waitlist_entries', { email_address: 'wle_1@example.com' }).reply(200, waitlistEntryJson('wle_1'));
    const entry = await clerk.waitlistEntries.create({ emailAddress: 'wle_1@example.com' });
    expect(entry.invitation).toBeNull();
    api()
      .post('/waitlist_entries/wle_1/invite', { ignore_existing: true })
      .reply(200, waitlistEntryJson('wle_1', { status: 'invited', invitation: invitationJson('inv_7') }));
    expect(await entry.invite({ ignoreExisting: true })).toBe(entry);
    expect(entry.status).toBe('invited');
    expect(entry.invitation).toBeInstanceOf(Invitation);
    api().post('/invitations/inv_7/revoke').reply(200, invitationJson('inv_7', { status: 'revoked' }));
    await entry.invitation!.revoke();
    expect(entry.invitation!.status).toBe('revoked');
  });

  it('bulkCreate, reject and delete', async () => {
    const clerk = strict();
    api()
      .post('/waitlist_entries/bulk', [{ email_address: 'a@example.com' }, { email_address: 'b@example.com', notify: false }])
      .reply(200, [waitlistEntryJson('wle_a'), waitlistEntryJson('wle_b')]);
    const [a] = await clerk.waitlistEntries.bulkCreate([{ emailAddress: 'a@example.com' }, { emailAddress: 'b@example.com', notify: false }]);
    api().post('/waitlist_entries/wle_a/reject').reply(200, waitlistEntryJson('wle_a', { status: 'rejected' }));
    await a!.reject();
    expect(a!.status).toBe('rejected');
    api().delete('/waitlist_entries/wle_a').reply(200, { object: 'waitlist_entry', id: 'wle_a', deleted: true });
    expect(await a!.delete()).toEqual({ object: 'waitlist_entry', id: 'wle_a', deleted: true });
  });
});

describe('allowlist, blocklist and redirect URLs', () => {
  it('allowlist identifiers: list, create, delete from the record', async () => {
    const clerk = strict();
    const json = { object: 'allowlist_identifier', id: 'alid_1', identifier: '*@example.com', identifier_type: 'email_address', created_at: 1, updated_at: 1 };
    api().get('/allowlist_identifiers').query({ limit: '5', paginated: 'true' }).reply(200, [json]);
    const page = await clerk.allowlistIdentifiers.list({ limit: 5 });
    expect(page.data[0]).toBeInstanceOf(AllowlistIdentifier);
    api().post('/allowlist_identifiers', { identifier: '*@example.com', notify: false }).reply(200, json);
    const created = await clerk.allowlistIdentifiers.create({ identifier: '*@example.com', notify: false });
    api().delete('/allowlist_identifiers/alid_1').reply(200, { object: 'allowlist_identifier', id: 'alid_1', deleted: true });
    expect((await created.delete()).deleted).toBe(true);
  });

  it('blocklist identifiers: the one-page envelope, create, delete', async () => {
    const clerk = strict();
    const json = { object: 'blocklist_identifier', id: 'blid_1', identifier: '*@spam.example', identifier_type: 'email_address', created_at: 1, updated_at: 1 };
    api().get('/blocklist_identifiers').reply(200, { data: [json], total_count: 1 });
    const all = await clerk.blocklistIdentifiers.list().toArray({ max: 100 });
    expect(all).toHaveLength(1);
    expect(all[0]).toBeInstanceOf(BlocklistIdentifier);
    api().post('/blocklist_identifiers', { identifier: '*@spam.example' }).reply(200, json);
    await clerk.blocklistIdentifiers.create({ identifier: '*@spam.example' });
    api().delete('/blocklist_identifiers/blid_1').reply(200, { object: 'blocklist_identifier', id: 'blid_1', deleted: true });
    await all[0]!.delete();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('redirect URLs: create, reload in place, delete', async () => {
    const clerk = strict();
    const json = (updatedAt: number) => ({ object: 'redirect_url', id: 'ru_1', url: 'myapp://callback', created_at: 1, updated_at: updatedAt });
    api().post('/redirect_urls', { url: 'myapp://callback' }).reply(200, json(1));
    const redirect = await clerk.redirectUrls.create({ url: 'myapp://callback' });
    expect(redirect).toBeInstanceOf(RedirectUrl);
    api().get('/redirect_urls/ru_1').reply(200, json(5));
    expect(await redirect.reload()).toBe(redirect);
    expect(redirect.updatedAt).toBe(5);
    api().delete('/redirect_urls/ru_1').reply(200, { object: 'redirect_url', id: 'ru_1', deleted: true });
    await redirect.delete();
    const empty = await rejectionOf(clerk.redirectUrls('').get());
    expect(empty).toBeInstanceOf(ClerkValidationError);
  });
});
