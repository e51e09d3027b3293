import { describe, expect, it } from 'vitest';
import { ClientContext } from '../../src/core/operation.js';
import { camelCase, toWire, type KeyMap } from '../../src/core/casing.js';
import type { DecodeState } from '../../src/core/decoding.js';
import { operationDecoders, operationTable as operations } from '../../src/generated/decoders/all.js';
import { type OperationInfo } from '../../src/generated/operations.js';
import { api, newClerk } from '../helpers.js';
import { userJson } from '../fixtures/objects.js';
import { label, operationsAnswering, requestBodies, requestPlaces, responsePlaces, sample, type Place } from './free-form-places.js';

// Objects the spec lets carry keys of their own (metadata, an actor's claims, JWT claims, header
// maps, attribute mappings, objects with additionalProperties) hold the caller's data: those keys
// travel as written, both ways. Declared keys are still re-cased, and objects that allow no keys of
// their own keep re-casing keys Clerk adds later.

/** Keys of the caller's own, in every casing, nested: all must arrive exactly so. */
const own = () => ({ supportTicket: 'T-1', snake_key: 1, nested_object: { innerKey: { deep_key: true } }, list: [{ itemKey: 1 }] });

const context = new ClientContext({} as never);
const byId = operations as unknown as Record<string, OperationInfo>;

/** The value at a wire path (`[]`: the first item). */
function atWire(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const segment of path) current = segment === '[]' ? (current as unknown[])[0] : (current as Record<string, unknown>)[segment];
  return current;
}

/** A wire value of declared keys as the caller writes it: every key camelCase. */
function camelCaseKeys(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(camelCaseKeys);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [camelCase(key), camelCaseKeys(item)]));
}

function pathValues(op: OperationInfo): Record<string, string> {
  return Object.fromEntries(op.pathParams.map(([wire]) => [wire, `${wire}_1`]));
}

describe('keys of the caller\'s own in requests', () => {
  it('finds the places the spec allows them (metadata, actor, claims, header and attribute maps)', () => {
    const labels = requestPlaces.map(label);
    expect(labels).toEqual(expect.arrayContaining(['CreateActorToken actor', 'CreateUser public_metadata', 'RefreshSession request_headers', 'CreateJWTTemplate claims', 'UpdateSCIMDirectory attribute_mapping']));
    expect(labels.length).toBeGreaterThanOrEqual(30);
  });

  it.each(requestPlaces.map((place) => [label(place), place] as const))('%s is sent as written', async (_, place: Place) => {
    const op = byId[place.owner]!;
    const fill = place.node.additionalProperties && typeof place.node.additionalProperties === 'object' ? { givenName: 'first_name', snake_key: 'x' } : own();
    const params = camelCaseKeys(sample(requestBodies.get(place.owner)!, { path: place.path, fill: {} })) as Record<string, unknown>;
    // The caller's own keys go in as the caller writes params: camelCase around them, theirs as they are.
    const parentPath = place.path.slice(0, -1).map((segment) => (segment === '[]' ? 0 : camelCase(segment)));
    const parent = parentPath.reduce<Record<string | number, unknown>>((value, key) => value[key] as Record<string, unknown>, params);
    const last = place.path.at(-1)!;
    if (place.declared) Object.assign(parent[camelCase(last)] as object, fill);
    else parent[last === '[]' ? 0 : camelCase(last)] = fill;
    const request = await context.prepare(op, { path: pathValues(op), params });
    const sent = atWire(request.body, place.path) as Record<string, unknown>;
    if (place.declared) expect(sent).toMatchObject(fill);
    else expect(sent).toEqual(fill);
  });

  it('clerk.actorTokens.create: the actor\'s own claims arrive as written, declared keys re-cased', async () => {
    let sent: unknown;
    api()
      .post('/actor_tokens', (body) => ((sent = body), true))
      .reply(200, { object: 'actor_token', id: 'act_1', status: 'pending', user_id: 'user_1', actor: { sub: 'user_1', supportTicket: 'T-1' }, created_at: 1, updated_at: 1 });
    const token = await newClerk().actorTokens.create({ userId: 'user_2', expiresInSeconds: 60, actor: { sub: 'user_1', supportTicket: 'T-1' } });
    expect(sent).toEqual({ user_id: 'user_2', expires_in_seconds: 60, actor: { sub: 'user_1', supportTicket: 'T-1' } });
    expect(token.actor).toEqual({ sub: 'user_1', supportTicket: 'T-1' });
  });
});

describe('keys of the sender\'s own in answers', () => {
  it('finds the places the spec allows them', () => {
    const labels = responsePlaces.map(label);
    expect(labels).toEqual(expect.arrayContaining(['User public_metadata', 'ExternalAccountWithVerification', 'Session actor', 'JWTTemplate claims', 'SCIMDirectory attribute_mapping']));
  });

  // The error body's `meta` is read by the transport, not by a decoder.
  const decoded = responsePlaces.filter((place) => !place.owner.startsWith('ClerkError'));

  it.each(decoded.map((place) => [label(place), place] as const))('%s is kept as sent', (_, place: Place) => {
    const answering = operationsAnswering(place.owner);
    expect(answering.length).toBeGreaterThan(0);
    const { op, schema } = answering[0]!;
    const fill: Record<string, unknown> = place.node.additionalProperties && typeof place.node.additionalProperties === 'object' ? { given_name: 'first_name', camelKey: 'x' } : own();
    const component = place.owner === op.operationId ? undefined : place.owner;
    const wire = sample(schema, { component, path: place.path, fill });
    const state: DecodeState = { ok: true };
    const value = operationDecoders[op.operationId]!.response!(wire, state);
    expect(state.ok).toBe(true);
    const found = findFill(value, fill);
    expect(found, `${op.operationId}: the caller's keys as sent`).toBe(true);
  });

  it('objects that allow no keys of their own re-case the keys Clerk adds later', async () => {
    api().get('/users/user_1').reply(200, userJson('user_1', { new_field_x: { inner_key: 1 } }));
    const user = (await newClerk().users.get('user_1')) as unknown as Record<string, unknown>;
    expect(user.newFieldX).toEqual({ inner_key: 1 });
    expect(user.new_field_x).toBeUndefined();
  });

  it('user.externalAccounts: keys of the account\'s own kept as sent, declared keys camelCase', async () => {
    const account = {
      object: 'external_account', id: 'eac_1', provider: 'oauth_google', identification_id: 'idn_1', provider_user_id: 'g_1', approved_scopes: '',
      email_address: 'a@example.com', first_name: 'A', last_name: 'L', avatar_url: '', image_url: null, username: null, phone_number: null,
      public_metadata: { plan_tier: 'pro' }, label: null, created_at: 1, updated_at: 1, verification: null, google_hd: 'example.com',
    };
    api().get('/users/user_1').reply(200, userJson('user_1', { external_accounts: [account] }));
    const user = await newClerk({ strictResponses: true }).users.get('user_1');
    const [external] = user.externalAccounts;
    expect(external!.providerUserId).toBe('g_1');
    expect(external!.google_hd).toBe('example.com');
    expect(external!.publicMetadata).toEqual({ plan_tier: 'pro' });
  });
});

/** Whether the decoded value holds an object deep-equal to `fill` (or containing it, for objects with declared keys). */
function findFill(value: unknown, fill: Record<string, unknown>): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (!Array.isArray(value) && Object.entries(fill).every(([key, item]) => JSON.stringify((value as Record<string, unknown>)[key]) === JSON.stringify(item))) return true;
  return Object.values(value).some((item) => findFill(item, fill));
}

describe('toWire with an open key map', () => {
  it('re-cases declared keys, keeps the caller\'s own, and maps their values when the schema describes them', () => {
    const valueKeys: KeyMap = () => [['ip_address']];
    const open: KeyMap = () => ({ open: [['display_name']], values: valueKeys });
    expect(toWire({ displayName: 'A', myDevice: { ipAddress: '1.2.3.4', lastSeen: 1 } }, open)).toEqual({
      display_name: 'A',
      myDevice: { ip_address: '1.2.3.4', last_seen: 1 },
    });
  });
});
