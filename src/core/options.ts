import { readEnv } from './env.js';
import { ClerkError, ClerkValidationError } from './errors.js';

/** Receives the library's warnings, and debug lines when it has a `debug` method. */
export interface Logger {
  /** A warning: a response that does not match its schema (once per schema), a list that ended early. */
  warn(message: string): void;
  /**
   * A debug line for each attempt and each retry decision, `Authorization` redacted. Optional:
   * without it the client builds no debug lines at all.
   */
  debug?(message: string): void;
}

/** Options of `new Clerk(options)`. Every field is optional. */
export interface ClerkOptions {
  /**
   * The instance's secret key (`sk_live_…` / `sk_test_…`). When it is not given, the client reads
   * `CLERK_SECRET_KEY` (as it reads `CLERK_API_URL` when `apiUrl` is not given); in Deno, reading
   * them needs `--allow-env=CLERK_SECRET_KEY,CLERK_API_URL`.
   * @default process.env.CLERK_SECRET_KEY
   */
  secretKey?: string;
  /**
   * The API's origin; the client adds `/v1` itself.
   * @default process.env.CLERK_API_URL ?? 'https://api.clerk.com'
   */
  apiUrl?: string;
  /**
   * The API version sent as `Clerk-API-Version`.
   * @default SPEC_VERSION, the version of the spec the schemas were generated from
   */
  apiVersion?: string;
  /**
   * Milliseconds allowed for one attempt, response headers and body included.
   * @default 30_000
   */
  timeout?: number;
  /**
   * Retries after the first attempt (see the retry policy in the README).
   * @default 2
   */
  maxRetries?: number;
  /**
   * The `fetch` to send requests with: for edge runtimes, proxies and tests.
   * @default globalThis.fetch
   */
  fetch?: typeof globalThis.fetch;
  /**
   * Where warnings go (a response that does not match its schema), and debug lines when the
   * logger has a `debug` method. Debug lines never show the `Authorization` header.
   * @default warnings to `console.warn`, no debug lines
   */
  logger?: Logger;
  /**
   * Throw {@link ClerkResponseValidationError} when a response does not match its schema, instead
   * of warning once per schema and returning the data.
   * @default false
   */
  strictResponses?: boolean;
}

/**
 * The last argument of every method.
 *
 * @example
 * ```ts
 * await clerk.users.get('user_123', { timeout: 5_000, maxRetries: 0, signal: AbortSignal.timeout(10_000) });
 * ```
 */
export interface RequestOptions {
  /** Aborts the call, retries and waits included. */
  signal?: AbortSignal;
  /** Milliseconds allowed for each attempt; overrides the client's `timeout`. */
  timeout?: number;
  /** Retries after the first attempt; overrides the client's `maxRetries`. */
  maxRetries?: number;
  /** Extra headers for this call. */
  headers?: Record<string, string>;
}

export const DEFAULT_API_URL = 'https://api.clerk.com';
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_RETRIES = 2;

export interface ResolvedOptions {
  secretKey: string;
  baseUrl: string;
  apiVersion: string;
  timeout: number;
  maxRetries: number;
  fetch: typeof globalThis.fetch | undefined;
  logger: Logger;
  strictResponses: boolean;
}

/** The environment variables `new Clerk()` falls back on, all named in the advice when one cannot be read. */
const CLIENT_VARIABLES = ['CLERK_SECRET_KEY', 'CLERK_API_URL'] as const;

/** A client variable; a refused read says how to allow it, or to pass both options instead. */
function env(name: (typeof CLIENT_VARIABLES)[number]): string | undefined {
  return readEnv(name, { allow: CLIENT_VARIABLES, instead: "pass both options so that no variable is read: `new Clerk({ secretKey, apiUrl: 'https://api.clerk.com' })`" });
}

/** Applies defaults and environment variables; refuses a configuration that cannot work. */
export function resolveOptions(options: ClerkOptions, defaultApiVersion: string): ResolvedOptions {
  const secretKey = options.secretKey ?? env('CLERK_SECRET_KEY');
  if (!secretKey) {
    throw new ClerkError(
      'No secret key: pass `secretKey` to `new Clerk({ secretKey })` or set the CLERK_SECRET_KEY environment variable.',
    );
  }
  const apiUrl = (options.apiUrl ?? env('CLERK_API_URL') ?? DEFAULT_API_URL).replace(/\/+$/, '');
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  checkTimeout(timeout, 'timeout');
  checkMaxRetries(maxRetries, 'maxRetries');
  return {
    secretKey,
    baseUrl: `${apiUrl}/v1/`,
    apiVersion: options.apiVersion ?? defaultApiVersion,
    timeout,
    maxRetries,
    fetch: options.fetch,
    logger: options.logger ?? { warn: (message) => console.warn(message) },
    strictResponses: options.strictResponses ?? false,
  };
}

export function checkTimeout(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !(value > 0) || value > 2_147_483_647) {
    throw new ClerkValidationError(`\`${name}\` must be a number of milliseconds between 1 and 2147483647.`);
  }
}

export function checkMaxRetries(value: unknown, name: string): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new ClerkValidationError(`\`${name}\` must be a whole number, 0 or more.`);
  }
}
