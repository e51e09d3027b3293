import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, EmailAddress, OrganizationMembership, Passkey, User } from '../../src/index.js';
import { api, expectNoSecret, newClerk, rejectionOf } from '../helpers.js';
import { membershipJson, orgJson, userJson } from '../fixtures/objects.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

describe('clerk.users', () => {
  it('get returns a User record with camelCase fields and nested records', async () => {
    api().get('/users/user_1').reply(200, userJson('user_1'));
    const user = await strict().users.get('user_1');
    expect(user).toBeInstanceOf(User);
    expect(user.firstName).toBe('Ada');
    expect(user.createdAt).toBe(1700000000000);
    expect(user.emailAddresses[0]).toBeInstanceOf(EmailAddress);
    expect(user.emailAddresses[0]!.emailAddress).toBe('idn_user_1@example.com');
    expect(user.passkeys[0]).toBeInstanceOf(Passkey);
  });

  it('passes metadata keys through untouched in both directions', async () => {
    api().get('/users/user_1').reply(200, userJson('user_1'));
    const user = await strict().users.get('user_1');
    expect(user.publicMetadata).toEqual({ plan: 'pro', nested_key: { keep_me: 1 } });
    api()
      .patch('/users/user_1/metadata', { private_metadata: { stripe_id: 'cus_2', camelKey: { inner_key: true } } })
      .reply(200, userJson('user_1'));
    await strict().users('user_1').updateMetadata({ privateMetadata: { stripe_id: 'cus_2', camelKey: { inner_key: true } } });
  });

  it('keeps fields the schema does not know, camelCased, without warning', async () => {
    const warnings: string[] = [];
    api().get('/users/user_1').reply(200, userJson('user_1', { brand_new_field: { some_key: 1 } }));
    const user = await newClerk({ logger: { warn: (line) => warnings.push(line) } }).users.get('user_1');
    expect((user as unknown as Record<string, unknown>).brandNewField).toEqual({ some_key: 1 });
    expect(warnings).toEqual([]);
  });

  it('a handle sends no request until a method is called', async () => {
    const clerk = strict();
    const handle = clerk.users('user_9');
    expect(nock.pendingMocks()).toEqual([]);
    api().post('/users/user_9/ban').reply(200, userJson('user_9', { banned: true }));
    const banned = await handle.ban();
    expect(banned.banned).toBe(true);
  });

  it('a record refreshes itself in place when a method returns the same object', async () => {
    api().get('/users/user_1').reply(200, userJson('user_1'));
    const clerk = strict();
    const user = await clerk.users.get('user_1');
    api().post('/users/user_1/ban').reply(200, userJson('user_1', { banned: true }));
    const returned = await user.ban();
    expect(returned).toBe(user);
    expect(user.banned).toBe(true);
    api().patch('/users/user_1', { first_name: 'Augusta' }).reply(200, userJson('user_1', { first_name: 'Augusta', banned: true }));
    await user.update({ firstName: 'Augusta' });
    expect(user.firstName).toBe('Augusta');
    api().get('/users/user_1').reply(200, userJson('user_1', { first_name: 'Reloaded' }));
    await user.reload();
    expect(user.firstName).toBe('Reloaded');
  });

  it('embedded records carry their own id-bound methods', async () => {
    api().get('/users/user_1').reply(200, userJson('user_1'));
    const user = await strict().users.get('user_1');
    api().delete('/users/user_1/passkeys/pk_1').reply(200, { object: 'passkey', id: 'pk_1', deleted: true });
    expect(await user.passkeys[0]?.delete()).toEqual({ object: 'passkey', id: 'pk_1', deleted: true });
    api().patch('/email_addresses/idn_user_1', { verified: true }).reply(200, { ...userJson('x').email_addresses[0], id: 'idn_user_1' });
    const email = await user.emailAddresses[0]!.update({ verified: true });
    expect(email).toBe(user.emailAddresses[0]);
  });

  it('toJSON gives a plain camelCase object without client internals', async () => {
    api().get('/users/user_1').reply(200, userJson('user_1'));
    const user = await strict().users.get('user_1');
    const plain = JSON.parse(JSON.stringify(user));
    expect(plain.firstName).toBe('Ada');
    expect(plain.emailAddresses[0].emailAddress).toBe('idn_user_1@example.com');
    expect(Object.getPrototypeOf(user.toJSON())).toBe(Object.prototype);
    expect(JSON.stringify(user)).not.toMatch(/transport|context|secret/i);
    expectNoSecret(user);
  });

  it('create sends snake_case and validates first', async () => {
    api()
      .post('/users', { email_address: ['ada@example.com'], password: 'x9!aaaaaaa', public_metadata: { plan: 'pro' } })
      .reply(200, userJson('user_2'));
    const user = await strict().users.create({ emailAddress: ['ada@example.com'], password: 'x9!aaaaaaa', publicMetadata: { plan: 'pro' } });
    expect(user.id).toBe('user_2');
    const error = await rejectionOf(strict().users.create({ emailAddress: 'ada@example.com' } as never));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('emailAddress');
    const typo = await rejectionOf(strict().users.create({ emailAddres: ['x'] } as never));
    expect(typo.message).toContain('emailAddres');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('count returns the number', async () => {
    api().get('/users/count').query({ query: 'ada' }).reply(200, { object: 'total_count', total_count: 7 });
    expect(await strict().users.count({ query: 'ada' })).toBe(7);
  });

  it('refuses empty and route-changing ids before sending', async () => {
    const clerk = strict();
    for (const id of ['', ' ', '..', '.']) {
      const error = await rejectionOf(clerk.users(id).get());
      expect(error).toBeInstanceOf(ClerkValidationError);
      expect(error.message).toMatch(/^userId: /);
    }
    api().get('/users/a%2Fb').reply(200, userJson('a/b'));
    expect((await clerk.users('a/b').get()).id).toBe('a/b');
  });

  it('the user memberships collection lives on the handle; the record field is data', async () => {
    api()
      .get('/users/user_1/organization_memberships')
      .query(true)
      .reply(200, { data: [membershipJson('org_1', 'user_1')], total_count: 1 });
    const page = await strict().users('user_1').organizationMemberships.list();
    expect(page.data[0]).toBeInstanceOf(OrganizationMembership);
    expect(page.totalCount).toBe(1);
  });

  it('bulkBan returns records', async () => {
    api().post('/users/ban', { user_ids: ['user_1', 'user_2'] }).reply(200, [userJson('user_1'), userJson('user_2')]);
    const users = await strict().users.bulkBan({ userIds: ['user_1', 'user_2'] });
    expect(users.map((user) => user.id)).toEqual(['user_1', 'user_2']);
    expect(users[0]).toBeInstanceOf(User);
  });
});

describe('clerk.organizations (API.md snippets)', () => {
  it('creates, nests memberships, invitations and domains', async () => {
    const clerk = strict();
    api().post('/organizations', { name: 'Acme', created_by: 'user_1' }).reply(200, orgJson('org_1'));
    const org = await clerk.organizations.create({ name: 'Acme', createdBy: 'user_1' });
    api().post('/organizations/org_1/memberships', { user_id: 'user_1', role: 'org:admin' }).reply(200, membershipJson('org_1', 'user_1', 'org:admin'));
    await clerk.organizations(org.id).memberships.create({ userId: 'user_1', role: 'org:admin' });
    api()
      .get('/organizations/org_1/memberships')
      .query({ limit: '500' })
      .reply(200, { data: [membershipJson('org_1', 'user_1', 'org:admin')], total_count: 1 });
    const roles: string[] = [];
    for await (const m of clerk.organizations(org.id).memberships.list()) roles.push(m.role);
    expect(roles).toEqual(['org:admin']);
    api().patch('/organizations/org_1/memberships/user_1', { role: 'org:member' }).reply(200, membershipJson('org_1', 'user_1'));
    await clerk.organizations(org.id).memberships('user_1').update({ role: 'org:member' });
    api()
      .post('/organizations/org_1/invitations', { email_address: 'bob@example.com', role: 'org:member' })
      .reply(200, {
        object: 'organization_invitation', id: 'orginv_1', email_address: 'bob@example.com', role: 'org:member', role_name: 'Member',
        organization_id: 'org_1', inviter_id: null, public_inviter_data: null, public_metadata: {}, url: null, expires_at: null, created_at: 1, updated_at: 1,
      });
    await clerk.organizations(org.id).invitations.create({ emailAddress: 'bob@example.com', role: 'org:member' });
    api().get('/organizations/org_1/domains').query(true).reply(200, { data: [], total_count: 0 });
    await clerk.organizations(org.id).domains.list();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('relations are reachable from a record, and membership records know their location', async () => {
    const clerk = strict();
    api().get('/organizations/org_1').reply(200, orgJson('org_1'));
    const org = await clerk.organizations.get('org_1');
    api().get('/organizations/org_1/memberships').query(true).reply(200, { data: [membershipJson('org_1', 'user_7')], total_count: 1 });
    const identifiers: string[] = [];
    let membership: OrganizationMembership | undefined;
    for await (const m of org.memberships.list()) {
      identifiers.push(String(m.publicUserData?.identifier));
      membership = m;
    }
    expect(identifiers).toEqual(['user_7@example.com']);
    api().delete('/organizations/org_1/memberships/user_7').reply(200, membershipJson('org_1', 'user_7'));
    await membership!.delete();
    api().get('/organization_memberships').query(true).reply(200, { data: [], total_count: 0 });
    expect((await clerk.organizationMemberships.list()).data).toEqual([]);
  });
});
