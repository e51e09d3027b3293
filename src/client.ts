import { resolveOptions, type ClerkOptions, type RequestOptions } from './core/options.js';
import { Transport, type WireRequest } from './core/transport.js';
import { VERSION } from './core/version.js';

/** The API version this release was generated from. */
export const API_VERSION = '2026-05-12';

/**
 * The root of the client.
 *
 * @example
 * ```ts
 * import { Clerk } from 'clerk-fluent';
 * const clerk = new Clerk({ secretKey: process.env.CLERK_SECRET_KEY });
 * ```
 */
export class Clerk {
  readonly #transport: Transport;

  constructor(options: ClerkOptions = {}) {
    const resolved = resolveOptions(options, API_VERSION);
    this.#transport = new Transport(resolved, `clerk-fluent/${VERSION}`);
  }

  /**
   * Sends a request in wire form (snake_case, relative path) through the same transport, retries
   * and errors as every method, and returns the parsed body. For endpoints newer than this release.
   */
  async request(request: WireRequest, options?: RequestOptions): Promise<unknown> {
    return (await this.#transport.request(request, options)).data;
  }
}
