/**
 * The seed: the records a fake starts with (and returns to on `reset()`), written the way the
 * client's create methods take them (camelCase: `{ emailAddress: ['ada@example.com'] }`), plus a
 * few fields only a seed sets (`id`, `lastSignInAt`, …). Each entry is converted to wire form and
 * checked against the create operation's schema, then created by the same code the API uses, so a
 * seed is refused for exactly what Clerk would refuse, and the error names the field
 * (`seed.users[1].emailAddress[0]`). Nothing is silently dropped.
 */
import { camelCase, snakeCase } from '../../core/casing.js';
import { ClerkValidationError, describeValue, type ValidationIssue } from '../../core/errors.js';
import type {
  CreateAllowlistIdentifierBody,
  CreateApiKeyBody,
  CreateBlocklistIdentifierBody,
  CreateInvitationBody,
  CreateJwtTemplateBody,
  CreateMachineBody,
  CreateOrganizationBody,
  CreateOrganizationInvitationBody,
  CreateOrganizationMembershipBody,
  CreateRedirectUrlBody,
  CreateSessionBody,
  CreateUserBody,
} from '../../generated/types.js';
import type { Core } from './core.js';
import { errors, FakeApiError } from './errors.js';
import { addListed, addRedirectUrl } from './state/access-lists.js';
import { createInvitation } from './state/invitations.js';
import { createJwtTemplate } from './state/jwt-templates.js';
import { createApiKey, createMachine, createOpaqueM2MToken, findMachine } from './state/machine-auth.js';
import { addMembership, createOrganization, createOrganizationInvitation } from './state/organizations.js';
import type { InvitationStatus, SessionStatus } from './state/records.js';
import { createSession } from './state/sessions.js';
import { createActorToken, createSignInToken } from './state/tokens.js';
import { createUser } from './state/users.js';
import { check, type Issue } from './validate.js';
import { isObjectSchema, objectView, resolve, wireModel, type WireSchema } from './wire.js';

/** A moment a seed gives: a `Date` or milliseconds since 1970. */
export type SeedTime = Date | number;

/** A user of the seed: what `clerk.users.create()` takes, and an `id` or sign-in times if you want them. */
export interface SeedUser extends CreateUserBody {
  /**
   * The user's id.
   * @default a generated `user_…` id
   * @example 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk'
   */
  id?: string;
  /** When the user last signed in. @default never */
  lastSignInAt?: SeedTime | null;
  /** When the user was last active. @default never */
  lastActiveAt?: SeedTime | null;
}

/** A member of a seeded organization: what `memberships.create()` takes, and custom permissions. */
export interface SeedMembership extends CreateOrganizationMembershipBody {
  /**
   * Permissions beyond the role's (`org:invoices:read`): session tokens carry them.
   * @default none
   */
  permissions?: string[];
}

/** An invitation of a seeded organization, in any status. */
export interface SeedOrganizationInvitation extends CreateOrganizationInvitationBody {
  id?: string;
  /** @default 'pending' */
  status?: InvitationStatus;
}

/** An organization of the seed: what `clerk.organizations.create()` takes, its members and invitations. */
export interface SeedOrganization extends CreateOrganizationBody {
  /** @default a generated `org_…` id */
  id?: string;
  /** Members besides the creator (`createdBy`, who is an admin). */
  members?: SeedMembership[];
  invitations?: SeedOrganizationInvitation[];
}

/** An instance invitation of the seed, in any status. */
export interface SeedInvitation extends CreateInvitationBody {
  id?: string;
  /** @default 'pending' */
  status?: InvitationStatus;
}

/** A session of the seed: a user signed in (and the organization active in the session). */
export interface SeedSession extends Omit<CreateSessionBody, 'activeOrganizationId'> {
  id?: string;
  activeOrganizationId?: string;
  /** @default 'active' */
  status?: SessionStatus;
}

/** A machine of the seed, with the secret key it authenticates with (for M2M tokens). */
export interface SeedMachine extends CreateMachineBody {
  id?: string;
  /** @default a generated `ak_…` key */
  secretKey?: string;
}

/** A sign-in token of the seed. */
export interface SeedSignInToken {
  userId: string;
  id?: string;
  /** @default 30 days */
  expiresInSeconds?: number;
}

/** An actor token of the seed: `actor` impersonating `userId`. */
export interface SeedActorToken {
  userId: string;
  actor: { sub: string; [claim: string]: unknown };
  id?: string;
  /** @default 3600 */
  expiresInSeconds?: number;
}

/** An opaque M2M token of the seed, issued to a seeded machine. */
export interface SeedM2mToken {
  /** The machine the token stands for (its `subject`). */
  machineId: string;
  /** @default a generated `mt_<32 hex>` id */
  id?: string;
  /** The token a client presents. @default a generated `mt_…` token */
  token?: string;
  claims?: Record<string, unknown> | null;
  /** @default the machine's default token lifetime */
  secondsUntilExpiration?: number | null;
}

/** An API key of the seed, with the secret a client presents. */
export interface SeedApiKey extends CreateApiKeyBody {
  /** @default a generated `ak_<32 hex>` id */
  id?: string;
  /** @default a generated `ak_…` secret */
  secret?: string;
}

/**
 * What `createFakeClerk({ seed })` takes. Every list is optional; ids you leave out are
 * generated. The lists are created in this order (users first, so organizations can name them).
 */
export interface FakeClerkSeed {
  /** @example [{ emailAddress: ['ada@example.com'], firstName: 'Ada', publicMetadata: { plan: 'pro' } }] */
  users?: readonly SeedUser[];
  /** @example [{ id: 'org_acme', name: 'Acme', createdBy: 'user_ada', members: [{ userId: 'user_bob', role: 'org:member' }] }] */
  organizations?: readonly SeedOrganization[];
  invitations?: readonly SeedInvitation[];
  sessions?: readonly SeedSession[];
  signInTokens?: readonly SeedSignInToken[];
  actorTokens?: readonly SeedActorToken[];
  jwtTemplates?: readonly (CreateJwtTemplateBody & { id?: string })[];
  allowlistIdentifiers?: readonly (CreateAllowlistIdentifierBody & { id?: string })[];
  blocklistIdentifiers?: readonly (CreateBlocklistIdentifierBody & { id?: string })[];
  redirectUrls?: readonly (CreateRedirectUrlBody & { id?: string })[];
  machines?: readonly SeedMachine[];
  m2mTokens?: readonly SeedM2mToken[];
  apiKeys?: readonly SeedApiKey[];
}

/** A seed-only field: its schema (in wire form), and whether it is a moment (a Date or milliseconds). */
interface Extra {
  readonly schema: WireSchema;
  readonly kind?: 'time';
}

interface SeedKind {
  /** The create operation whose body schema the entries follow. */
  readonly operation: string;
  readonly extras: Readonly<Record<string, Extra>>;
  apply(core: Core, entry: Record<string, unknown>): void;
}

const idField = (prefix: string): Extra => ({ schema: { type: 'string', pattern: `^${prefix}_[A-Za-z0-9_]+$` } });
const timeField: Extra = { schema: { type: 'integer', nullable: true }, kind: 'time' };
const invitationStatusField: Extra = { schema: { type: 'string', enum: ['pending', 'accepted', 'revoked', 'expired'] } };
const bodyOf = (operation: string): WireSchema => wireModel.operations[operation]!.body!.schema;

/** Splits an entry into the body its create operation takes and the seed-only fields. */
function split(entry: Record<string, unknown>, names: readonly string[]): [Record<string, unknown>, Record<string, unknown>] {
  const body = { ...entry };
  const extras: Record<string, unknown> = {};
  for (const name of names) {
    extras[name] = body[name];
    delete body[name];
  }
  return [body, extras];
}

const simple = (operation: string, prefix: string, create: (core: Core, body: Record<string, unknown>, id: string | undefined) => void): SeedKind => ({
  operation,
  extras: { id: idField(prefix) },
  apply(core, entry) {
    const [body, { id }] = split(entry, ['id']);
    create(core, body, id as string | undefined);
  },
});

const KINDS: Readonly<Record<keyof FakeClerkSeed, SeedKind>> = {
  users: {
    operation: 'CreateUser',
    extras: { id: idField('user'), last_sign_in_at: timeField, last_active_at: timeField },
    apply(core, entry) {
      const [body, extras] = split(entry, ['id', 'last_sign_in_at', 'last_active_at']);
      createUser(core, body, { id: extras.id as string | undefined, last_sign_in_at: extras.last_sign_in_at as number | null, last_active_at: extras.last_active_at as number | null });
    },
  },
  organizations: {
    operation: 'CreateOrganization',
    extras: {
      id: idField('org'),
      members: {
        schema: {
          type: 'array',
          items: { allOf: [bodyOf('CreateOrganizationMembership'), { type: 'object', properties: { permissions: { type: 'array', items: { type: 'string', pattern: '^org:[^:]+:[^:]+$' } } } }] },
        },
      },
      invitations: {
        schema: { type: 'array', items: { allOf: [bodyOf('CreateOrganizationInvitation'), { type: 'object', properties: { id: idField('orginv').schema, status: invitationStatusField.schema } }] } },
      },
    },
    apply(core, entry) {
      const [body, extras] = split(entry, ['id', 'members', 'invitations']);
      const organization = createOrganization(core, body, extras.id as string | undefined);
      for (const member of (extras.members as Array<Record<string, unknown>> | undefined) ?? []) {
        addMembership(core, organization, member.user_id as string, member.role as string, member, { skipQuota: true, permissions: member.permissions as string[] | undefined });
      }
      for (const invitation of (extras.invitations as Array<Record<string, unknown>> | undefined) ?? []) {
        const [invitationBody, seeded] = split(invitation, ['id', 'status']);
        createOrganizationInvitation(core, organization, invitationBody, seeded as { id?: string; status?: InvitationStatus });
      }
    },
  },
  invitations: {
    operation: 'CreateInvitation',
    extras: { id: idField('inv'), status: invitationStatusField },
    apply(core, entry) {
      const [body, seeded] = split(entry, ['id', 'status']);
      createInvitation(core, body, seeded as { id?: string; status?: InvitationStatus });
    },
  },
  sessions: {
    operation: 'createSession',
    extras: { id: idField('sess'), status: { schema: { type: 'string', enum: ['active', 'revoked', 'ended', 'expired', 'removed', 'abandoned', 'replaced', 'pending'] } } },
    apply(core, entry) {
      const [body, seeded] = split(entry, ['id', 'status']);
      createSession(core, body.user_id as string, { organizationId: (body.active_organization_id as string | undefined) ?? null, id: seeded.id as string | undefined, status: seeded.status as SessionStatus | undefined });
    },
  },
  signInTokens: simple('CreateSignInToken', 'sit', (core, body, id) => createSignInToken(core, body, id)),
  actorTokens: simple('CreateActorToken', 'act', (core, body, id) => createActorToken(core, body, id)),
  jwtTemplates: simple('CreateJWTTemplate', 'jtmp', (core, body, id) => createJwtTemplate(core, body, id)),
  allowlistIdentifiers: simple('CreateAllowlistIdentifier', 'alid', (core, body, id) => addListed(core, 'allowlist', body.identifier as string, id)),
  blocklistIdentifiers: simple('CreateBlocklistIdentifier', 'blid', (core, body, id) => addListed(core, 'blocklist', body.identifier as string, id)),
  redirectUrls: simple('CreateRedirectURL', 'ru', (core, body, id) => addRedirectUrl(core, body.url as string, id)),
  machines: {
    operation: 'CreateMachine',
    extras: { id: idField('mch'), secret_key: { schema: { type: 'string', minLength: 8 } } },
    apply(core, entry) {
      const [body, seeded] = split(entry, ['id', 'secret_key']);
      createMachine(core, body, seeded as { id?: string; secret_key?: string });
    },
  },
  m2mTokens: {
    operation: 'createM2MToken',
    extras: { machine_id: idField('mch'), id: { schema: { type: 'string', pattern: '^mt_[0-9A-Fa-f]{32}$' } }, token: { schema: { type: 'string', minLength: 8 } } },
    apply(core, entry) {
      const [body, seeded] = split(entry, ['machine_id', 'id', 'token']);
      if (typeof seeded.machine_id !== 'string') throw errors.paramMissing('machine_id');
      if (body.token_format === 'jwt') throw errors.paramValue('token_format', 'must be opaque: JWT M2M tokens are not stored, so there is nothing to seed');
      createOpaqueM2MToken(core, findMachine(core.store, seeded.machine_id), body, seeded as { id?: string; token?: string });
    },
  },
  apiKeys: {
    operation: 'createApiKey',
    extras: { id: { schema: { type: 'string', pattern: '^ak_[0-9A-Fa-f]{32}$' } }, secret: { schema: { type: 'string', minLength: 8 } } },
    apply(core, entry) {
      const [body, seeded] = split(entry, ['id', 'secret']);
      createApiKey(core, body, seeded as { id?: string; secret?: string });
    },
  },
};

/**
 * Checks the form of a whole seed and returns the function that (re)creates its records. The
 * fake applies it when it is created (so what only creation can find, a taken email address, throws
 * then too) and on every `reset()`.
 */
export function prepareSeed(seed: unknown): (core: Core) => void {
  if (seed === undefined) return () => {};
  if (seed === null || typeof seed !== 'object' || Array.isArray(seed)) fail('seed', `must be an object like { users: [...] }, got ${describeValue(seed)}`);
  const entries: Array<{ kind: SeedKind; path: string; wire: Record<string, unknown> }> = [];
  for (const key of Object.keys(seed)) {
    if (!(key in KINDS)) fail(`seed.${key}`, `is not something the fake can seed; it seeds ${Object.keys(KINDS).join(', ')}`);
  }
  for (const [key, kind] of Object.entries(KINDS)) {
    const list = (seed as Record<string, unknown>)[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(`seed.${key}`, `must be a list, got ${describeValue(list)}`);
    list.forEach((item: unknown, index: number) => {
      const path = `seed.${key}[${index}]`;
      entries.push({ kind, path, wire: toWireEntry(item, kind, path) });
    });
  }
  const apply = (core: Core) => {
    for (const { kind, path, wire } of entries) {
      try {
        kind.apply(core, structuredClone(wire));
      } catch (error) {
        if (error instanceof FakeApiError) {
          const detail = error.errors[0]!;
          const param = typeof detail.meta?.param_name === 'string' ? detail.meta.param_name : undefined;
          const message = param && detail.long_message.startsWith(`${param} `) ? detail.long_message.slice(param.length + 1) : detail.long_message;
          fail(param ? `${path}.${camelPath(param)}` : path, message.replace(/\.$/, ''));
        }
        throw error;
      }
    }
  };
  return apply;
}

function toWireEntry(item: unknown, kind: SeedKind, path: string): Record<string, unknown> {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) fail(path, `must be an object, got ${describeValue(item)}`);
  const body = wireModel.operations[kind.operation]!.body!.schema;
  const source = item as Record<string, unknown>;
  const bodyPart: Record<string, unknown> = {};
  const extras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const wireKey = snakeCase(key);
    const extra = kind.extras[wireKey];
    if (extra) extras[wireKey] = extra.kind === 'time' && value instanceof Date ? value.getTime() : convertKeys(value, extra.schema, `${path}.${key}`);
    else bodyPart[key] = value;
  }
  const converted = convertKeys(bodyPart, body, path);
  const issues: Issue[] = [...check(converted, body)];
  for (const [wireKey, value] of Object.entries(extras)) issues.push(...check(value, kind.extras[wireKey]!.schema, wireKey));
  if (issues.length > 0) {
    throw seedError(issues.map((issue) => ({ path: issue.path ? `${path}.${camelPath(issue.path)}` : path, message: describeIssue(issue) })));
  }
  return { ...(converted as Record<string, unknown>), ...extras };
}

/** camelCase keys to the wire names the schema has; free-form objects (metadata) keep theirs. */
function convertKeys(value: unknown, schema: WireSchema, path: string): unknown {
  const s = resolve(schema);
  if (Array.isArray(value)) return s.type === 'array' && s.items ? value.map((item, index) => convertKeys(item, s.items!, `${path}[${index}]`)) : value;
  if (value === null || typeof value !== 'object' || !isObjectSchema(s)) return value;
  const view = objectView(s);
  if (view.properties.size === 0) return value;
  const converted: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined) continue;
    const wireKey = view.properties.has(key) ? key : snakeCase(key);
    const property = view.properties.get(wireKey);
    if (property === undefined && view.additional === false) fail(`${path}.${key}`, 'is not a field the fake can seed here');
    converted[wireKey] = property ? convertKeys(item, property, `${path}.${key}`) : item;
  }
  return converted;
}

/** A wire path (`email_address[0]`) as the seed writes it (`emailAddress[0]`). */
function camelPath(path: string): string {
  return path
    .split('.')
    .map((segment) => segment.replace(/^[a-z0-9_]+/, (name) => camelCase(name)))
    .join('.');
}

function describeIssue(issue: Issue): string {
  switch (issue.kind) {
    case 'missing':
      return 'is required';
    case 'unknown':
      return 'is not a field the fake can seed here';
    case 'nil':
      return 'must not be null';
    case 'type':
      return `must be a ${issue.expected}`;
    case 'format':
    case 'value':
      return issue.detail;
    case 'too-long':
      return `must not be longer than ${issue.limit} characters`;
    case 'too-short':
      return `must be at least ${issue.limit} characters long`;
    case 'too-large':
      return `must not be greater than ${issue.limit}`;
    case 'too-many':
      return `must not have more than ${issue.limit} items`;
  }
}

function seedError(issues: ValidationIssue[]): ClerkValidationError {
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new ClerkValidationError(`${first.path}: ${first.message}${more}`, issues);
}

function fail(path: string, message: string): never {
  throw seedError([{ path, message }]);
}
