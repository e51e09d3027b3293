import type { Input, Options, RetryOptions } from 'ky';
import {
  ClerkAbortError,
  ClerkConnectionError,
  ClerkInvalidResponseError,
  ClerkTimeoutError,
  ClerkValidationError,
  apiErrorFor,
  describeValue,
  type ClerkAPIError,
  type ClerkAPIErrorDetail,
} from './errors.js';
import { checkMaxRetries, checkTimeout, type RequestOptions, type ResolvedOptions } from './options.js';
import {
  backoffCeiling,
  equalJitter,
  parseRetryAfter,
  retryVerdict,
  type AttemptFailure,
} from './retry.js';
import { camelCase } from './casing.js';
import { lazy } from './lazy.js';
import {
  ClerkRateLimiterError,
  DEFAULT_PENALTY_MS,
  instanceBudget,
  instanceKeyFor,
  turnsFor,
  type RateLimiter,
  type RateLimitTurn,
} from './rate-limit.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;

/** One request in wire form: snake_case keys, path already encoded. */
export interface WireRequest {
  method: HttpMethod;
  /** Relative to `…/v1/` (a leading slash is ignored), every id encoded (see `buildPath`). */
  path: string;
  query?: Readonly<Record<string, QueryValue>>;
  /** A JSON value, or `FormData` for uploads. */
  body?: unknown;
  /** How to read a successful body. @default 'json' */
  responseType?: 'json' | 'text';
}

/** A successful answer: the parsed body (`undefined` when empty) and its status. */
export interface WireResponse {
  status: number;
  data: unknown;
  headers: Headers;
}

type KyModule = typeof import('ky');

/** ky (and the fetch machinery it probes at load) loads on the first request, not at import. */
const loadKy = lazy<KyModule>(() => import('ky'));

/**
 * Starts loading ky without waiting for it, so that it loads beside what a call loads before it
 * sends (the decoders of its group). A failure surfaces where the request awaits ky.
 */
export function preloadTransport(): void {
  if (!loadKy.started) loadKy().catch(() => {});
}

const EXCERPT_LENGTH = 200;
const METHODS = new Set<string>(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The methods ky may retry, passed for the methods ky's default list leaves out (it has GET, PUT
 * and DELETE): a 429 is retried for POST and PATCH too. ky checks the list before it asks
 * `shouldRetry`, which decides everything else (see {@link Transport}'s policy).
 */
const RETRY_METHODS = ['get', 'put', 'delete', 'post', 'patch'];
const KY_RETRIED_BY_DEFAULT = new Set(['GET', 'PUT', 'DELETE']);

/**
 * The text of each answer, read by {@link Transport}'s fetch inside the attempt's timeout and
 * looked up by the response ky hands back (a successful one, or the one in its `HTTPError`).
 */
const bodies = new WeakMap<Response, string>();

/**
 * The text read for `response`, taken out of {@link bodies}: a page's text (a megabyte, say) then
 * goes with the page, where an entry left in the map waits for a full collection (measured: a
 * higher heap peak and more collector time over a walk).
 */
function takeText(response: Response): string {
  const text = bodies.get(response) ?? '';
  bodies.delete(response);
  return text;
}

/**
 * A failure of the fetch itself (no answer, or the body broke off), marked as such: ky retries
 * whatever a fetch throws alike, and the policy retries only this besides statuses and timeouts.
 */
class NetworkFailure extends Error {
  constructor(readonly failure: unknown) {
    super('network failure');
  }
}

/** Per-request debug state: the attempt in progress and its request line. */
interface Trace {
  attempt: number;
  readonly line: string;
}

/**
 * The one path every request takes: ky sends it and retries it, under the policy of `retry.ts`.
 *
 * What ky cannot do stays here, each piece saying why: reading the body within the per-attempt
 * timeout (the fetch handed to ky), failing at once on a 429 asking for more than 60 s and
 * ignoring other rate-limit headers (`shouldRetry`), and turning what ky throws into this
 * library's errors, with the secret key redacted.
 */
export class Transport {
  readonly #secretKey: string;
  readonly #options: ResolvedOptions;
  readonly #headers: Record<string, string>;
  #instanceKey: Promise<string> | undefined;

  constructor(options: ResolvedOptions, userAgent: string) {
    this.#secretKey = options.secretKey;
    this.#options = options;
    this.#headers = {
      authorization: `Bearer ${options.secretKey}`,
      'clerk-api-version': options.apiVersion,
      'user-agent': userAgent,
      accept: 'application/json',
    };
  }

  get logger(): ResolvedOptions['logger'] {
    return this.#options.logger;
  }

  get strictResponses(): boolean {
    return this.#options.strictResponses;
  }

  async request(request: WireRequest, options: RequestOptions = {}): Promise<WireResponse> {
    const maxRetries = options.maxRetries ?? this.#options.maxRetries;
    const timeout = options.timeout ?? this.#options.timeout;
    checkMaxRetries(maxRetries, 'maxRetries');
    checkTimeout(timeout, 'timeout');
    const method = checkMethod(request.method);
    const path = relativePath(request.path);
    const label = `${method} /v1/${path}`;
    const body = serializeBody(request.body, label);
    const searchParams = toSearchParams(request.query);
    const accept = request.responseType === 'text' ? { accept: 'text/html, text/plain, */*' } : undefined;
    const contentType = typeof body === 'string' ? { 'content-type': 'application/json' } : undefined;
    const headers: Record<string, string> = { ...this.#headers, ...accept, ...contentType };
    // Per-call headers replace defaults whatever their case: `Authorization` must not sit beside `authorization`.
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
    const signal = options.signal;
    const trace = this.#options.logger.debug
      ? { attempt: 1, line: `${label}${searchParams ? `?${searchParams}` : ''} ${JSON.stringify(redactHeaders(headers))}` }
      : undefined;

    const limiter = this.#options.rateLimiter;
    const turns = limiter ? await this.#turns(method, path) : [];
    const ky = loadKy.loaded ?? (await loadKy());
    if (signal?.aborted) throw abortError(signal);
    // ky's defaults cover a GET (its method) and its retry methods; every key passed costs ky
    // work on every call (it merges and normalises them).
    const kyOptions: Options = {
      headers,
      timeout,
      retry: this.#retryOptions(ky, method, label, maxRetries, trace),
      fetch: limiter && turns.length > 0 ? this.#fetchReporting429(limiter, turns[0]!.key) : this.#fetch,
    };
    if (method !== 'GET') kyOptions.method = method;
    if (body !== undefined) kyOptions.body = body;
    if (signal) kyOptions.signal = signal;
    // ky merges every option on every call: hooks are passed only when there are some.
    if (trace) {
      this.#debug(() => trace.line);
      const beforeRetry = () => {
        trace.attempt += 1;
        this.#debug(() => trace.line);
      };
      (kyOptions.hooks ??= {}).beforeRetry = [beforeRetry];
    }
    // ky runs `beforeRequest` before every attempt, retries included, and before it starts the
    // attempt's timeout: the wait for a turn is timed here, apart from the attempt.
    if (limiter && turns.length > 0) {
      (kyOptions.hooks ??= {}).beforeRequest = [() => this.#takeTurns(limiter, turns, label, timeout, signal, trace)];
    }

    let answer: Promise<Response>;
    try {
      answer = ky.default(requestUrl(this.#options.baseUrl, path, searchParams), kyOptions);
    } catch (error) {
      // ky builds the Request before sending anything: what it refuses (a URL, a header) is the caller's input.
      const reason = error instanceof Error ? error.message : String(error);
      throw new ClerkValidationError(`${label}: the request cannot be built: ${this.#redact(reason).replace(/\r?\n/g, '\\n')}`);
    }
    let response: Response;
    try {
      response = await answer;
    } catch (error) {
      throw this.#failure(ky, error, label, timeout, signal, trace);
    }
    return this.#success(response, takeText(response), request.responseType ?? 'json');
  }

  /** The budgets a request counts against (see `rate-limit.ts`), under this instance's key. */
  async #turns(method: HttpMethod, path: string): Promise<RateLimitTurn[]> {
    this.#instanceKey ??= instanceKeyFor(this.#secretKey);
    return turnsFor(method, path.replace(/[?#].*$/s, ''), await this.#instanceKey, instanceBudget(this.#secretKey));
  }

  /**
   * Waits for a turn under each budget of the request, before an attempt. The wait ends with the
   * caller's `signal` (`ClerkAbortError`) or after `timeout` ms (`ClerkTimeoutError`), whether or
   * not the limiter honours the signal it is given; a limiter that fails gives
   * {@link ClerkRateLimiterError}. None of these is retried: nothing was sent.
   */
  async #takeTurns(
    limiter: RateLimiter,
    turns: readonly RateLimitTurn[],
    label: string,
    timeout: number,
    signal: AbortSignal | undefined,
    trace: Trace | undefined,
  ): Promise<void> {
    if (signal?.aborted) throw abortError(signal);
    const started = Date.now();
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Error(`no turn within ${timeout} ms`)), timeout);
    const onAbort = () => controller.abort(signal!.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    const stopped = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
    });
    stopped.catch(() => {});
    try {
      for (const turn of turns) {
        await Promise.race([limiter.acquire(turn.key, { signal: controller.signal, budget: turn.budget, kind: turn.kind }), stopped]);
      }
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      if (controller.signal.aborted) {
        throw new ClerkTimeoutError(`${label} waited ${timeout} ms for its turn under the rate limiter; nothing was sent`);
      }
      throw new ClerkRateLimiterError(`${label}: the rate limiter failed, nothing was sent: ${this.#redact(reasonOf(error))}`, {
        cause: safeCause(error, (text) => this.#redact(text)),
      });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
    const waited = Date.now() - started;
    if (trace && waited > 0) this.#debug(() => `${label} waited ${waited} ms for its turn`);
  }

  /**
   * {@link Transport}'s fetch, telling the limiter of each 429 (under the request's narrowest key,
   * for its `Retry-After`). Not awaited: a store that hangs must not hold the attempt; the next
   * turn's wait is bounded by the signal and timeout.
   */
  #fetchReporting429(limiter: RateLimiter, key: string): (input: Input, init?: RequestInit) => Promise<Response> {
    return async (input, init) => {
      const response = await this.#fetch(input, init);
      if (response.status === 429 && limiter.penalize) {
        const seconds = parseRetryAfter(response.headers.get('retry-after'));
        const ms = seconds === undefined ? DEFAULT_PENALTY_MS : seconds * 1000;
        const warn = (error: unknown) => this.#options.logger.warn(`[clerk-fluent] the rate limiter's penalize failed: ${this.#redact(reasonOf(error))}`);
        try {
          Promise.resolve(limiter.penalize(key, ms)).catch(warn);
        } catch (error) {
          warn(error);
        }
      }
      return response;
    };
  }

  /**
   * The fetch ky calls for each attempt. ky's timeout ends when the response headers arrive: the
   * body is read here, inside the fetch ky times, so the per-attempt timeout covers it. ky retries
   * whatever a fetch throws alike: a failure of the network is marked so the policy can tell it
   * from an abort. `globalThis.fetch` is read at call time, like a bare `fetch(...)`.
   */
  readonly #fetch = async (input: Input, init?: RequestInit): Promise<Response> => {
    const request = input as Request;
    try {
      const response = await (this.#options.fetch ?? globalThis.fetch)(request, init);
      bodies.set(response, await response.text());
      return response;
    } catch (error) {
      if (request.signal.aborted) throw error;
      throw new NetworkFailure(error);
    }
  };

  /**
   * ky's retry options for one request: three keys, four for a POST or PATCH (ky normalises and
   * merges the retry options on every call, at a cost that grows with their number).
   * `shouldRetry` gives the verdict of `retry.ts` and never leaves the decision to ky, so ky's own
   * status lists, `Retry-After` reading, caps and jitter are never consulted: it retries on `true`
   * after `delay`, which hands back the wait the verdict chose (backoff with jitter, or the
   * `Retry-After` asked for).
   */
  #retryOptions(ky: KyModule, method: string, label: string, limit: number, trace: Trace | undefined): RetryOptions {
    let wait = 0;
    const shouldRetry: NonNullable<RetryOptions['shouldRetry']> = ({ error, retryCount }) => {
      const failure = attemptFailure(ky, error);
      const verdict = failure ? retryVerdict(method, failure) : 'stop';
      if (verdict === 'stop') return false;
      const asked = verdict === 'retry-after' && failure?.kind === 'status' ? failure.retryAfterSeconds : undefined;
      wait = asked === undefined ? equalJitter(backoffCeiling(retryCount)) : asked * 1000;
      if (trace) {
        const why = asked === undefined ? 'backoff' : 'Retry-After';
        this.#debug(() => `${label} attempt ${retryCount} failed (${describeFailure(failure!)}), retrying in ${wait} ms (${why})`);
      }
      return true;
    };
    const options: RetryOptions = { limit, shouldRetry, delay: () => wait };
    if (!KY_RETRIED_BY_DEFAULT.has(method)) options.methods = RETRY_METHODS;
    return options;
  }

  /** What ky threw, as this library's error. A programming error is not a connection failure: it surfaces as it is. */
  #failure(
    ky: KyModule,
    error: unknown,
    label: string,
    timeout: number,
    signal: AbortSignal | undefined,
    trace: Trace | undefined,
  ): unknown {
    const failure = attemptFailure(ky, error);
    if (failure && trace) this.#debug(() => `${label} attempt ${trace.attempt} failed (${describeFailure(failure)})`);
    if (error instanceof ky.HTTPError) return this.#httpFailure(error.response, takeText(error.response));
    if (signal?.aborted) return abortError(signal);
    if (error instanceof ky.TimeoutError) return new ClerkTimeoutError(`${label} timed out after ${timeout} ms`);
    if (error instanceof NetworkFailure) {
      return new ClerkConnectionError(`${label} failed: ${this.#redact(networkReason(error.failure))}`, {
        cause: safeCause(error.failure, (text) => this.#redact(text)),
      });
    }
    return error;
  }

  #success(response: Response, text: string, responseType: 'json' | 'text'): WireResponse {
    if (responseType === 'text') return { status: response.status, data: text, headers: response.headers };
    if (text === '') return { status: response.status, data: undefined, headers: response.headers };
    try {
      return { status: response.status, data: JSON.parse(text), headers: response.headers };
    } catch {
      throw new ClerkInvalidResponseError(response.status, this.#excerpt(text));
    }
  }

  /**
   * The error for an error status. A proxy may echo the request's Authorization header back: every
   * string of a JSON body is redacted as it is parsed (after its escapes are decoded), and so is
   * every key, so no field of the error can carry the key, however the echo was written.
   */
  #httpFailure(response: Response, text: string): ClerkAPIError {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    const json = parseJson(text, this.#redactJson);
    const parsed = parseErrorBody(json);
    const traceHeader = response.headers.get('cf-ray');
    return apiErrorFor({
      status: response.status,
      errors: parsed?.errors ?? [],
      clerkTraceId: parsed?.clerkTraceId ?? (traceHeader === null ? undefined : this.#redact(traceHeader)),
      ...(parsed?.errors.length ? {} : { bodyExcerpt: this.#excerpt(json === undefined ? text : JSON.stringify(json)) }),
      ...(retryAfter === undefined ? {} : { retryAfter }),
    });
  }

  /** A `JSON.parse` reviver: strings redacted once decoded, and keys holding the secret renamed. */
  readonly #redactJson = (_key: string, value: unknown): unknown => {
    if (typeof value === 'string') return this.#redact(value);
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const safe = this.#redact(key);
        if (safe === key) continue;
        record[safe] = record[key];
        delete record[key];
      }
    }
    return value;
  };

  #excerpt(text: string): string {
    const flat = this.#redact(text.replace(/\s+/g, ' ').trim());
    return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat || '(empty body)';
  }

  #redact(text: string): string {
    return text.includes(this.#secretKey) ? text.replaceAll(this.#secretKey, '[redacted]') : text;
  }

  #debug(line: () => string): void {
    const debug = this.#options.logger.debug;
    if (debug) debug.call(this.#options.logger, `[clerk-fluent] ${line()}`);
  }
}

/** The failure of one attempt as the policy sees it, or `undefined` for what is never retried (an abort, a bug). */
function attemptFailure(ky: KyModule, error: unknown): AttemptFailure | undefined {
  if (error instanceof ky.HTTPError) {
    const { status, headers } = error.response;
    return { kind: 'status', status, retryAfterSeconds: parseRetryAfter(headers.get('retry-after')) };
  }
  if (error instanceof ky.TimeoutError) return { kind: 'timeout' };
  if (error instanceof NetworkFailure) return { kind: 'network' };
  return undefined;
}

/** The method, in capitals; anything else than the five the API uses is refused before sending. */
function checkMethod(method: unknown): HttpMethod {
  const upper = typeof method === 'string' ? method.toUpperCase() : undefined;
  if (upper === undefined || !METHODS.has(upper)) {
    const received = typeof method === 'string' ? JSON.stringify(method) : describeValue(method);
    const message = 'must be one of GET, POST, PUT, PATCH, DELETE';
    throw new ClerkValidationError(`request: \`method\` ${message}; received ${received}`, [{ path: 'method', message }]);
  }
  return upper as HttpMethod;
}

/** The path relative to `…/v1/`: written with a leading slash or without, it names the same endpoint. */
function relativePath(path: unknown): string {
  if (typeof path !== 'string') {
    throw new ClerkValidationError(`request: \`path\` must be a string; received ${describeValue(path)}`, [
      { path: 'path', message: 'must be a string' },
    ]);
  }
  return path.startsWith('/') ? path.replace(/^\/+/, '') : path;
}

/**
 * The body in wire form, once for every attempt. A JSON body that cannot be serialised (a BigInt,
 * a cycle) is bad input: refused before anything is sent, never mistaken for a network failure.
 */
function serializeBody(body: unknown, label: string): string | FormData | undefined {
  if (body === undefined) return undefined;
  if (typeof FormData !== 'undefined' && body instanceof FormData) return body;
  let json: string | undefined;
  try {
    json = JSON.stringify(body);
  } catch (error) {
    throw new ClerkValidationError(`${label}: the body cannot be sent as JSON: ${reasonOf(error)}`);
  }
  if (json === undefined) throw new ClerkValidationError(`${label}: the body cannot be sent as JSON: ${typeof body}`);
  return json;
}

/** The URL of a request: the path under `…/v1/`, the query replacing any the path carries. */
function requestUrl(baseUrl: string, path: string, searchParams: URLSearchParams | undefined): string {
  const url = baseUrl + path;
  return searchParams ? url.replace(/(?:\?.*?)?(?=#|$)/, `?${searchParams}`) : url;
}

function toSearchParams(query: WireRequest['query']): URLSearchParams | undefined {
  if (!query) return undefined;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) for (const item of value) params.append(key, String(item));
    else params.append(key, String(value));
  }
  return params.size > 0 ? params : undefined;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
}

function parseJson(text: string, reviver: (key: string, value: unknown) => unknown): unknown {
  try {
    return JSON.parse(text, reviver);
  } catch {
    return undefined;
  }
}

interface ParsedErrorBody {
  errors: ClerkAPIErrorDetail[];
  clerkTraceId: string | undefined;
}

/** Reads Clerk's `{ errors: [...], clerk_trace_id }` error shape from a parsed body; `undefined` for anything else. */
function parseErrorBody(body: unknown): ParsedErrorBody | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const errors = Array.isArray(record.errors) ? record.errors.filter(isObject).map(toErrorDetail) : [];
  const clerkTraceId = typeof record.clerk_trace_id === 'string' ? record.clerk_trace_id : undefined;
  return { errors, clerkTraceId };
}

function toErrorDetail(raw: Record<string, unknown>): ClerkAPIErrorDetail {
  const detail: ClerkAPIErrorDetail = { code: String(raw.code ?? ''), message: String(raw.message ?? '') };
  if (typeof raw.long_message === 'string') detail.longMessage = raw.long_message;
  if (isObject(raw.meta)) {
    detail.meta = Object.fromEntries(Object.entries(raw.meta).map(([key, value]) => [camelCase(key), value]));
  }
  return detail;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function abortError(signal: AbortSignal): ClerkAbortError {
  const reason: unknown = signal.reason;
  const detail = reason instanceof Error && reason.message ? `: ${reason.message}` : '';
  return new ClerkAbortError(`The request was aborted${detail}`);
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = cause && 'code' in cause ? String((cause as { code: unknown }).code) : undefined;
  const parts = [error.message, cause?.message, code].filter((part, index, all) => part && all.indexOf(part) === index);
  return parts.join(': ');
}

/** A copy of the low-level error with only its name, message and code: never a request or its headers. */
function safeCause(error: unknown, redact: (text: string) => string): Error {
  const source = error instanceof Error ? (error.cause instanceof Error ? error.cause : error) : undefined;
  const copy = new Error(redact(source?.message ?? String(error)));
  copy.name = source?.name ?? 'Error';
  const code = source && 'code' in source ? (source as { code: unknown }).code : undefined;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

function describeFailure(failure: AttemptFailure): string {
  return failure.kind === 'status' ? `status ${failure.status}` : failure.kind;
}

const SECRET_HEADERS = new Set(['authorization', 'cookie', 'proxy-authorization']);

/** A copy of `headers` safe to log: credentials replaced by `[redacted]`. */
export function redactHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, SECRET_HEADERS.has(name.toLowerCase()) ? '[redacted]' : value]),
  );
}
