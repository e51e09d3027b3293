/**
 * The fake's request path: a Fetch `Request` in, a `Response` out, with no network. In order:
 * route (method and path against the wire model), authenticate (the secret key), rate limit (when
 * simulated), read and check the request against the spec, answer (a resource handler, or an
 * answer generated from the schema), then deliver the webhook events the answer caused.
 */
import { Clock } from './clock.js';
import { Reply, type Call, type Caller, type Core, type Handler, type InstanceInfo } from './core.js';
import { errors, FakeApiError } from './errors.js';
import { signJwt } from './jwt.js';
import { Random } from './random.js';
import { parseRequest, type ParsedRequest } from './request.js';
import { findRoute, type Route } from './router.js';
import { Store } from './state/store.js';
import { serializeOrganization, serializeUser } from './state/views.js';
import { synthesize } from './synthesize.js';
import { WebhookHub, type PendingEvent } from './webhooks.js';
import { isContentResponse, isJsonObject, successOf, type WireSchema } from './wire.js';

/** One request the fake received, as `fake.requests` lists it. */
export interface FakeRequest {
  readonly method: string;
  /** The path as sent, `/v1` included, without the query. */
  readonly path: string;
  /** The query as sent: one string per key, or a list for a repeated key. */
  readonly query: Readonly<Record<string, string | string[]>>;
  /** The body: parsed JSON, the fields of a multipart form, or `undefined`. */
  readonly body: unknown;
  /** The operation it was routed to (`GetUser`), if any. */
  readonly operationId: string | undefined;
  /** The status the fake answered with. */
  readonly status: number;
}

/** Options of the rate-limit simulation: at most `requests` in any `perSeconds` window. */
export interface RateLimitOptions {
  /**
   * Requests allowed per window; the next one gets a 429 with `Retry-After`.
   * @example 5
   */
  requests: number;
  /**
   * The window, in seconds.
   * @example 10
   */
  perSeconds: number;
}

export interface EngineOptions {
  readonly secretKey: string;
  readonly instance: InstanceInfo;
  readonly clock: Clock;
  readonly randomSeed: string;
  readonly handlers: Readonly<Record<string, Handler>>;
  /** Fills the store from the seed (after every reset). */
  readonly applySeed: (core: Core) => void;
  /** Operations that accept a machine's secret key as well as the instance's. */
  readonly machineKeyOperations: ReadonlySet<string>;
  /** Operations answered without any key. */
  readonly publicOperations: ReadonlySet<string>;
}

/** Paths of stateful parents: a generated answer below a user or organization that does not exist is a 404. */
const PARENTS: ReadonlyArray<readonly [param: string, label: string, has: (store: Store, id: string) => boolean]> = [
  ['user_id', 'user', (store, id) => store.users.has(id)],
  ['organization_id', 'organization', (store, id) => store.organizations.has(id) || store.organizationBySlug.has(id)],
];

/** Answers that are a record the fake keeps, by schema name: the record named by the path. */
const RECORD_ANSWERS: Readonly<Record<string, (store: Store, params: Readonly<Record<string, string>>) => unknown>> = {
  User: (store, params) => {
    const user = params.user_id === undefined ? undefined : store.users.get(params.user_id);
    return user && serializeUser(store, user);
  },
  Organization: (store, params) => {
    const id = params.organization_id;
    const organization = id === undefined ? undefined : (store.organizations.get(id) ?? store.organizations.get(store.organizationBySlug.get(id) ?? ''));
    return organization && serializeOrganization(store, organization);
  },
};

export class Engine implements Core {
  store = new Store();
  random: Random;
  readonly clock: Clock;
  readonly instance: InstanceInfo;
  readonly webhooks: WebhookHub;
  readonly requests: FakeRequest[] = [];
  rateLimit: RateLimitOptions | undefined;
  readonly #options: EngineOptions;
  #traceIds: Random;
  #pending: PendingEvent[] = [];
  #userAgent = '';
  #recent: number[] = [];
  /** The moment the fake was made: generated answers are dated then, so they do not change between calls. */
  readonly #epoch: number;

  constructor(options: EngineOptions) {
    this.#options = options;
    this.clock = options.clock;
    this.#epoch = options.clock.now();
    this.instance = options.instance;
    this.random = new Random(`${options.randomSeed}:records`);
    this.#traceIds = new Random(`${options.randomSeed}:traces`);
    this.webhooks = new WebhookHub(options.instance.id, () => this.#traceIds);
    this.#seed();
  }

  /** Back to the seed: records, ids, requests and deliveries as they were after creation. */
  reset(): void {
    this.store = new Store();
    this.random = new Random(`${this.#options.randomSeed}:records`);
    this.#traceIds = new Random(`${this.#options.randomSeed}:traces`);
    this.clock.reset();
    this.requests.length = 0;
    this.webhooks.clear();
    this.#recent = [];
    this.#seed();
  }

  #seed(): void {
    this.#options.applySeed(this);
    this.#pending = [];
  }

  /**
   * Runs a change made outside a request (`fake.createSessionToken`, `fake.acceptInvitation`) and
   * delivers the events it caused, as an answer would.
   */
  async perform<T>(change: () => T | Promise<T>): Promise<T> {
    this.#userAgent = 'clerk-fluent fake';
    try {
      const result = await change();
      const events = this.#pending;
      this.#pending = [];
      if (events.length > 0) this.webhooks.dispatch(events);
      return result;
    } catch (error) {
      this.#pending = [];
      throw error;
    }
  }

  emit(type: string, data: unknown): void {
    this.#pending.push({ type, data, timestamp: this.clock.now(), userAgent: this.#userAgent });
  }

  signJwt(header: Record<string, unknown>, payload: Record<string, unknown>): Promise<string> {
    return signJwt({ kid: this.instance.id, ...header }, payload);
  }

  /** `fake.fetch`: the Fetch API's signature, answered in-process. */
  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = input instanceof Request && init === undefined ? input : new Request(input, init);
    return this.handle(request);
  };

  async handle(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const method = request.method.toUpperCase();
    const log: { body: unknown; operationId: string | undefined } = { body: undefined, operationId: undefined };
    let response: Response;
    try {
      response = await this.#answer(request, url, method, log);
    } catch (error) {
      response = this.#errorResponse(error instanceof FakeApiError ? error : errors.internal(error instanceof Error ? error.message : String(error)));
    }
    // A refused request changed nothing, so it announces nothing.
    const events = response.ok ? this.#pending : [];
    this.#pending = [];
    this.requests.push({
      method,
      path: url.pathname,
      query: Object.fromEntries([...new Set(url.searchParams.keys())].map((key) => {
        const values = url.searchParams.getAll(key);
        return [key, values.length === 1 ? values[0]! : values];
      })),
      body: log.body,
      operationId: log.operationId,
      status: response.status,
    });
    if (events.length > 0) this.webhooks.dispatch(events);
    return response;
  }

  async #answer(request: Request, url: URL, method: string, log: { body: unknown; operationId: string | undefined }): Promise<Response> {
    const path = url.pathname.replace(/\/+$/, '');
    if (!path.startsWith('/v1/')) throw errors.unknownRoute(method, url.pathname);
    const route = findRoute(method, path.slice(3));
    if (!route) throw errors.unknownRoute(method, url.pathname);
    log.operationId = route.operationId;
    const caller = this.#authenticate(request, route);
    this.#checkRateLimit();
    this.#userAgent = request.headers.get('user-agent') ?? '';
    const parsed = await parseRequest(request, url, route.operation, route.params, log);
    const call: Call = {
      operationId: route.operationId,
      params: route.params,
      query: parsed.query,
      body: isJsonObject(parsed.body) ? parsed.body : {},
      payload: parsed.body,
      caller,
    };
    const handler = this.#options.handlers[route.operationId];
    const result = handler ? await handler(call, this) : this.#generated(route, call, parsed);
    if (result instanceof Reply) return json(result.status, result.body);
    return this.#success(route, result);
  }

  #authenticate(request: Request, route: Route): Caller {
    if (this.#options.publicOperations.has(route.operationId)) return { kind: 'instance' };
    const header = request.headers.get('authorization');
    if (header === null || header.trim() === '') throw errors.missingAuthorization();
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw errors.malformedAuthorization();
    const key = match[1]!;
    if (key === this.#options.secretKey) return { kind: 'instance' };
    if (this.#options.machineKeyOperations.has(route.operationId)) {
      for (const machine of this.store.machines.values()) if (machine.secret_key === key) return { kind: 'machine', machineId: machine.id };
    }
    throw errors.invalidSecretKey();
  }

  #checkRateLimit(): void {
    const limit = this.rateLimit;
    if (!limit) return;
    const now = Date.now();
    const windowMs = limit.perSeconds * 1000;
    this.#recent = this.#recent.filter((at) => at > now - windowMs);
    if (this.#recent.length >= limit.requests) {
      const oldest = this.#recent[0] ?? now;
      throw errors.rateLimited(Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)));
    }
    this.#recent.push(now);
  }

  #generated(route: Route, call: Call, parsed: ParsedRequest): unknown {
    for (const [param, label, has] of PARENTS) {
      const id = call.params[param];
      if (id !== undefined && !has(this.store, id)) throw errors.notFound(label, id);
    }
    const { schema } = successOf(route.operation);
    if (schema === null || isContentResponse(schema)) return undefined;
    // An answer that is the user (or organization) of the path is that record, as it is now.
    const record = typeof schema === 'string' ? RECORD_ANSWERS[schema]?.(this.store, call.params) : undefined;
    if (record !== undefined) return record;
    const echo = new Map<string, unknown>([['instance_id', this.instance.id]]);
    for (const [name, value] of Object.entries(call.params)) echo.set(name, value);
    // `GET /machines/{machine_id}` answers with that machine: the last path parameter is the answer's id.
    const last = route.operation.path.match(/\{([^}]+)\}$/)?.[1];
    if (last !== undefined) echo.set('id', call.params[last]);
    if (isJsonObject(parsed.body)) for (const [name, value] of Object.entries(parsed.body)) if (!echo.has(name)) echo.set(name, value);
    const random = new Random(`${this.#options.randomSeed}:${route.operation.method} ${route.operation.path}:${JSON.stringify(call.params)}`);
    const body = synthesize(schema as WireSchema, { random, now: this.#epoch, echo });
    const list = route.operation.list;
    if (list?.shape === 'envelope' && isJsonObject(body) && Array.isArray(body[list.dataKey ?? 'data'])) {
      body.total_count = (body[list.dataKey ?? 'data'] as unknown[]).length;
    }
    return body;
  }

  #success(route: Route, result: unknown): Response {
    const { status, schema } = successOf(route.operation);
    if (schema === null) return new Response(null, { status });
    if (isContentResponse(schema)) {
      const text = typeof result === 'string' ? result : '<!DOCTYPE html><html><head><title>Clerk</title></head><body></body></html>';
      return new Response(text, { status, headers: { 'content-type': schema.contentType } });
    }
    return json(status, result);
  }

  #errorResponse(error: FakeApiError): Response {
    const body = { errors: error.errors, clerk_trace_id: this.#traceIds.hex(32) };
    return json(error.status, body, error.headers);
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}
