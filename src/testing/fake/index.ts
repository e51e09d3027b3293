/**
 * `createFakeClerk`: an in-memory Clerk Backend API for tests and demos. It answers every
 * operation of the spec: the resources tests reach for (users, organizations, sessions, …) keep
 * state with Clerk's rules; the others answer with a value generated from their schema. Requests
 * are checked against the spec, errors come in Clerk's format, session tokens and webhooks are
 * signed as Clerk signs them.
 */
import { ClerkValidationError, describeValue } from '../../core/errors.js';
import { Clock, type NowOption } from './clock.js';
import type { Handlers } from './core.js';
import { Engine, type FakeRequest, type RateLimitOptions } from './engine.js';
import { listen, type FakeClerkServer, type ListenOptions } from './http.js';
import { publicPem } from './keys.js';
import { Random } from './random.js';
import { prepareSeed, type FakeClerkSeed } from './seed.js';
import { accessListHandlers } from './state/access-lists.js';
import { identificationHandlers } from './state/identifications.js';
import { acceptInvitation, type AcceptInvitationOptions } from './state/accept.js';
import { invitationHandlers } from './state/invitations.js';
import { jwtTemplateHandlers } from './state/jwt-templates.js';
import { machineAuthHandlers } from './state/machine-auth.js';
import { organizationHandlers } from './state/organizations.js';
import { createSessionTokenFor, sessionHandlers, type SessionTokenOptions } from './state/sessions.js';
import { tokenHandlers } from './state/tokens.js';
import { userHandlers } from './state/users.js';
import type { FakeWebhooks } from './webhooks.js';

export type { FakeRequest, RateLimitOptions } from './engine.js';
export type { FakeClerkServer, ListenOptions } from './http.js';
export type {
  FakeClerkSeed,
  SeedApiKey,
  SeedInvitation,
  SeedM2mToken,
  SeedMachine,
  SeedMembership,
  SeedOrganization,
  SeedOrganizationInvitation,
  SeedActorToken,
  SeedSession,
  SeedSignInToken,
  SeedTime,
  SeedUser,
} from './seed.js';
export type { SessionTokenOptions } from './state/sessions.js';
export type { AcceptInvitationOptions } from './state/accept.js';
export type { FakeWebhooks, WebhookDelivery, WebhookSubscribeOptions, WebhookSubscription, WebhookTarget } from './webhooks.js';
export type { NowOption } from './clock.js';

/** Options of {@link createFakeClerk}. Every field is optional. */
export interface FakeClerkOptions {
  /**
   * The records the fake starts with, and returns to on `reset()`, written as the client's create
   * methods take them. A seed the fake cannot take throws at once, naming the field.
   * @default nothing: an empty instance
   * @example { users: [{ emailAddress: ['ada@example.com'], firstName: 'Ada' }] }
   */
  seed?: FakeClerkSeed;
  /**
   * The fake's clock: a fixed moment, or a function read whenever the fake needs the time
   * (timestamps of records, token `iat`/`exp`, invitation expiry). Records made at the same moment
   * still get distinct, increasing `created_at` values, one millisecond apart.
   * @default the real time
   * @example new Date('2026-01-01T00:00:00Z')
   */
  now?: NowOption;
  /**
   * Seeds every generated id, key and answer: two fakes with the same `randomSeed` that receive the
   * same requests give the same answers.
   * @default 'clerk-fluent'
   * @example 'my-test-suite'
   */
  randomSeed?: string;
  /**
   * The secret key the fake accepts (any other gets Clerk's 401).
   * @default a `sk_test_…` key derived from `randomSeed`
   * @example 'sk_test_fake_0123456789'
   */
  secretKey?: string;
  /**
   * The instance's Frontend API host: the publishable key encodes it, and session tokens carry
   * `https://<frontendApi>` as their issuer.
   * @default a `….clerk.accounts.dev` host derived from `randomSeed`
   * @example 'clerk.example.com'
   */
  frontendApi?: string;
  /**
   * The session-token format `createSessionToken` and `POST /v1/sessions/{id}/tokens` produce:
   * 2 (the compact `o` organization claim) or 1 (`org_id`, `org_role`, …).
   * @default 2
   */
  sessionTokenVersion?: 1 | 2;
  /**
   * Simulates Clerk's rate limit: past `requests` in a window of `perSeconds`, requests get a 429
   * with `Retry-After`. Change it later with `fake.setRateLimit()`.
   * @default no limit
   * @example { requests: 5, perSeconds: 10 }
   */
  rateLimit?: RateLimitOptions;
}

/** An in-memory Clerk: see {@link createFakeClerk}. */
export interface FakeClerk {
  /** The secret key the fake accepts: `new Clerk({ secretKey: fake.secretKey, fetch: fake.fetch })`. */
  readonly secretKey: string;
  /** A `pk_test_…` key whose encoded Frontend API host is the `iss` of the fake's session tokens. */
  readonly publishableKey: string;
  /** The instance id (`ins_…`): the `kid` of its tokens and the `instance_id` of its webhook events. */
  readonly instanceId: string;
  /** The fake's public key in PEM form (RSA-2048), for networkless `verifyToken({ jwtKey })`. */
  readonly jwtKey: string;
  /**
   * The Fetch API answered in-process, with no port: pass it as the client's `fetch`. Any origin
   * works; the path must start with `/v1`.
   */
  readonly fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  /** Serves the fake over HTTP on 127.0.0.1 for another process; `url` is the origin to use as `apiUrl`. */
  listen(options?: ListenOptions): Promise<FakeClerkServer>;
  /** Back to the seed: records, generated ids, `requests` and webhook deliveries as at creation. */
  reset(): void;
  /** Every request received since creation or the last `reset()`, oldest first. */
  readonly requests: readonly FakeRequest[];
  /** Webhook subscriptions and the deliveries made. */
  readonly webhooks: FakeWebhooks;
  /**
   * A session token for a user the fake has, signed and formatted as Clerk's (RS256, `kid` the
   * instance id, `iss` the Frontend API URL): `verifyToken` and `authenticateRequest` accept it
   * with `fake.jwtKey` or through the fake's JWKS, and so do other Clerk SDKs. Makes a new active
   * session unless `sessionId` names one.
   * @example
   * ```ts
   * const token = await fake.createSessionToken({ userId: 'user_ada', orgId: 'org_acme' });
   * ```
   */
  createSessionToken(options: SessionTokenOptions): Promise<string>;
  /**
   * What the invitee does by following an invitation link: an instance invitation (`inv_…`) signs
   * up a user with the invited address; an organization invitation (`orginv_…`) makes the user with
   * that address (signed up if there is none) a member with the invited role. The invitation is
   * then `accepted`, and the webhook events follow.
   * @returns the id of the user who accepted
   */
  acceptInvitation(invitationId: string, options?: AcceptInvitationOptions): Promise<{ userId: string }>;
  /** Starts, changes (`{ requests, perSeconds }`) or stops (`null`) the rate-limit simulation. */
  setRateLimit(options: RateLimitOptions | null): void;
}

const HANDLERS: Handlers = {
  ...userHandlers,
  ...identificationHandlers,
  ...organizationHandlers,
  ...invitationHandlers,
  ...sessionHandlers,
  ...tokenHandlers,
  ...jwtTemplateHandlers,
  ...accessListHandlers,
  ...machineAuthHandlers,
};

/** Operations that take a machine's secret key as well as the instance's. */
const MACHINE_KEY_OPERATIONS = new Set(['createM2MToken', 'getM2MTokens', 'verifyM2MToken', 'revokeM2MToken']);
const PUBLIC_OPERATIONS = new Set(['GetPublicInterstitial']);

const HOST_WORDS = ['brave', 'calm', 'eager', 'gentle', 'lively', 'proud', 'quick', 'witty'];
const HOST_ANIMALS = ['otter', 'falcon', 'lynx', 'heron', 'badger', 'koala', 'panda', 'marten'];

/**
 * Creates an in-memory Clerk. Synchronous: it is ready to answer at once.
 *
 * @example
 * ```ts
 * import { Clerk } from 'clerk-fluent';
 * import { createFakeClerk } from 'clerk-fluent/testing';
 *
 * const fake = createFakeClerk({ seed: { users: [{ emailAddress: ['ada@example.com'], firstName: 'Ada' }] } });
 * const clerk = new Clerk({ secretKey: fake.secretKey, fetch: fake.fetch });
 * const [ada] = (await clerk.users.list({ emailAddress: ['ada@example.com'] })).data;
 * ```
 */
export function createFakeClerk(options: FakeClerkOptions = {}): FakeClerk {
  if (options === null || typeof options !== 'object') invalid('options', `must be an object, got ${describeValue(options)}`);
  const randomSeed = options.randomSeed ?? 'clerk-fluent';
  if (typeof randomSeed !== 'string' || randomSeed === '') invalid('randomSeed', 'must be a non-empty string');
  const identity = new Random(`${randomSeed}:identity`);
  const secretKey = options.secretKey ?? `sk_test_${identity.base62(40)}`;
  if (typeof secretKey !== 'string' || !/^\S+$/.test(secretKey)) invalid('secretKey', 'must be a string without spaces');
  const frontendApi = options.frontendApi ?? `${identity.pick(HOST_WORDS)}-${identity.pick(HOST_ANIMALS)}-${10 + identity.int(90)}.clerk.accounts.dev`;
  if (typeof frontendApi !== 'string' || !/^[A-Za-z0-9.-]+(:\d+)?$/.test(frontendApi)) invalid('frontendApi', 'must be a host name such as clerk.example.com');
  if (options.sessionTokenVersion !== undefined && options.sessionTokenVersion !== 1 && options.sessionTokenVersion !== 2) {
    invalid('sessionTokenVersion', `must be 1 or 2, got ${describeValue(options.sessionTokenVersion)}`);
  }
  const instanceId = identity.id('ins');
  const clock = new Clock(options.now);

  const engine = new Engine({
    secretKey,
    instance: { id: instanceId, frontendApi, issuer: `https://${frontendApi}`, sessionTokenVersion: options.sessionTokenVersion ?? 2 },
    clock,
    randomSeed,
    handlers: HANDLERS,
    applySeed: prepareSeed(options.seed),
    machineKeyOperations: MACHINE_KEY_OPERATIONS,
    publicOperations: PUBLIC_OPERATIONS,
  });
  const setRateLimit = (limit: RateLimitOptions | null | undefined) => {
    if (limit !== null && limit !== undefined) checkRateLimit(limit);
    engine.rateLimit = limit ?? undefined;
  };
  setRateLimit(options.rateLimit);

  return {
    secretKey,
    publishableKey: `pk_test_${btoa(`${frontendApi}$`)}`,
    instanceId,
    get jwtKey() {
      return publicPem();
    },
    fetch: engine.fetch,
    listen: (listenOptions) => listen((request) => engine.handle(request), listenOptions),
    reset: () => engine.reset(),
    requests: engine.requests,
    webhooks: engine.webhooks,
    createSessionToken: (tokenOptions) => engine.perform(() => createSessionTokenFor(engine, tokenOptions)),
    acceptInvitation: (invitationId, acceptOptions) => engine.perform(() => acceptInvitation(engine, invitationId, acceptOptions)),
    setRateLimit,
  };
}

function checkRateLimit(limit: RateLimitOptions): void {
  if (limit === null || typeof limit !== 'object') invalid('rateLimit', `must be { requests, perSeconds }, got ${describeValue(limit)}`);
  if (!Number.isInteger(limit.requests) || limit.requests < 0) invalid('rateLimit.requests', 'must be a whole number, 0 or more');
  if (typeof limit.perSeconds !== 'number' || !(limit.perSeconds > 0)) invalid('rateLimit.perSeconds', 'must be a number of seconds above 0');
}

function invalid(path: string, problem: string): never {
  throw new ClerkValidationError(`${path}: ${problem}`, [{ path, message: problem }]);
}
