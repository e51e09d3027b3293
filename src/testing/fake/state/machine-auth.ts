/**
 * Machine authentication: machines (with their secret keys and scopes), API keys and M2M tokens,
 * created, listed, verified and revoked. An M2M token is created with a machine's secret key, as
 * at Clerk; verification answers with the record, `revoked` and `expired` included.
 */
import type { Call, Core, Handlers } from '../core.js';
import { errors, FakeApiError } from '../errors.js';
import { JWT_CATEGORY } from '../jwt.js';
import { containsText, envelope, pageOf, pagingOf, sortBy, stringList } from './lists.js';
import type { ApiKeyRecord, M2MTokenRecord, MachineRecord } from './records.js';
import type { Store } from './store.js';

const DEFAULT_TOKEN_TTL_SECONDS = 3600;

/** The errors of the machine-auth endpoints: their spec gives them `{ errors: [{ message, long_message, code }] }` with `bad_request`. */
function badRequest(detail: string): FakeApiError {
  return new FakeApiError(400, [{ code: 'bad_request', message: 'Bad Request', long_message: detail }]);
}

export function findMachine(store: Store, id: string): MachineRecord {
  const machine = store.machines.get(id);
  if (!machine) throw errors.notFound('machine', id);
  return machine;
}

function machineSummary(core: Core, machine: MachineRecord): Record<string, unknown> {
  return {
    object: 'machine',
    id: machine.id,
    name: machine.name,
    instance_id: core.instance.id,
    created_at: machine.created_at,
    updated_at: machine.updated_at,
    default_token_ttl: machine.default_token_ttl,
  };
}

function serializeMachine(core: Core, machine: MachineRecord): Record<string, unknown> {
  const scoped = machine.scoped_machine_ids.map((id) => core.store.machines.get(id)).filter((other): other is MachineRecord => other !== undefined);
  return { ...machineSummary(core, machine), scoped_machines: scoped.map((other) => machineSummary(core, other)) };
}

function machineSecret(core: Core): string {
  return `ak_${core.random.hex(32)}`;
}

export function createMachine(core: Core, body: Readonly<Record<string, unknown>>, seeded: { id?: string; secret_key?: string } = {}): MachineRecord {
  const { store } = core;
  if (seeded.id !== undefined && store.machines.has(seeded.id)) throw errors.identifierExists('id', 'machine id');
  const scoped = stringList(body.scoped_machines) ?? [];
  for (const id of scoped) if (!store.machines.has(id)) throw errors.resourceMissing('scoped_machines');
  const at = core.clock.stamp();
  const machine: MachineRecord = {
    id: seeded.id ?? core.random.id('mch'),
    name: body.name as string,
    secret_key: seeded.secret_key ?? machineSecret(core),
    default_token_ttl: (body.default_token_ttl as number | undefined) ?? DEFAULT_TOKEN_TTL_SECONDS,
    scoped_machine_ids: scoped,
    created_at: at,
    updated_at: at,
  };
  store.machines.set(machine.id, machine);
  return machine;
}

const expiredAt = (expiration: number | null, now: number) => expiration !== null && expiration <= now;

function serializeApiKey(core: Core, key: ApiKeyRecord, withSecret = false): Record<string, unknown> {
  return {
    object: 'api_key',
    id: key.id,
    type: key.type,
    subject: key.subject,
    name: key.name,
    description: key.description,
    claims: key.claims,
    scopes: key.scopes,
    ...(withSecret ? { secret: key.secret } : {}),
    revoked: key.revoked,
    revocation_reason: key.revocation_reason,
    expired: expiredAt(key.expiration, core.clock.now()),
    expiration: key.expiration,
    created_by: key.created_by,
    last_used_at: key.last_used_at,
    created_at: key.created_at,
    updated_at: key.updated_at,
  };
}

export function createApiKey(core: Core, body: Readonly<Record<string, unknown>>, seeded: { id?: string; secret?: string } = {}): ApiKeyRecord {
  const at = core.clock.stamp();
  const seconds = body.seconds_until_expiration;
  const key: ApiKeyRecord = {
    id: seeded.id ?? core.random.hexId('ak'),
    secret: seeded.secret ?? `ak_${core.random.base62(40)}`,
    type: (body.type as string | undefined) ?? 'api_key',
    name: body.name as string,
    subject: body.subject as string,
    description: (body.description as string | null | undefined) ?? null,
    claims: body.claims ?? null,
    scopes: stringList(body.scopes) ?? [],
    revoked: false,
    revocation_reason: null,
    expiration: typeof seconds === 'number' ? at + seconds * 1000 : null,
    created_by: (body.created_by as string | null | undefined) ?? null,
    last_used_at: null,
    created_at: at,
    updated_at: at,
  };
  core.store.apiKeys.set(key.id, key);
  return key;
}

function findApiKey(store: Store, id: string): ApiKeyRecord {
  const key = store.apiKeys.get(id);
  if (!key) throw errors.notFound('API key', id);
  return key;
}

function serializeM2M(core: Core, token: M2MTokenRecord, withToken = false): Record<string, unknown> {
  return {
    object: 'machine_to_machine_token',
    id: token.id,
    subject: token.subject,
    claims: token.claims,
    scopes: token.scopes,
    ...(withToken ? { token: token.token } : {}),
    revoked: token.revoked,
    revocation_reason: token.revocation_reason,
    expired: expiredAt(token.expiration, core.clock.now()),
    expiration: token.expiration,
    last_used_at: token.last_used_at,
    created_at: token.created_at,
    updated_at: token.updated_at,
  };
}

function callerMachine(call: Call, core: Core): MachineRecord {
  if (call.caller.kind !== 'machine') throw badRequest('M2M tokens are created with a machine secret key, not the instance secret key.');
  return findMachine(core.store, call.caller.machineId);
}

/** An opaque M2M token of a machine, stored so that it can be listed, verified and revoked. */
export function createOpaqueM2MToken(core: Core, machine: MachineRecord, body: Readonly<Record<string, unknown>>, seeded: { id?: string; token?: string } = {}): M2MTokenRecord {
  const at = core.clock.stamp();
  const seconds = typeof body.seconds_until_expiration === 'number' ? body.seconds_until_expiration : machine.default_token_ttl;
  const record: M2MTokenRecord = {
    id: seeded.id ?? core.random.hexId('mt'),
    token: seeded.token ?? `mt_${core.random.hex(32)}`,
    subject: machine.id,
    claims: body.claims ?? null,
    scopes: [...machine.scoped_machine_ids],
    revoked: false,
    revocation_reason: null,
    expiration: at + seconds * 1000,
    last_used_at: null,
    created_at: at,
    updated_at: at,
  };
  if (body.token_format !== 'jwt') core.store.m2mTokens.set(record.id, record);
  return record;
}

async function createM2MToken(call: Call, core: Core): Promise<unknown> {
  const machine = callerMachine(call, core);
  const record = createOpaqueM2MToken(core, machine, call.body);
  if (call.body.token_format === 'jwt') {
    // JWT M2M tokens are stateless: signed with the instance's key, verified with its JWKS, never stored.
    const issuedAt = Math.floor(record.created_at / 1000);
    const seconds = Math.round(((record.expiration ?? record.created_at) - record.created_at) / 1000);
    const claims = record.claims !== null && typeof record.claims === 'object' ? (record.claims as Record<string, unknown>) : {};
    record.token = await core.signJwt(
      { cat: JWT_CATEGORY.m2m },
      { ...claims, iss: core.instance.issuer, sub: machine.id, iat: issuedAt, nbf: issuedAt, exp: issuedAt + seconds, jti: record.id, ...(record.scopes.length > 0 ? { scopes: record.scopes.join(' ') } : {}) },
    );
  }
  return serializeM2M(core, record, true);
}

export const machineAuthHandlers: Handlers = {
  ListMachines: (call, core) => {
    let machines = [...core.store.machines.values()];
    if (typeof call.query.query === 'string' && call.query.query !== '') machines = machines.filter((machine) => containsText(machine.name, call.query.query as string) || containsText(machine.id, call.query.query as string));
    const sorted = sortBy(machines, typeof call.query.order_by === 'string' ? call.query.order_by : '-created_at', { name: (machine) => machine.name, created_at: (machine) => machine.created_at });
    return envelope(pageOf(sorted, pagingOf(call.query)).map((machine) => serializeMachine(core, machine)), sorted.length);
  },
  CreateMachine: (call, core) => {
    const machine = createMachine(core, call.body);
    return { ...serializeMachine(core, machine), secret_key: machine.secret_key };
  },
  GetMachine: (call, core) => serializeMachine(core, findMachine(core.store, call.params.machine_id!)),
  UpdateMachine: (call, core) => {
    const machine = findMachine(core.store, call.params.machine_id!);
    if (typeof call.body.name === 'string') machine.name = call.body.name;
    if (typeof call.body.default_token_ttl === 'number') machine.default_token_ttl = call.body.default_token_ttl;
    machine.updated_at = core.clock.stamp();
    return serializeMachine(core, machine);
  },
  DeleteMachine: (call, core) => {
    const machine = findMachine(core.store, call.params.machine_id!);
    core.store.machines.delete(machine.id);
    for (const other of core.store.machines.values()) other.scoped_machine_ids = other.scoped_machine_ids.filter((id) => id !== machine.id);
    return { object: 'machine', id: machine.id, deleted: true };
  },
  GetMachineSecretKey: (call, core) => ({ object: 'machine_secret_key', secret: findMachine(core.store, call.params.machine_id!).secret_key }),
  RotateMachineSecretKey: (call, core) => {
    const machine = findMachine(core.store, call.params.machine_id!);
    machine.secret_key = machineSecret(core);
    machine.updated_at = core.clock.stamp();
    return { object: 'machine_secret_key', secret: machine.secret_key };
  },
  CreateMachineScope: (call, core) => {
    const machine = findMachine(core.store, call.params.machine_id!);
    const target = findMachine(core.store, call.body.to_machine_id as string);
    if (machine.scoped_machine_ids.includes(target.id)) throw new FakeApiError(409, [{ code: 'duplicate_record', message: 'duplicate scope', long_message: `${machine.id} can already reach ${target.id}.` }]);
    machine.scoped_machine_ids.push(target.id);
    return { object: 'machine_scope', from_machine_id: machine.id, to_machine_id: target.id, created_at: core.clock.stamp() };
  },
  DeleteMachineScope: (call, core) => {
    const machine = findMachine(core.store, call.params.machine_id!);
    const other = call.params.other_machine_id!;
    if (!machine.scoped_machine_ids.includes(other)) throw errors.notFound('machine scope', other);
    machine.scoped_machine_ids = machine.scoped_machine_ids.filter((id) => id !== other);
    return { object: 'machine_scope', from_machine_id: machine.id, to_machine_id: other, deleted: true };
  },

  getApiKeys: (call, core) => {
    const now = core.clock.now();
    let keys = [...core.store.apiKeys.values()].filter((key) => key.subject === call.query.subject);
    if (typeof call.query.type === 'string') keys = keys.filter((key) => key.type === call.query.type);
    if (call.query.include_invalid !== 'true') keys = keys.filter((key) => !key.revoked && !expiredAt(key.expiration, now));
    if (typeof call.query.query === 'string' && call.query.query !== '') keys = keys.filter((key) => containsText(key.name, call.query.query as string));
    keys.reverse();
    return envelope(pageOf(keys, pagingOf(call.query)).map((key) => serializeApiKey(core, key)), keys.length);
  },
  createApiKey: (call, core) => serializeApiKey(core, createApiKey(core, call.body), true),
  getApiKey: (call, core) => serializeApiKey(core, findApiKey(core.store, call.params.apiKeyID!)),
  getApiKeySecret: (call, core) => ({ secret: findApiKey(core.store, call.params.apiKeyID!).secret }),
  updateApiKey: (call, core) => {
    const key = findApiKey(core.store, call.params.apiKeyID!);
    if (call.body.claims !== undefined) key.claims = call.body.claims;
    if (Array.isArray(call.body.scopes)) key.scopes = stringList(call.body.scopes)!;
    if (call.body.description !== undefined) key.description = call.body.description as string | null;
    if (typeof call.body.subject === 'string') key.subject = call.body.subject;
    if (call.body.seconds_until_expiration !== undefined) {
      key.expiration = typeof call.body.seconds_until_expiration === 'number' ? core.clock.now() + call.body.seconds_until_expiration * 1000 : null;
    }
    key.updated_at = core.clock.stamp();
    return serializeApiKey(core, key);
  },
  revokeApiKey: (call, core) => {
    const key = findApiKey(core.store, call.params.apiKeyID!);
    key.revoked = true;
    key.revocation_reason = (call.body.revocation_reason as string | null | undefined) ?? null;
    key.updated_at = core.clock.stamp();
    return serializeApiKey(core, key);
  },
  deleteApiKey: (call, core) => {
    const key = findApiKey(core.store, call.params.apiKeyID!);
    core.store.apiKeys.delete(key.id);
    return { id: key.id, object: 'api_key', deleted: true };
  },
  verifyApiKey: (call, core) => {
    // A revoked or expired key verifies no better than an unknown one.
    const key = [...core.store.apiKeys.values()].find((candidate) => candidate.secret === call.body.secret);
    if (!key || key.revoked || expiredAt(key.expiration, core.clock.now())) throw errors.notFound('API key', 'given');
    key.last_used_at = core.clock.now();
    return serializeApiKey(core, key);
  },

  createM2MToken,
  getM2MTokens: (call, core) => {
    const subject = call.query.subject as string;
    if (call.caller.kind === 'machine' && call.caller.machineId !== subject) {
      throw new FakeApiError(403, [{ code: 'authorization_invalid', message: 'Unauthorized request', long_message: 'A machine secret key lists only the tokens of its own machine.' }]);
    }
    const now = core.clock.now();
    let tokens = [...core.store.m2mTokens.values()].filter((token) => token.subject === subject);
    if (typeof call.query.revoked === 'boolean') tokens = tokens.filter((token) => token.revoked === call.query.revoked);
    if (typeof call.query.expired === 'boolean') tokens = tokens.filter((token) => expiredAt(token.expiration, now) === call.query.expired);
    tokens.reverse();
    return envelope(pageOf(tokens, pagingOf(call.query)).map((token) => serializeM2M(core, token)), tokens.length, 'm2m_tokens');
  },
  revokeM2MToken: (call, core) => {
    const token = core.store.m2mTokens.get(call.params.m2m_token_id!);
    if (!token) throw errors.notFound('M2M token', call.params.m2m_token_id!);
    if (call.caller.kind === 'machine' && call.caller.machineId !== token.subject) throw errors.notFound('M2M token', token.id);
    token.revoked = true;
    token.revocation_reason = (call.body.revocation_reason as string | null | undefined) ?? null;
    token.updated_at = core.clock.stamp();
    return serializeM2M(core, token);
  },
  verifyM2MToken: (call, core) => {
    const token = [...core.store.m2mTokens.values()].find((candidate) => candidate.token === call.body.token);
    if (!token || token.revoked || expiredAt(token.expiration, core.clock.now())) throw errors.notFound('M2M token', 'given');
    if (call.caller.kind === 'machine' && call.caller.machineId !== token.subject && !token.scopes.includes(call.caller.machineId)) {
      throw errors.notFound('M2M token', 'given');
    }
    token.last_used_at = core.clock.now();
    return serializeM2M(core, token);
  },
};
