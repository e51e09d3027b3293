import { describe, expect, it } from 'vitest';
import * as exported from '../../src/index.js';
import { EmailAddress, Passkey, User } from '../../src/index.js';
import { ClientContext } from '../../src/core/operation.js';
import { operationDecoders } from '../../src/generated/decoders/all.js';
import { Handle, asRecord, recordFactories, type RecordClass } from '../../src/resources/base.js';
import { api, newClerk } from '../helpers.js';
import { userJson } from '../fixtures/objects.js';
import { recordSchemas } from '../../scripts/records.js';

// Records are allocated by the generated decoders (one copy of a page, not a decoded copy and then
// a record copy); these tests hold the pieces of that path together.

const recordClasses = (Object.entries(exported) as Array<[string, unknown]>).filter(
  (entry): entry is [string, RecordClass<Handle>] =>
    typeof entry[1] === 'function' && entry[1].prototype instanceof Handle && typeof (entry[1] as { locate?: unknown }).locate === 'function',
);

describe('records made by the decoders', () => {
  it('every record class names a schema of the generator\'s record table, and every entry has its class', () => {
    const classSchemas = recordClasses.map(([name, Type]) => Type.schema ?? `${name} (no schema)`);
    expect([...new Set(classSchemas)].sort()).toEqual([...recordSchemas].sort());
  });

  it('a decoded user is the record itself, its nested records too', () => {
    const context = new ClientContext({} as never);
    const state = { ok: true, records: recordFactories(context, User) };
    const decoded = operationDecoders.GetUser!.response!(userJson('user_1'), state);
    expect(state.ok).toBe(true);
    expect(decoded).toBeInstanceOf(User);
    const user = asRecord(User, context, decoded, {});
    expect(user).toBe(decoded); // no second copy
    expect(user.emailAddresses[0]).toBeInstanceOf(EmailAddress);
    expect(user.passkeys[0]).toBeInstanceOf(Passkey);
  });

  it('nested records act under their parent: a passkey of a fetched user is deleted under that user', async () => {
    api().get('/users/user_1').reply(200, userJson('user_1'));
    const user = await newClerk({ strictResponses: true }).users.get('user_1');
    const passkey = user.passkeys[0]!;
    api().delete(`/users/user_1/passkeys/${passkey.id}`).reply(200, { object: 'passkey', id: passkey.id, deleted: true });
    await expect(passkey.delete()).resolves.toMatchObject({ deleted: true });
  });

  it('without factories the decoders make plain objects, and asRecord copies them into records', () => {
    const context = new ClientContext({} as never);
    const decoded = operationDecoders.GetUser!.response!(userJson('user_1'), { ok: true });
    expect(decoded).not.toBeInstanceOf(User);
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    const user = asRecord(User, context, decoded, {});
    expect(user).toBeInstanceOf(User);
    expect(user.emailAddresses[0]).toBeInstanceOf(EmailAddress);
    expect(user.toJSON()).toEqual(decoded);
  });

  it('records serialise, spread and list their keys as data alone', async () => {
    api().get('/users/user_1').reply(200, userJson('user_1'));
    const user = await newClerk({ strictResponses: true }).users.get('user_1');
    expect(Object.keys(user)).toContain('firstName');
    expect(Object.keys(user).some((key) => key.startsWith('#') || key.includes('context'))).toBe(false);
    // The constructor's slot reservation (see Resource) never runs: no placeholder fields.
    expect(Object.keys(user).filter((key) => /^s\d+$/.test(key))).toEqual([]);
    expect(Object.keys(newClerk().users('user_1'))).toEqual([]);
    expect(JSON.parse(JSON.stringify(user))).toEqual(user.toJSON());
    expect({ ...user.emailAddresses[0] }).toEqual(user.emailAddresses[0]!.toJSON());
  });

  it('fields changed locally never redirect a record\'s methods: they act on the object as fetched', async () => {
    api().get('/users/user_1').reply(200, userJson('user_1'));
    const user = await newClerk().users.get('user_1');
    user.id = 'user_2';
    user.passkeys[0]!.id = 'pk_other';
    api().delete('/users/user_1/passkeys/pk_1').reply(200, { object: 'passkey', id: 'pk_1', deleted: true });
    await user.passkeys[0]!.delete();
    api().post('/users/user_1/ban').reply(200, userJson('user_1', { banned: true }));
    await user.ban();
    expect(user.banned).toBe(true);
    expect(user.id).toBe('user_1'); // refreshed from the answer
  });
});
