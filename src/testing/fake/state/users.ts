/**
 * Users: created with their email addresses, phone numbers, username, password and metadata;
 * listed with Clerk's filters and orderings; banned, locked, updated and deleted. Each change
 * emits the webhook event Clerk sends for it.
 */
import type { Call, Core, Handlers } from '../core.js';
import { errors } from '../errors.js';
import type { JsonObject } from '../wire.js';
import { addIdentification, checkIdentifier, removeIdentification } from './identifications.js';
import { containsText, pagingOf, pageOf, sortBy, stringList, type SortKey } from './lists.js';
import { applyMetadata } from './metadata.js';
import type { UserRecord } from './records.js';
import { pairKey, type Store } from './store.js';
import { identificationsOf, primaryValue, serializeIdentification, serializeUser } from './views.js';

const MIN_PASSWORD_LENGTH = 8;
const USERNAME_LENGTH = { min: 4, max: 64 };
const USERNAME = /^[a-zA-Z0-9_-]+$/;

/** Values only a seed sets: the API assigns them. */
export interface UserSeedExtras {
  id?: string;
  last_sign_in_at?: number | null;
  last_active_at?: number | null;
}

/**
 * Creates a user from a `POST /users` body (wire form, already checked against the schema), with
 * Clerk's further checks: formats, uniqueness of identifiers and username, password length.
 */
export function createUser(core: Core, body: Readonly<Record<string, unknown>>, extras: UserSeedExtras = {}): UserRecord {
  const { store } = core;
  if (extras.id !== undefined && store.users.has(extras.id)) throw errors.identifierExists('id', 'user id');
  const emails = stringList(body.email_address) ?? [];
  const phones = stringList(body.phone_number) ?? [];
  checkDistinct(emails.map((email) => email.toLowerCase()), 'email_address', 'email address');
  checkDistinct(phones, 'phone_number', 'phone number');
  emails.forEach((email) => checkIdentifier(store, 'email_address', email, 'email_address'));
  phones.forEach((phone) => checkIdentifier(store, 'phone_number', phone, 'phone_number'));
  const username = typeof body.username === 'string' ? body.username : null;
  if (username !== null) checkUsername(store, username, undefined);
  const password = typeof body.password === 'string' ? body.password : null;
  if (password !== null && body.skip_password_checks !== true) checkPassword(password);
  const passwordSet = password ?? (typeof body.password_digest === 'string' ? body.password_digest : null);

  const at = typeof body.created_at === 'string' ? Date.parse(body.created_at) : core.clock.stamp();
  core.clock.observe(at);
  const user: UserRecord = {
    id: extras.id ?? core.random.id('user'),
    external_id: (body.external_id as string | null | undefined) ?? null,
    first_name: (body.first_name as string | null | undefined) ?? null,
    last_name: (body.last_name as string | null | undefined) ?? null,
    username: username?.toLowerCase() ?? null,
    locale: (body.locale as string | null | undefined) ?? null,
    password: passwordSet,
    password_last_updated_at: passwordSet === null ? null : at,
    primary_email_address_id: null,
    primary_phone_number_id: null,
    public_metadata: structuredClone((body.public_metadata as JsonObject | undefined) ?? {}),
    private_metadata: structuredClone((body.private_metadata as JsonObject | undefined) ?? {}),
    unsafe_metadata: structuredClone((body.unsafe_metadata as JsonObject | undefined) ?? {}),
    banned: body.banned === true,
    locked: body.locked === true,
    totp_enabled: typeof body.totp_secret === 'string',
    backup_code_enabled: Array.isArray(body.backup_codes) && body.backup_codes.length > 0,
    has_image: false,
    delete_self_enabled: (body.delete_self_enabled as boolean | null | undefined) ?? true,
    create_organization_enabled: (body.create_organization_enabled as boolean | null | undefined) ?? true,
    create_organizations_limit: (body.create_organizations_limit as number | null | undefined) ?? null,
    bypass_client_trust: body.bypass_client_trust === true,
    legal_accepted_at: typeof body.legal_accepted_at === 'string' ? Date.parse(body.legal_accepted_at) : null,
    last_sign_in_at: extras.last_sign_in_at ?? null,
    last_active_at: extras.last_active_at ?? null,
    created_at: at,
    updated_at: at,
  };
  store.users.set(user.id, user);
  if (user.username) store.userByUsername.set(user.username, user.id);
  const emailStatus = stringList(body.email_address_identification_status) ?? [];
  emails.forEach((email, index) => addIdentification(core, user, 'email_address', email, { verified: emailStatus[index] !== 'reserved', primary: index === 0, at }));
  const phoneStatus = stringList(body.phone_number_identification_status) ?? [];
  phones.forEach((phone, index) => addIdentification(core, user, 'phone_number', phone, { verified: phoneStatus[index] !== 'reserved', primary: index === 0, at }));
  return user;
}

function checkDistinct(values: readonly string[], param: string, label: string): void {
  if (new Set(values).size !== values.length) throw errors.identifierExists(param, label);
}

function checkUsername(store: Store, username: string, ownerId: string | undefined): void {
  if (username.length < USERNAME_LENGTH.min || username.length > USERNAME_LENGTH.max) {
    throw errors.usernameLength('username', USERNAME_LENGTH.min, USERNAME_LENGTH.max);
  }
  if (!USERNAME.test(username)) throw errors.usernameCharacter('username');
  const holder = store.userByUsername.get(username.toLowerCase());
  if (holder !== undefined && holder !== ownerId) throw errors.identifierExists('username', 'username');
}

function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) throw errors.passwordTooShort('password', MIN_PASSWORD_LENGTH);
}

export function findUser(store: Store, userId: string): UserRecord {
  const user = store.users.get(userId);
  if (!user) throw errors.notFound('user', userId);
  return user;
}

/** Removes a user and everything that belongs to it (identifications, memberships, sessions). */
export function deleteUser(core: Core, user: UserRecord): void {
  const { store } = core;
  for (const id of [...(store.identificationsOfUser.get(user.id) ?? [])]) removeIdentification(store, store.identifications.get(id)!);
  store.identificationsOfUser.delete(user.id);
  if (user.username) store.userByUsername.delete(user.username);
  for (const membershipId of [...(store.membershipsOfUser.get(user.id) ?? [])]) {
    const membership = store.memberships.get(membershipId)!;
    store.memberships.delete(membershipId);
    store.membershipByPair.delete(pairKey(membership.organization_id, membership.user_id));
    store.membershipsOfOrganization.get(membership.organization_id)?.delete(membershipId);
  }
  store.membershipsOfUser.delete(user.id);
  for (const session of store.sessions.values()) {
    if (session.user_id === user.id && session.status === 'active') session.status = 'removed';
  }
  store.users.delete(user.id);
}

/** The users a `GET /users` or `GET /users/count` query selects, unordered. */
function selectUsers(store: Store, query: Readonly<Record<string, unknown>>): UserRecord[] {
  const filters: Array<(user: UserRecord) => boolean> = [];
  const byIdentifier = (kind: 'email_address' | 'phone_number', values: string[] | undefined) => {
    if (!values) return;
    const wanted = new Set(values.map((value) => (kind === 'email_address' ? value.toLowerCase() : value)));
    filters.push((user) => identificationsOf(store, user.id, kind).some((record) => wanted.has(record.value)));
  };
  byIdentifier('email_address', stringList(query.email_address));
  byIdentifier('phone_number', stringList(query.phone_number));
  const externalIds = stringList(query.external_id);
  if (externalIds) filters.push((user) => user.external_id !== null && externalIds.includes(user.external_id));
  const usernames = stringList(query.username)?.map((name) => name.toLowerCase());
  if (usernames) filters.push((user) => user.username !== null && usernames.includes(user.username));
  if (stringList(query.web3_wallet)) filters.push(() => false);
  const userIds = stringList(query.user_id);
  if (userIds) {
    const excluded = userIds.filter((id) => id.startsWith('-')).map((id) => id.slice(1));
    const included = userIds.filter((id) => !id.startsWith('-')).map((id) => id.replace(/^\+/, ''));
    if (included.length > 0) filters.push((user) => included.includes(user.id));
    if (excluded.length > 0) filters.push((user) => !excluded.includes(user.id));
  }
  const organizationIds = stringList(query.organization_id);
  if (organizationIds) {
    filters.push((user) => [...(store.membershipsOfUser.get(user.id) ?? [])].some((id) => organizationIds.includes(store.memberships.get(id)!.organization_id)));
  }
  if (typeof query.query === 'string' && query.query !== '') {
    const text = query.query;
    filters.push(
      (user) =>
        containsText(user.id, text) ||
        containsText(user.username, text) ||
        containsText(user.first_name, text) ||
        containsText(user.last_name, text) ||
        containsText([user.first_name, user.last_name].filter(Boolean).join(' '), text) ||
        (store.identificationsOfUser.get(user.id) ?? []).some((id) => containsText(store.identifications.get(id)!.value, text)),
    );
  }
  const partial = (name: string, read: (user: UserRecord) => Array<string | null>) => {
    const text = query[name];
    if (typeof text === 'string' && text !== '') filters.push((user) => read(user).some((value) => containsText(value, text)));
  };
  partial('email_address_query', (user) => identificationsOf(store, user.id, 'email_address').map((record) => record.value));
  partial('phone_number_query', (user) => identificationsOf(store, user.id, 'phone_number').map((record) => record.value));
  partial('username_query', (user) => [user.username]);
  partial('name_query', (user) => [user.first_name, user.last_name, [user.first_name, user.last_name].filter(Boolean).join(' ')]);
  if (typeof query.banned === 'boolean') filters.push((user) => user.banned === query.banned);
  const moment = (name: string, read: (user: UserRecord) => number | null, before: boolean) => {
    const value = query[name];
    if (typeof value !== 'number') return;
    filters.push((user) => {
      const at = read(user);
      return at !== null && (before ? at < value : at > value);
    });
  };
  moment('created_at_before', (user) => user.created_at, true);
  moment('created_at_after', (user) => user.created_at, false);
  moment('last_active_at_before', (user) => user.last_active_at, true);
  moment('last_active_at_after', (user) => user.last_active_at, false);
  moment('last_active_at_since', (user) => user.last_active_at, false);
  moment('last_sign_in_at_before', (user) => user.last_sign_in_at, true);
  moment('last_sign_in_at_after', (user) => user.last_sign_in_at, false);
  if (typeof query.provider === 'string' || stringList(query.provider_user_id)) filters.push(() => false);

  const users: UserRecord[] = [];
  for (const user of store.users.values()) if (filters.every((filter) => filter(user))) users.push(user);
  return users;
}

function sortKeys(store: Store): Record<string, SortKey<UserRecord>> {
  return {
    created_at: (user) => user.created_at,
    updated_at: (user) => user.updated_at,
    email_address: (user) => primaryValue(store, user, 'email_address'),
    phone_number: (user) => primaryValue(store, user, 'phone_number'),
    web3wallet: () => null,
    first_name: (user) => user.first_name,
    last_name: (user) => user.last_name,
    username: (user) => user.username,
    last_active_at: (user) => user.last_active_at,
    last_sign_in_at: (user) => user.last_sign_in_at,
  };
}

function listUsers(call: Call, core: Core): unknown[] {
  const { store } = core;
  const orderBy = typeof call.query.order_by === 'string' ? call.query.order_by : '-created_at';
  const cursor = call.query.starting_after;
  if (typeof cursor === 'string' && orderBy.replace(/^[+-]/, '') !== 'created_at') {
    throw errors.paramValue('starting_after', 'needs the created_at ordering (order_by omitted, created_at, +created_at or -created_at)');
  }
  let users = sortBy(selectUsers(store, call.query), orderBy, sortKeys(store));
  if (typeof cursor === 'string') {
    const after = store.users.get(cursor);
    if (!after) throw errors.paramValue('starting_after', `names no user (${cursor})`);
    const position = users.indexOf(after);
    // A cursor user that the filters leave out still marks a place in the created_at order.
    users = position >= 0 ? users.slice(position + 1) : users.filter((user) => (orderBy.startsWith('-') ? user.created_at < after.created_at : user.created_at > after.created_at));
  }
  return pageOf(users, pagingOf(call.query)).map((user) => serializeUser(store, user));
}

function changed(core: Core, user: UserRecord): Record<string, unknown> {
  user.updated_at = core.clock.stamp();
  const answer = serializeUser(core.store, user);
  core.emit('user.updated', answer);
  return answer;
}

function revokeSessions(core: Core, userId: string): void {
  for (const session of core.store.sessions.values()) {
    if (session.user_id === userId && session.status === 'active') {
      session.status = 'revoked';
      session.updated_at = core.clock.stamp();
    }
  }
}

function setBanned(core: Core, user: UserRecord, banned: boolean): Record<string, unknown> {
  user.banned = banned;
  if (banned) revokeSessions(core, user.id);
  return changed(core, user);
}

function updateUser(call: Call, core: Core): unknown {
  const { store } = core;
  const user = findUser(store, call.params.user_id!);
  const body = call.body;
  if (typeof body.username === 'string' && body.username.toLowerCase() !== user.username) {
    checkUsername(store, body.username, user.id);
    if (user.username) store.userByUsername.delete(user.username);
    user.username = body.username.toLowerCase();
    store.userByUsername.set(user.username, user.id);
  } else if (body.username === null && user.username) {
    store.userByUsername.delete(user.username);
    user.username = null;
  }
  for (const [field, kind] of [
    ['primary_email_address_id', 'email_address'],
    ['primary_phone_number_id', 'phone_number'],
  ] as const) {
    const id = body[field];
    if (typeof id !== 'string') continue;
    const record = store.identifications.get(id);
    if (!record || record.user_id !== user.id || record.kind !== kind) throw errors.resourceMissing(field);
    user[field] = id;
  }
  if (typeof body.password === 'string') {
    if (body.skip_password_checks !== true) checkPassword(body.password);
    user.password = body.password;
    user.password_last_updated_at = core.clock.now();
    if (body.sign_out_of_other_sessions === true) revokeSessions(core, user.id);
  } else if (typeof body.password_digest === 'string') {
    user.password = body.password_digest;
    user.password_last_updated_at = core.clock.now();
  }
  for (const field of ['external_id', 'first_name', 'last_name', 'locale'] as const) {
    if (body[field] !== undefined) user[field] = body[field] as string | null;
  }
  for (const field of ['delete_self_enabled', 'create_organization_enabled', 'bypass_client_trust'] as const) {
    if (typeof body[field] === 'boolean') user[field] = body[field];
  }
  if (body.create_organizations_limit !== undefined) user.create_organizations_limit = body.create_organizations_limit as number | null;
  if (typeof body.totp_secret === 'string') user.totp_enabled = true;
  if (Array.isArray(body.backup_codes)) user.backup_code_enabled = body.backup_codes.length > 0;
  if (typeof body.legal_accepted_at === 'string') user.legal_accepted_at = Date.parse(body.legal_accepted_at);
  if (typeof body.created_at === 'string') user.created_at = Date.parse(body.created_at);
  return changed(core, user);
}

function replaceIdentification(kind: 'email_address' | 'phone_number') {
  return (call: Call, core: Core) => {
    const { store } = core;
    const user = findUser(store, call.params.user_id!);
    const value = call.body[kind] as string;
    const previousId = kind === 'email_address' ? user.primary_email_address_id : user.primary_phone_number_id;
    const previous = previousId ? store.identifications.get(previousId) : undefined;
    if (previous && previous.value === (kind === 'email_address' ? value.toLowerCase() : value)) return serializeIdentification(store, previous);
    checkIdentifier(store, kind, value, kind);
    if (previous) removeIdentification(store, previous);
    const record = addIdentification(core, user, kind, value, { verified: call.body.identification_status !== 'unverified' && call.body.identification_status !== 'reserved', primary: true });
    changed(core, user);
    return serializeIdentification(store, record);
  };
}

export const userHandlers: Handlers = {
  GetUserList: listUsers,
  GetUsersCount: (call, core) => ({ object: 'total_count', total_count: selectUsers(core.store, call.query).length }),
  CreateUser: (call, core) => {
    const user = createUser(core, call.body);
    const answer = serializeUser(core.store, user);
    core.emit('user.created', answer);
    return answer;
  },
  GetUser: (call, core) => serializeUser(core.store, findUser(core.store, call.params.user_id!)),
  UpdateUser: updateUser,
  DeleteUser: (call, core) => {
    const user = findUser(core.store, call.params.user_id!);
    deleteUser(core, user);
    const answer = { object: 'user', id: user.id, deleted: true };
    core.emit('user.deleted', answer);
    return answer;
  },
  BanUser: (call, core) => setBanned(core, findUser(core.store, call.params.user_id!), true),
  UnbanUser: (call, core) => setBanned(core, findUser(core.store, call.params.user_id!), false),
  UsersBan: (call, core) => (stringList(call.body.user_ids) ?? []).filter((id) => core.store.users.has(id)).map((id) => setBanned(core, core.store.users.get(id)!, true)),
  UsersUnban: (call, core) => (stringList(call.body.user_ids) ?? []).filter((id) => core.store.users.has(id)).map((id) => setBanned(core, core.store.users.get(id)!, false)),
  LockUser: (call, core) => {
    const user = findUser(core.store, call.params.user_id!);
    user.locked = true;
    return changed(core, user);
  },
  UnlockUser: (call, core) => {
    const user = findUser(core.store, call.params.user_id!);
    user.locked = false;
    return changed(core, user);
  },
  UpdateUserMetadata: (call, core) => {
    const user = findUser(core.store, call.params.user_id!);
    applyMetadata(user, call.body, 'merge');
    return changed(core, user);
  },
  ReplaceUserMetadata: (call, core) => {
    const user = findUser(core.store, call.params.user_id!);
    applyMetadata(user, call.body, 'replace');
    return changed(core, user);
  },
  VerifyPassword: (call, core) => {
    const user = findUser(core.store, call.params.user_id!);
    if (user.password === null) throw errors.noPasswordSet();
    if (user.password !== call.body.password) throw errors.incorrectPassword();
    return { verified: true };
  },
  RemoveUserPassword: (call, core) => {
    const user = findUser(core.store, call.params.user_id!);
    user.password = null;
    user.password_last_updated_at = null;
    if (call.body.sign_out_of_other_sessions === true) revokeSessions(core, user.id);
    return changed(core, user);
  },
  SetUserProfileImage: (call, core) => {
    const user = findUser(core.store, call.params.user_id!);
    user.has_image = true;
    return changed(core, user);
  },
  DeleteUserProfileImage: (call, core) => {
    const user = findUser(core.store, call.params.user_id!);
    user.has_image = false;
    return changed(core, user);
  },
  ReplaceUserEmailAddress: replaceIdentification('email_address'),
  ReplaceUserPhoneNumber: replaceIdentification('phone_number'),
};
