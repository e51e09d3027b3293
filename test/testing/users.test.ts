/**
 * Users against the fake, as a user's tests would drive them: what Clerk answers, including the
 * refusals (status, code, field), with the client's strict response check on.
 */
import { describe, expect, it } from 'vitest';
import { NotFoundError, UnprocessableEntityError, User } from '../../src/index.js';
import { failure, fakeClerk } from './helpers.js';

const ada = { id: 'user_ada', emailAddress: ['ada@example.com'], firstName: 'Ada', lastName: 'Lovelace', username: 'ada_lovelace', password: 'analytical-engine' };
const bob = { id: 'user_bob', emailAddress: ['bob@example.com', 'robert@example.org'], phoneNumber: ['+15555550101'], firstName: 'Bob', externalId: 'crm_42' };

describe('users: create, get, list, count', () => {
  it('creates a user with emails, phones, username, password, external id and metadata, and gets it back', async () => {
    const { clerk } = fakeClerk();
    const created = await clerk.users.create({
      emailAddress: ['Grace@Example.com', 'grace@navy.mil'],
      phoneNumber: ['+15555550199'],
      username: 'Grace_H',
      password: 'correct-horse-battery',
      externalId: 'emp_7',
      firstName: 'Grace',
      publicMetadata: { plan: 'pro' },
      privateMetadata: { stripeId: 'cus_1' },
    });
    expect(created).toBeInstanceOf(User);
    expect(created.id).toMatch(/^user_\w{27}$/);
    expect(created.emailAddresses.map((email) => email.emailAddress)).toEqual(['grace@example.com', 'grace@navy.mil']);
    expect(created.primaryEmailAddressId).toBe(created.emailAddresses[0]!.id);
    expect(created.phoneNumbers[0]!.phoneNumber).toBe('+15555550199');
    expect(created.username).toBe('grace_h');
    expect(created.passwordEnabled).toBe(true);
    expect(created.externalId).toBe('emp_7');
    expect(created.publicMetadata).toEqual({ plan: 'pro' });
    const same = await clerk.users.get(created.id);
    expect(same.toJSON()).toEqual(created.toJSON());
  });

  it('lists newest first by default, with limit, offset and the real filters', async () => {
    const { clerk } = fakeClerk({ seed: { users: [ada, bob, { emailAddress: ['carol@example.com'], firstName: 'Carol', lastName: 'Lovelace' }] } });
    const ids = async (query: Parameters<typeof clerk.users.list>[0]) => (await clerk.users.list(query)).data.map((user) => user.firstName);
    expect(await ids({})).toEqual(['Carol', 'Bob', 'Ada']);
    expect(await ids({ orderBy: '+created_at' })).toEqual(['Ada', 'Bob', 'Carol']);
    expect(await ids({ orderBy: '+first_name', limit: 2 })).toEqual(['Ada', 'Bob']);
    expect(await ids({ orderBy: '+first_name', limit: 2, offset: 2 })).toEqual(['Carol']);
    expect(await ids({ emailAddress: ['ROBERT@example.org'] })).toEqual(['Bob']);
    expect(await ids({ phoneNumber: ['+15555550101'] })).toEqual(['Bob']);
    expect(await ids({ externalId: ['crm_42'] })).toEqual(['Bob']);
    expect(await ids({ username: ['ADA_Lovelace'] })).toEqual(['Ada']);
    expect(await ids({ userId: ['user_ada', 'user_bob'] })).toEqual(['Bob', 'Ada']);
    expect(await ids({ query: 'lovelace' })).toEqual(['Carol', 'Ada']);
    expect(await ids({ query: 'ada lovelace' })).toEqual(['Ada']);
    expect(await ids({ query: 'example.org' })).toEqual(['Bob']);
    expect(await ids({ emailAddressQuery: 'carol' })).toEqual(['Carol']);
    expect(await ids({ nameQuery: 'bo' })).toEqual(['Bob']);
    expect(await ids({ emailAddress: ['nobody@example.com'] })).toEqual([]);
    expect(await clerk.users.count()).toBe(3);
    expect(await clerk.users.count({ query: 'lovelace' })).toBe(2);
  });

  it('walks every user once with the starting_after cursor, and refuses the cursor with another ordering', async () => {
    const users = Array.from({ length: 23 }, (_, index) => ({ emailAddress: [`user${index}@example.com`] }));
    const { clerk } = fakeClerk({ seed: { users } });
    const seen: string[] = [];
    for await (const page of clerk.users.list({ limit: 5 }).pages()) seen.push(...page.data.map((user) => user.emailAddresses[0]!.emailAddress));
    expect(seen).toHaveLength(23);
    expect(new Set(seen).size).toBe(23);
    expect(seen[0]).toBe('user22@example.com');
    const refused = await failure(clerk.request({ method: 'GET', path: 'users', query: { order_by: '+first_name', starting_after: 'user_x' } }));
    expect(refused).toBeInstanceOf(UnprocessableEntityError);
    expect(refused.errors).toEqual([expect.objectContaining({ code: 'form_param_value_invalid', meta: { paramName: 'starting_after' } })]);
  });

  it('answers 404 resource_not_found for a user that does not exist', async () => {
    const { clerk } = fakeClerk();
    const error = await failure(clerk.users.get('user_missing'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.errors).toEqual([expect.objectContaining({ code: 'resource_not_found' })]);
    expect(error.clerkTraceId).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('users: the refusals of create', () => {
  it('refuses a taken email address, phone number or username with form_identifier_exists', async () => {
    const { clerk } = fakeClerk({ seed: { users: [ada, bob] } });
    const cases: Array<[Parameters<typeof clerk.users.create>[0], string]> = [
      [{ emailAddress: ['ADA@example.com'] }, 'email_address'],
      [{ phoneNumber: ['+15555550101'] }, 'phone_number'],
      [{ username: 'Ada_Lovelace' }, 'username'],
    ];
    for (const [body, param] of cases) {
      const error = await failure(clerk.users.create(body));
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect(error.errors).toEqual([expect.objectContaining({ code: 'form_identifier_exists', meta: { paramName: param } })]);
    }
    expect(await clerk.users.count()).toBe(2);
  });

  it('refuses malformed identifiers, short passwords and unknown fields', async () => {
    const { clerk } = fakeClerk();
    const codes = async (body: Record<string, unknown>) => ((await failure(clerk.request({ method: 'POST', path: 'users', body }))).errors as Array<{ code: string }>).map((error) => error.code);
    expect(await codes({ email_address: ['not-an-email'] })).toEqual(['form_param_format_invalid']);
    expect(await codes({ phone_number: ['555-0100'] })).toEqual(['form_param_format_invalid']);
    expect(await codes({ password: 'short' })).toEqual(['form_password_length_too_short']);
    expect(await codes({ username: 'ab' })).toEqual(['form_username_invalid_length']);
    expect(await codes({ username: 'a b c d' })).toEqual(['form_username_invalid_character']);
    expect(await codes({ email_adress: ['typo@example.com'] })).toEqual(['form_param_unknown']);
    expect(await codes({ first_name: 42 })).toEqual(['form_param_type_invalid']);
  });
});

describe('users: changes', () => {
  it('bans and unbans: the record, a later get and the list agree; a ban revokes nothing it should keep', async () => {
    const { clerk } = fakeClerk({ seed: { users: [ada, bob] } });
    const user = await clerk.users.get('user_ada');
    await user.ban();
    expect(user.banned).toBe(true);
    expect((await clerk.users.get('user_ada')).banned).toBe(true);
    expect((await clerk.users.list({ banned: true })).data.map((banned) => banned.id)).toEqual(['user_ada']);
    await user.unban();
    expect((await clerk.users.get('user_ada')).banned).toBe(false);
    const banned = await clerk.users.bulkBan({ userIds: ['user_ada', 'user_bob', 'user_missing'] });
    expect(banned.map((item) => [item.id, item.banned])).toEqual([['user_ada', true], ['user_bob', true]]);
    expect(await clerk.users.count({ banned: true })).toBe(2);
  });

  it('locks and unlocks', async () => {
    const { clerk } = fakeClerk({ seed: { users: [ada] } });
    expect((await clerk.users('user_ada').lock()).locked).toBe(true);
    expect((await clerk.users('user_ada').get()).locked).toBe(true);
    expect((await clerk.users('user_ada').unlock()).locked).toBe(false);
  });

  it('updates fields, keeps usernames unique, and moves the primary email to one the user has', async () => {
    const { clerk } = fakeClerk({ seed: { users: [ada, bob] } });
    const user = await clerk.users.get('user_bob');
    await user.update({ firstName: 'Robert', username: 'robert' });
    expect(user.firstName).toBe('Robert');
    expect(user.username).toBe('robert');
    await user.update({ primaryEmailAddressId: user.emailAddresses[1]!.id });
    expect(user.primaryEmailAddressId).toBe(user.emailAddresses[1]!.id);
    expect((await failure(user.update({ username: 'ada_lovelace' }))).errors).toEqual([expect.objectContaining({ code: 'form_identifier_exists' })]);
    const other = await clerk.users.get('user_ada');
    expect((await failure(user.update({ primaryEmailAddressId: other.emailAddresses[0]!.id }))).errors).toEqual([
      expect.objectContaining({ code: 'form_resource_not_found', meta: { paramName: 'primary_email_address_id' } }),
    ]);
  });

  it('merges metadata deeply (null deletes a key) with updateMetadata, and replaces whole fields with replaceMetadata', async () => {
    const { clerk } = fakeClerk({
      seed: { users: [{ ...ada, publicMetadata: { plan: 'pro', limits: { seats: 3, api: true } }, privateMetadata: { stripeId: 'cus_1' } }] },
    });
    const merged = await clerk.users('user_ada').updateMetadata({ publicMetadata: { limits: { seats: 5, api: null }, region: 'eu' } });
    expect(merged.publicMetadata).toEqual({ plan: 'pro', limits: { seats: 5 }, region: 'eu' });
    expect(merged.privateMetadata).toEqual({ stripeId: 'cus_1' });
    const replaced = await clerk.users('user_ada').replaceMetadata({ publicMetadata: { plan: 'free' } });
    expect(replaced.publicMetadata).toEqual({ plan: 'free' });
    expect(replaced.privateMetadata).toEqual({ stripeId: 'cus_1' });
  });

  it('verifies the password: verified, incorrect_password, no_password_set', async () => {
    const { clerk } = fakeClerk({ seed: { users: [ada, bob] } });
    expect(await clerk.users('user_ada').verifyPassword({ password: 'analytical-engine' })).toEqual({ verified: true });
    const wrong = await failure(clerk.users('user_ada').verifyPassword({ password: 'difference-engine' }));
    expect([wrong.status, (wrong.errors as Array<{ code: string }>)[0]!.code]).toEqual([422, 'incorrect_password']);
    const none = await failure(clerk.users('user_bob').verifyPassword({ password: 'anything-at-all' }));
    expect([none.status, (none.errors as Array<{ code: string }>)[0]!.code]).toEqual([400, 'no_password_set']);
  });

  it('deletes a user: gone from get, list and count, its email free again', async () => {
    const { clerk } = fakeClerk({ seed: { users: [ada, bob] } });
    const deleted = await clerk.users('user_ada').delete();
    expect(deleted).toMatchObject({ id: 'user_ada', deleted: true });
    expect(await failure(clerk.users.get('user_ada'))).toBeInstanceOf(NotFoundError);
    expect(await clerk.users.count()).toBe(1);
    expect((await clerk.users.create({ emailAddress: ['ada@example.com'] })).emailAddresses[0]!.emailAddress).toBe('ada@example.com');
  });
});

describe('email addresses and phone numbers', () => {
  it('adds, verifies, makes primary and deletes an email address; the user follows', async () => {
    const { clerk } = fakeClerk({ seed: { users: [ada] } });
    const email = await clerk.emailAddresses.create({ userId: 'user_ada', emailAddress: 'ada@analytical.org' });
    expect(email.verification?.status).toBe('unverified');
    const verified = await clerk.emailAddresses(email.id!).update({ verified: true, primary: true });
    expect(verified.verification?.status).toBe('verified');
    expect((await clerk.users.get('user_ada')).primaryEmailAddressId).toBe(email.id);
    expect((await failure(clerk.emailAddresses.create({ userId: 'user_ada', emailAddress: 'ADA@example.com' }))).errors).toEqual([
      expect.objectContaining({ code: 'form_identifier_exists' }),
    ]);
    await clerk.emailAddresses(email.id!).delete();
    const user = await clerk.users.get('user_ada');
    expect(user.emailAddresses.map((item) => item.emailAddress)).toEqual(['ada@example.com']);
    expect(user.primaryEmailAddressId).toBe(user.emailAddresses[0]!.id);
    expect(await failure(clerk.emailAddresses(email.id!).get())).toBeInstanceOf(NotFoundError);
  });

  it('adds a phone number to a user, and refuses one for a user that does not exist', async () => {
    const { clerk } = fakeClerk({ seed: { users: [ada] } });
    const phone = await clerk.phoneNumbers.create({ userId: 'user_ada', phoneNumber: '+447700900123', verified: true });
    expect((await clerk.phoneNumbers(phone.id!).get()).phoneNumber).toBe('+447700900123');
    expect((await clerk.users.get('user_ada')).primaryPhoneNumberId).toBe(phone.id);
    expect((await failure(clerk.phoneNumbers.create({ userId: 'user_nobody', phoneNumber: '+447700900124' }))).errors).toEqual([
      expect.objectContaining({ code: 'form_resource_not_found', meta: { paramName: 'user_id' } }),
    ]);
  });
});
