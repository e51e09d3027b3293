import { ClerkValidationError } from '../core/errors.js';

/**
 * Anything with headers: a Fetch `Request` (Hono, Next.js route handlers, Workers, Deno, Bun), a
 * Node `IncomingMessage` (Express, Fastify's `request.raw`, `node:http`), or `{ headers }` with a
 * `Headers` or a plain object.
 */
export interface RequestLike {
  readonly headers:
    | { get(name: string): string | null }
    | Readonly<Record<string, string | readonly string[] | undefined>>;
}

/** Where a request's token was found. */
export interface PresentedToken {
  readonly token: string;
  readonly from: 'header' | 'cookie';
}

const SESSION_COOKIE = '__session';

/**
 * The token of a request: `Authorization: Bearer …` first, then (when `readCookie`) the
 * `__session` cookie. Another authorization scheme (`Basic …`) is not a Clerk token and is passed
 * over, as is an empty value.
 */
export function readToken(request: RequestLike, readCookie: boolean): PresentedToken | undefined {
  const headers = (request as { headers?: unknown } | null | undefined)?.headers;
  if (headers === null || typeof headers !== 'object') {
    throw new ClerkValidationError('authenticateRequest takes a Fetch Request, a Node IncomingMessage, or { headers }.');
  }
  const authorization = header(headers, 'authorization');
  if (authorization) {
    const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization);
    if (match) return { token: match[1]!, from: 'header' };
  }
  if (!readCookie) return undefined;
  const cookie = header(headers, 'cookie');
  const session = cookie ? cookieValue(cookie, SESSION_COOKIE) : undefined;
  return session ? { token: session, from: 'cookie' } : undefined;
}

function header(headers: object, name: string): string | undefined {
  const get = (headers as { get?: unknown }).get;
  if (typeof get === 'function') return (get.call(headers, name) as string | null) ?? undefined;
  const record = headers as Record<string, unknown>;
  let value = record[name];
  if (value === undefined) {
    const key = Object.keys(record).find((candidate) => candidate.toLowerCase() === name);
    value = key === undefined ? undefined : record[key];
  }
  if (Array.isArray(value)) value = name === 'cookie' ? value.join('; ') : value[0];
  return typeof value === 'string' ? value : undefined;
}

/** The first cookie of that name, unquoted and percent-decoded. */
function cookieValue(cookieHeader: string, name: string): string | undefined {
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator < 0 || pair.slice(0, separator).trim() !== name) continue;
    let value = pair.slice(separator + 1).trim();
    if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
    if (value.includes('%')) {
      try {
        value = decodeURIComponent(value);
      } catch {
        return value;
      }
    }
    return value || undefined;
  }
  return undefined;
}
