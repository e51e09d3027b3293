/**
 * Sessions and the tokens they issue: sessions created, listed and revoked; session tokens signed
 * with the instance's key in Clerk's claim format (version 2 by default: the compact `o` claim;
 * version 1: `org_id`, `org_role`, …); tokens from JWT templates; the instance's JWKS.
 */
import { ClerkValidationError, describeValue } from '../../../core/errors.js';
import type { Call, Core, Handlers } from '../core.js';
import { errors, FakeApiError } from '../errors.js';
import { JWT_CATEGORY } from '../jwt.js';
import { ensureSigningKey } from '../keys.js';
import { pageOf, pagingOf } from './lists.js';
import type { MembershipRecord, SessionRecord, SessionStatus, UserRecord } from './records.js';
import { pairKey, type Store } from './store.js';
import { membershipPermissions, serializeOrganization, serializeUser } from './views.js';

const SESSION_TOKEN_SECONDS = 60;
const SESSION_LIFETIME_MS = 7 * 86_400_000;
const ABANDON_MS = 30 * 86_400_000;
/** Clerk dates a session token's `nbf` a few seconds before its `iat`, for clocks slightly behind. */
const NOT_BEFORE_SKEW_SECONDS = 10;
const DEFAULT_AUTHORIZED_PARTY = 'http://localhost:3000';

/** Options of `fake.createSessionToken`. */
export interface SessionTokenOptions {
  /**
   * The user signed in: one the fake has (seeded or created).
   * @example 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk'
   */
  userId: string;
  /**
   * The active organization: one the user is a member of. The token carries the membership's role
   * and its permissions.
   * @default no active organization
   */
  orgId?: string;
  /**
   * The session the token belongs to: an active session of the user.
   * @default a new active session of the user
   */
  sessionId?: string;
  /**
   * The claim format.
   * @default the fake's `sessionTokenVersion` (2)
   */
  version?: 1 | 2;
  /**
   * Seconds until `exp`. Clerk's session tokens live 60 seconds; a negative value makes an expired token.
   * @default 60
   */
  expiresInSeconds?: number;
  /**
   * The `azp` claim: the origin of the page the token was issued to.
   * @default 'http://localhost:3000'
   */
  authorizedParty?: string;
  /**
   * Permissions beyond those of the membership's role, such as `org:invoices:read`.
   * @default none
   */
  orgPermissions?: readonly string[];
  /**
   * `pending` for a session with tasks left (such as choosing an organization).
   * @default 'active'
   */
  status?: 'active' | 'pending';
  /**
   * The impersonator (the `act` claim), as an actor token sets it.
   * @example { sub: 'user_admin' }
   */
  actor?: { sub: string; [claim: string]: unknown };
  /**
   * More claims, as session-token customization adds them (the registered claims win).
   * @example { plan: 'pro' }
   */
  claims?: Record<string, unknown>;
}

export function findSession(store: Store, id: string): SessionRecord {
  const session = store.sessions.get(id);
  if (!session) throw errors.notFound('session', id);
  return session;
}

export function createSession(core: Core, userId: string, options: { organizationId?: string | null; id?: string; status?: SessionStatus; actor?: Record<string, unknown> | null } = {}): SessionRecord {
  const { store } = core;
  const user = store.users.get(userId);
  if (!user) throw errors.notFound('user', userId);
  if (options.organizationId && !store.membershipByPair.has(pairKey(options.organizationId, userId))) {
    throw errors.resourceMissing('active_organization_id');
  }
  const at = core.clock.stamp();
  const session: SessionRecord = {
    id: options.id ?? core.random.id('sess'),
    user_id: userId,
    client_id: core.random.id('client'),
    status: options.status ?? 'active',
    actor: (options.actor as SessionRecord['actor']) ?? null,
    last_active_organization_id: options.organizationId ?? null,
    last_active_at: at,
    expire_at: at + SESSION_LIFETIME_MS,
    abandon_at: at + ABANDON_MS,
    created_at: at,
    updated_at: at,
  };
  store.sessions.set(session.id, session);
  user.last_sign_in_at = at;
  user.last_active_at = at;
  return session;
}

/** A session now: an active one past its `expire_at` has expired. */
function statusOf(session: SessionRecord, now: number): SessionStatus {
  if (session.status === 'active' && session.expire_at <= now) session.status = 'expired';
  return session.status;
}

export function serializeSession(core: Core, session: SessionRecord): Record<string, unknown> {
  return {
    object: 'session',
    id: session.id,
    user_id: session.user_id,
    client_id: session.client_id,
    actor: session.actor,
    status: statusOf(session, core.clock.now()),
    last_active_organization_id: session.last_active_organization_id,
    last_active_at: session.last_active_at,
    expire_at: session.expire_at,
    abandon_at: session.abandon_at,
    updated_at: session.updated_at,
    created_at: session.created_at,
    tasks: [],
  };
}

/** A session event's data: the session with its user (and without `tasks`, which events do not carry). */
function sessionEvent(core: Core, session: SessionRecord): Record<string, unknown> {
  const { tasks: _tasks, ...data } = serializeSession(core, session);
  const user = core.store.users.get(session.user_id);
  return user ? { ...data, user: serializeUser(core.store, user) } : data;
}

export function emitSession(core: Core, type: string, session: SessionRecord): void {
  core.emit(type, sessionEvent(core, session));
}

interface Organization {
  id: string;
  slug: string;
  role: string;
  permissions: string[];
}

function organizationClaims(version: 1 | 2, organization: Organization | undefined): Record<string, unknown> {
  if (!organization) return {};
  // System permissions (org:sys_…) stay out of session tokens, as in Clerk's.
  const custom = organization.permissions.filter((permission) => !/^org:sys_/.test(permission));
  if (version === 1) return { org_id: organization.id, org_slug: organization.slug, org_role: organization.role, org_permissions: custom };
  // Version 2: `fea` lists the features, `per` the permission names, `fpm` one bitmask per feature
  // saying which of the names it grants (`org:<feature>:<name>`).
  const features: string[] = [];
  const names: string[] = [];
  for (const permission of custom) {
    const [, feature, name] = permission.split(':');
    if (!feature || !name) continue;
    if (!features.includes(feature)) features.push(feature);
    if (!names.includes(name)) names.push(name);
  }
  const maps = features.map((feature) => {
    let bits = 0n;
    names.forEach((name, index) => {
      if (custom.includes(`org:${feature}:${name}`)) bits |= 1n << BigInt(index);
    });
    return bits.toString();
  });
  const o: Record<string, unknown> = { id: organization.id, rol: organization.role.replace(/^org:/, ''), slg: organization.slug };
  if (names.length > 0) {
    o.per = names.join(',');
    o.fpm = maps.join(',');
  }
  return { o, ...(features.length > 0 ? { fea: features.map((feature) => `o:${feature}`).join(',') } : {}) };
}

export interface SessionTokenInput {
  session: SessionRecord;
  version: 1 | 2;
  expiresInSeconds: number;
  authorizedParty: string;
  organization?: Organization;
  actor?: Record<string, unknown> | null;
  claims?: Record<string, unknown>;
}

export function signSessionToken(core: Core, input: SessionTokenInput): Promise<string> {
  const issuedAt = Math.floor(core.clock.now() / 1000);
  const payload: Record<string, unknown> = {
    ...(input.claims ?? {}),
    azp: input.authorizedParty,
    exp: issuedAt + input.expiresInSeconds,
    fva: [0, -1],
    iat: issuedAt,
    iss: core.instance.issuer,
    jti: core.random.hex(20),
    nbf: issuedAt - NOT_BEFORE_SKEW_SECONDS,
    sid: input.session.id,
    sub: input.session.user_id,
    ...(input.version === 2 ? { v: 2, sts: input.session.status === 'pending' ? 'pending' : 'active' } : {}),
    ...organizationClaims(input.version, input.organization),
    ...(input.actor ? { act: input.actor } : {}),
  };
  return core.signJwt({ cat: JWT_CATEGORY.session }, payload);
}

function organizationOf(store: Store, membership: MembershipRecord | undefined, extra: readonly string[] = []): Organization | undefined {
  if (!membership) return undefined;
  const organization = store.organizations.get(membership.organization_id)!;
  return { id: organization.id, slug: organization.slug, role: membership.role, permissions: [...membershipPermissions(membership), ...extra] };
}

function membershipOf(store: Store, organizationId: string | null, userId: string): MembershipRecord | undefined {
  if (!organizationId) return undefined;
  const id = store.membershipByPair.get(pairKey(organizationId, userId));
  return id ? store.memberships.get(id) : undefined;
}

/** `fake.createSessionToken`: a session token as Clerk would issue it to the user signed in. */
export async function createSessionTokenFor(core: Core, options: SessionTokenOptions): Promise<string> {
  const { store } = core;
  const invalid = (path: string, problem: string): never => {
    throw new ClerkValidationError(`${path}: ${problem}`, [{ path, message: problem }]);
  };
  if (options === null || typeof options !== 'object') invalid('options', `must be an object with a userId, got ${describeValue(options)}`);
  if (typeof options.userId !== 'string' || !store.users.has(options.userId)) {
    invalid('userId', `must be the id of a user the fake has (seed it or create it first), got ${describeValue(options.userId)}`);
  }
  const version = options.version ?? core.instance.sessionTokenVersion;
  if (version !== 1 && version !== 2) invalid('version', `must be 1 or 2, got ${describeValue(version)}`);
  const expiresInSeconds = options.expiresInSeconds ?? SESSION_TOKEN_SECONDS;
  if (!Number.isInteger(expiresInSeconds)) invalid('expiresInSeconds', 'must be a whole number of seconds');
  let membership: MembershipRecord | undefined;
  if (options.orgId !== undefined) {
    membership = membershipOf(store, options.orgId, options.userId);
    if (!membership) invalid('orgId', `must be an organization ${options.userId} is a member of, got ${describeValue(options.orgId)}`);
  }
  if (options.orgPermissions !== undefined && (!Array.isArray(options.orgPermissions) || !options.orgPermissions.every((item) => typeof item === 'string' && /^org:[^:]+:[^:]+$/.test(item)))) {
    invalid('orgPermissions', 'must be permission keys such as org:invoices:read');
  }
  if (options.actor !== undefined && (options.actor === null || typeof options.actor.sub !== 'string')) invalid('actor', 'must be an object with a sub');
  let session: SessionRecord;
  if (options.sessionId !== undefined) {
    const found = store.sessions.get(options.sessionId);
    if (!found || found.user_id !== options.userId || statusOf(found, core.clock.now()) !== 'active') {
      invalid('sessionId', `must be an active session of ${options.userId}, got ${describeValue(options.sessionId)}`);
    }
    session = found!;
    if (options.orgId !== undefined) session.last_active_organization_id = options.orgId;
  } else {
    session = createSession(core, options.userId, { organizationId: options.orgId ?? null, status: options.status === 'pending' ? 'pending' : 'active', actor: options.actor ?? null });
    emitSession(core, 'session.created', session);
  }
  return signSessionToken(core, {
    session,
    version,
    expiresInSeconds,
    authorizedParty: options.authorizedParty ?? DEFAULT_AUTHORIZED_PARTY,
    organization: organizationOf(store, membership, options.orgPermissions),
    actor: options.actor ?? session.actor,
    claims: options.claims,
  });
}

function listSessions(call: Call, core: Core): unknown[] {
  const { client_id: clientId, user_id: userId, status } = call.query;
  if (clientId === undefined && userId === undefined) {
    throw new FakeApiError(400, [
      { code: 'missing_query_parameter', message: 'Missing query parameter', long_message: 'Either of the query parameters client_id and user_id must be given.' },
    ]);
  }
  const now = core.clock.now();
  const sessions = [...core.store.sessions.values()]
    .filter((session) => (clientId === undefined || session.client_id === clientId) && (userId === undefined || session.user_id === userId) && (status === undefined || statusOf(session, now) === status))
    .reverse();
  return pageOf(sessions, pagingOf(call.query)).map((session) => serializeSession(core, session));
}

function activeSession(core: Core, id: string): SessionRecord {
  const session = findSession(core.store, id);
  if (statusOf(session, core.clock.now()) !== 'active') throw errors.notFound('active session', id);
  return session;
}

/** `{{user.first_name}}`-style shortcodes of a JWT template, resolved against the user and organization. */
function resolveShortcodes(value: unknown, context: Record<string, unknown>): unknown {
  if (typeof value === 'string') {
    const whole = /^\{\{\s*([\w.]+)\s*\}\}$/.exec(value);
    if (whole) return lookup(context, whole[1]!) ?? null;
    return value.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_, path: string) => {
      const found = lookup(context, path);
      return found === undefined || found === null ? '' : String(found);
    });
  }
  if (Array.isArray(value)) return value.map((item) => resolveShortcodes(item, context));
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolveShortcodes(item, context)]));
  return value;
}

function lookup(context: Record<string, unknown>, path: string): unknown {
  let current: unknown = context;
  for (const part of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function userShortcodes(store: Store, user: UserRecord): Record<string, unknown> {
  const wire = serializeUser(store, user);
  const primaryEmail = (wire.email_addresses as Array<Record<string, unknown>>).find((email) => email.id === user.primary_email_address_id);
  return { ...wire, primary_email_address: primaryEmail?.email_address ?? null };
}

export const sessionHandlers: Handlers = {
  GetSessionList: listSessions,
  createSession: (call, core) => {
    const session = createSession(core, call.body.user_id as string, { organizationId: (call.body.active_organization_id as string | undefined) ?? null });
    emitSession(core, 'session.created', session);
    return serializeSession(core, session);
  },
  GetSession: (call, core) => serializeSession(core, findSession(core.store, call.params.session_id!)),
  RevokeSession: (call, core) => {
    const session = findSession(core.store, call.params.session_id!);
    if (statusOf(session, core.clock.now()) === 'active' || session.status === 'pending') {
      session.status = 'revoked';
      session.updated_at = core.clock.stamp();
      emitSession(core, 'session.revoked', session);
    }
    return serializeSession(core, session);
  },
  CreateSessionToken: async (call, core) => {
    const session = activeSession(core, call.params.session_id!);
    const membership = membershipOf(core.store, session.last_active_organization_id, session.user_id);
    const jwt = await signSessionToken(core, {
      session,
      version: core.instance.sessionTokenVersion,
      expiresInSeconds: typeof call.body.expires_in_seconds === 'number' ? call.body.expires_in_seconds : SESSION_TOKEN_SECONDS,
      authorizedParty: DEFAULT_AUTHORIZED_PARTY,
      organization: organizationOf(core.store, membership),
      actor: session.actor,
    });
    session.last_active_at = core.clock.now();
    return { object: 'token', jwt };
  },
  CreateSessionTokenFromTemplate: async (call, core) => {
    const { store } = core;
    const session = activeSession(core, call.params.session_id!);
    const template = [...store.jwtTemplates.values()].find((candidate) => candidate.name === call.params.template_name);
    if (!template) throw errors.notFound('JWT template', call.params.template_name!);
    const user = store.users.get(session.user_id)!;
    const membership = membershipOf(store, session.last_active_organization_id, session.user_id);
    const organization = membership ? store.organizations.get(membership.organization_id)! : undefined;
    const context = {
      user: userShortcodes(store, user),
      org: organization ? { ...serializeOrganization(store, organization), role: membership!.role, permissions: membershipPermissions(membership!) } : null,
      session: { id: session.id, actor: session.actor },
    };
    const issuedAt = Math.floor(core.clock.now() / 1000);
    const lifetime = typeof call.body.expires_in_seconds === 'number' ? call.body.expires_in_seconds : template.lifetime;
    const payload = {
      ...(resolveShortcodes(template.claims, context) as Record<string, unknown>),
      azp: DEFAULT_AUTHORIZED_PARTY,
      exp: issuedAt + lifetime,
      iat: issuedAt,
      iss: core.instance.issuer,
      jti: core.random.hex(20),
      nbf: issuedAt - template.allowed_clock_skew,
      sub: session.user_id,
    };
    return { object: 'token', jwt: await core.signJwt({}, payload) };
  },
  GetJWKS: async (_call, core) => {
    const key = await ensureSigningKey();
    return { keys: [{ use: 'sig', kty: 'RSA', kid: core.instance.id, alg: 'RS256', n: key.n, e: key.e }] };
  },
};
