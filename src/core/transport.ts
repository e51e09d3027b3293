import type { KyInstance } from 'ky';
import {
  ClerkAbortError,
  ClerkConnectionError,
  ClerkError,
  ClerkInvalidResponseError,
  ClerkTimeoutError,
  ClerkValidationError,
  apiErrorFor,
  type ClerkAPIError,
  type ClerkAPIErrorDetail,
} from './errors.js';
import { checkMaxRetries, checkTimeout, type RequestOptions, type ResolvedOptions } from './options.js';
import { decideRetry, parseRetryAfter, type AttemptFailure } from './retry.js';
import { camelCase } from './casing.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export type QueryValue = string | number | boolean | null | undefined | ReadonlyArray<string | number | boolean>;

/** One request in wire form: snake_case keys, path already encoded. */
export interface WireRequest {
  method: HttpMethod;
  /** Relative to `…/v1/`, without a leading slash, every id encoded (see `buildPath`). */
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

let kyModule: Promise<KyInstance> | undefined;
/** ky (and the fetch machinery it probes at load) loads on the first request, not at import. */
function loadKy(): Promise<KyInstance> {
  kyModule ??= import('ky').then((module) => module.default);
  return kyModule;
}

const TIMEOUT = Symbol('timeout');
const EXCERPT_LENGTH = 200;

/**
 * The one path every request takes: ky for the HTTP exchange, one attempt at a time, and the retry
 * policy of `retry.ts` between attempts. ky's own retry and timeout are off: the policy needs a
 * per-attempt deadline that also covers reading the body, and failing at once when `Retry-After`
 * is over 60 s, which ky cannot express.
 *
 * ky is handed a complete URL (query included) and no hooks, so it builds one `Request` per attempt
 * (plus the clone it keeps for retrying). That is still its main cost on a fast network: about
 * 130 µs a call on Node 20 against a loopback server (see bench/RESULTS.md).
 */
export class Transport {
  readonly #secretKey: string;
  readonly #options: ResolvedOptions;
  readonly #headers: Record<string, string>;

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
    const body = serializeBody(request);
    const searchParams = toSearchParams(request.query);
    const ky = await loadKy();
    for (let attempt = 1; ; attempt++) {
      throwIfAborted(options.signal);
      const outcome = await this.#attempt(ky, request, body, searchParams, timeout, options);
      if ('data' in outcome) return outcome;
      const decision = decideRetry(request.method, outcome.failure, attempt, maxRetries);
      this.#debug(
        () =>
          `${request.method} /v1/${request.path} attempt ${attempt} failed (${describeFailure(outcome.failure)})` +
          (decision.retry ? `, retrying in ${decision.delayMs} ms` : ''),
      );
      if (!decision.retry) throw outcome.error;
      await sleep(decision.delayMs, options.signal);
    }
  }

  async #attempt(
    ky: KyInstance,
    request: WireRequest,
    body: string | FormData | undefined,
    searchParams: URLSearchParams | undefined,
    timeout: number,
    options: RequestOptions,
  ): Promise<WireResponse | { failure: AttemptFailure; error: ClerkError }> {
    const deadline = new AbortController();
    const timer = setTimeout(() => deadline.abort(TIMEOUT), timeout);
    const signal = options.signal ? AbortSignal.any([options.signal, deadline.signal]) : deadline.signal;
    const accept = request.responseType === 'text' ? { accept: 'text/html, text/plain, */*' } : undefined;
    const contentType = typeof body === 'string' ? { 'content-type': 'application/json' } : undefined;
    const headers: Record<string, string> = { ...this.#headers, ...accept, ...contentType };
    // Per-call headers replace defaults whatever their case: `Authorization` must not sit beside `authorization`.
    for (const [name, value] of Object.entries(options.headers ?? {})) headers[name.toLowerCase()] = value;
    this.#debug(
      () => `${request.method} /v1/${request.path}${searchParams ? `?${searchParams}` : ''} ${JSON.stringify(redactHeaders(headers))}`,
    );
    try {
      const fetch = this.#options.fetch;
      const response = await ky(requestUrl(this.#options.baseUrl, request.path, searchParams), {
        method: request.method,
        headers,
        body,
        retry: 0,
        timeout: false,
        throwHttpErrors: false,
        // The deadline (and the caller's signal) go to the fetch ky makes, not to ky: ky would join
        // them to its own controller's signal with AbortSignal.any, which costs Node 20 more than
        // the rest of an attempt's signals together. The fetch's signal is what stops the request
        // and the body, either way. `globalThis.fetch` is read at call time, like a bare `fetch(...)`.
        fetch: (input, init) => (fetch ?? globalThis.fetch)(input, { ...init, signal }),
      });
      const text = await response.text();
      if (response.ok) return this.#success(response, text, request.responseType ?? 'json');
      return this.#httpFailure(response, text);
    } catch (error) {
      if (error instanceof ClerkError) throw error;
      if (options.signal?.aborted) throw abortError(options.signal);
      if (deadline.signal.aborted) {
        return {
          failure: { kind: 'timeout' },
          error: new ClerkTimeoutError(`${request.method} /v1/${request.path} timed out after ${timeout} ms`),
        };
      }
      return {
        failure: { kind: 'network' },
        error: new ClerkConnectionError(
          `${request.method} /v1/${request.path} failed: ${this.#redact(networkReason(error))}`,
          { cause: safeCause(error, (text) => this.#redact(text)) },
        ),
      };
    } finally {
      clearTimeout(timer);
    }
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

  #httpFailure(response: Response, text: string): { failure: AttemptFailure; error: ClerkAPIError } {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    // A proxy may echo the request's Authorization header back: redact after parsing, so an echo
    // written with JSON escapes is caught too (the key's characters are never escaped by stringify).
    const raw = parseErrorBody(text);
    const parsed = raw && (JSON.parse(this.#redact(JSON.stringify(raw))) as ParsedErrorBody);
    const traceHeader = response.headers.get('cf-ray');
    const error = apiErrorFor({
      status: response.status,
      errors: parsed?.errors ?? [],
      clerkTraceId: parsed?.clerkTraceId ?? (traceHeader === null ? undefined : this.#redact(traceHeader)),
      ...(parsed?.errors.length ? {} : { bodyExcerpt: this.#excerpt(text) }),
      ...(retryAfter === undefined ? {} : { retryAfter }),
    });
    return { failure: { kind: 'status', status: response.status, retryAfterSeconds: retryAfter }, error };
  }

  #excerpt(text: string): string {
    const flat = this.#redact(text.replace(/\s+/g, ' ').trim());
    return flat.length > EXCERPT_LENGTH ? `${flat.slice(0, EXCERPT_LENGTH)}…` : flat || '(empty body)';
  }

  #redact(text: string): string {
    return text.split(this.#secretKey).join('[redacted]');
  }

  #debug(line: () => string): void {
    const debug = this.#options.logger.debug;
    if (debug) debug.call(this.#options.logger, `[clerk-fluent] ${line()}`);
  }
}

/**
 * The body in wire form, once for every attempt. A JSON body that cannot be serialised (a BigInt,
 * a cycle) is bad input: refused before anything is sent, never mistaken for a network failure.
 */
function serializeBody(request: WireRequest): string | FormData | undefined {
  if (request.body === undefined) return undefined;
  if (typeof FormData !== 'undefined' && request.body instanceof FormData) return request.body;
  let json: string | undefined;
  try {
    json = JSON.stringify(request.body);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ClerkValidationError(`${request.method} /v1/${request.path}: the body cannot be sent as JSON: ${reason}`);
  }
  if (json === undefined) {
    throw new ClerkValidationError(`${request.method} /v1/${request.path}: the body cannot be sent as JSON: ${typeof request.body}`);
  }
  return json;
}

/**
 * The URL of one attempt: the path under `…/v1/`, the query replacing any the path carries. A path
 * with a leading slash is refused, as ky's `prefixUrl` refuses it (as a failed attempt).
 */
function requestUrl(baseUrl: string, path: string, searchParams: URLSearchParams | undefined): string {
  if (path.startsWith('/')) throw new Error('`input` must not begin with a slash when using `prefixUrl`');
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

interface ParsedErrorBody {
  errors: ClerkAPIErrorDetail[];
  clerkTraceId: string | undefined;
}

/** Reads Clerk's `{ errors: [...], clerk_trace_id }` error shape; `undefined` for anything else. */
function parseErrorBody(text: string): ParsedErrorBody | undefined {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return undefined;
  }
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

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError(signal);
}

function abortError(signal: AbortSignal): ClerkAbortError {
  const reason: unknown = signal.reason;
  const detail = reason instanceof Error && reason.message ? `: ${reason.message}` : '';
  return new ClerkAbortError(`The request was aborted${detail}`);
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal!));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
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
