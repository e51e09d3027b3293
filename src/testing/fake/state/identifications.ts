/**
 * Email addresses and phone numbers (Clerk's identifications): unique across the instance, each
 * owned by one user, one of each kind the user's primary.
 */
import type { Core, Handlers } from '../core.js';
import { errors } from '../errors.js';
import type { IdentificationRecord, UserRecord } from './records.js';
import { identificationKey, type Store } from './store.js';
import { serializeIdentification, serializeUser } from './views.js';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const E164 = /^\+[1-9]\d{6,14}$/;

type Kind = IdentificationRecord['kind'];

const LABEL: Record<Kind, string> = { email_address: 'email address', phone_number: 'phone number' };

/** Refuses a value of the wrong format, or one another identification has. */
export function checkIdentifier(store: Store, kind: Kind, value: string, param: string): void {
  if (kind === 'email_address' && !EMAIL.test(value)) throw errors.paramFormat(param, 'must be a valid email address');
  if (kind === 'phone_number' && !E164.test(value)) throw errors.paramFormat(param, 'must be a valid phone number in E.164 format (+15555550100)');
  if (store.identificationByValue.has(identificationKey(kind, value))) throw errors.identifierExists(param, LABEL[kind]);
}

export function addIdentification(
  core: Core,
  user: UserRecord,
  kind: Kind,
  value: string,
  options: { verified: boolean; primary: boolean; reservedForSecondFactor?: boolean; at?: number },
): IdentificationRecord {
  const { store } = core;
  const at = options.at ?? core.clock.stamp();
  const record: IdentificationRecord = {
    id: core.random.id('idn'),
    kind,
    user_id: user.id,
    value: kind === 'email_address' ? value.toLowerCase() : value,
    verified: options.verified,
    reserved_for_second_factor: options.reservedForSecondFactor ?? false,
    created_at: at,
    updated_at: at,
  };
  store.identifications.set(record.id, record);
  store.identificationByValue.set(identificationKey(kind, value), record.id);
  const owned = store.identificationsOfUser.get(user.id) ?? [];
  owned.push(record.id);
  store.identificationsOfUser.set(user.id, owned);
  const primaryField = kind === 'email_address' ? 'primary_email_address_id' : 'primary_phone_number_id';
  if (options.primary || user[primaryField] === null) user[primaryField] = record.id;
  return record;
}

export function removeIdentification(store: Store, record: IdentificationRecord): void {
  store.identifications.delete(record.id);
  store.identificationByValue.delete(identificationKey(record.kind, record.value));
  const owned = (store.identificationsOfUser.get(record.user_id) ?? []).filter((id) => id !== record.id);
  store.identificationsOfUser.set(record.user_id, owned);
  const user = store.users.get(record.user_id);
  if (!user) return;
  const primaryField = record.kind === 'email_address' ? 'primary_email_address_id' : 'primary_phone_number_id';
  if (user[primaryField] === record.id) {
    user[primaryField] = owned.map((id) => store.identifications.get(id)!).find((other) => other.kind === record.kind)?.id ?? null;
  }
}

function find(store: Store, id: string, kind: Kind): IdentificationRecord {
  const record = store.identifications.get(id);
  if (!record || record.kind !== kind) throw errors.notFound(LABEL[kind], id);
  return record;
}

function owner(core: Core, userId: string, param: string): UserRecord {
  const user = core.store.users.get(userId);
  if (!user) throw errors.resourceMissing(param);
  return user;
}

function touch(core: Core, user: UserRecord): void {
  user.updated_at = core.clock.stamp();
}

function create(kind: Kind) {
  return (call: { body: Readonly<Record<string, unknown>> }, core: Core) => {
    const user = owner(core, call.body.user_id as string, 'user_id');
    const value = call.body[kind] as string;
    checkIdentifier(core.store, kind, value, kind);
    const record = addIdentification(core, user, kind, value, {
      verified: call.body.verified === true,
      primary: call.body.primary === true,
      reservedForSecondFactor: call.body.reserved_for_second_factor === true,
    });
    touch(core, user);
    core.emit('user.updated', serializeUser(core.store, user));
    return serializeIdentification(core.store, record);
  };
}

function update(kind: Kind) {
  const param = kind === 'email_address' ? 'email_address_id' : 'phone_number_id';
  return (call: { params: Readonly<Record<string, string>>; body: Readonly<Record<string, unknown>> }, core: Core) => {
    const record = find(core.store, call.params[param]!, kind);
    const user = core.store.users.get(record.user_id)!;
    if (typeof call.body.verified === 'boolean') record.verified = call.body.verified;
    if (typeof call.body.reserved_for_second_factor === 'boolean') record.reserved_for_second_factor = call.body.reserved_for_second_factor;
    if (call.body.primary === true) user[kind === 'email_address' ? 'primary_email_address_id' : 'primary_phone_number_id'] = record.id;
    record.updated_at = core.clock.stamp();
    touch(core, user);
    core.emit('user.updated', serializeUser(core.store, user));
    return serializeIdentification(core.store, record);
  };
}

function remove(kind: Kind) {
  const param = kind === 'email_address' ? 'email_address_id' : 'phone_number_id';
  return (call: { params: Readonly<Record<string, string>> }, core: Core) => {
    const record = find(core.store, call.params[param]!, kind);
    removeIdentification(core.store, record);
    const user = core.store.users.get(record.user_id);
    if (user) {
      touch(core, user);
      core.emit('user.updated', serializeUser(core.store, user));
    }
    return { object: kind, id: record.id, deleted: true };
  };
}

export const identificationHandlers: Handlers = {
  CreateEmailAddress: create('email_address'),
  GetEmailAddress: (call, core) => serializeIdentification(core.store, find(core.store, call.params.email_address_id!, 'email_address')),
  UpdateEmailAddress: update('email_address'),
  DeleteEmailAddress: remove('email_address'),
  CreatePhoneNumber: create('phone_number'),
  GetPhoneNumber: (call, core) => serializeIdentification(core.store, find(core.store, call.params.phone_number_id!, 'phone_number')),
  UpdatePhoneNumber: update('phone_number'),
  DeletePhoneNumber: remove('phone_number'),
};
