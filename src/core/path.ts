import { ClerkValidationError, describeValue } from './errors.js';

/**
 * Checks one id that goes into a URL path. An id can never change the route: it must be a
 * non-empty string, not `.` or `..`, and it is percent-encoded whole (a `/` becomes `%2F`).
 *
 * @param name - the name the caller knows the id by, used in the error message.
 */
export function encodePathSegment(name: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new ClerkValidationError(`${name}: expected a non-empty string id, received ${describeValue(value)}`, [
      { path: name, message: `expected a non-empty string id, received ${describeValue(value)}` },
    ]);
  }
  if (value.trim() === '' || value === '.' || value === '..') {
    const message = value.trim() === '' ? 'must not be empty or blank' : `must not be "${value}"`;
    throw new ClerkValidationError(`${name}: ${message}`, [{ path: name, message }]);
  }
  if (!isWellFormed(value)) {
    const message = 'must be well-formed Unicode (it holds a lone surrogate)';
    throw new ClerkValidationError(`${name}: ${message}`, [{ path: name, message }]);
  }
  return encodeURIComponent(value);
}

/**
 * Fills a path template such as `/users/{user_id}/ban` from `params`, encoding every value.
 * The result has no leading slash (it is relative to the client's `…/v1/` prefix).
 *
 * @param displayName - the name an error message gives a parameter (the caller's camelCase name).
 */
export function buildPath(
  template: string,
  params: Readonly<Record<string, unknown>>,
  displayName: (key: string) => string = (key) => key,
): string {
  const parts = templateParts(template);
  let path = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const key = parts[index]!;
    path += encodePathSegment(displayName(key), params[key]) + parts[index + 1]!;
  }
  return path;
}

const templates = new Map<string, readonly string[]>();

/** A template split once into literal text and parameter names, alternating (leading slash dropped). */
function templateParts(template: string): readonly string[] {
  let parts = templates.get(template);
  if (parts === undefined) {
    parts = (template.startsWith('/') ? template.slice(1) : template).split(/\{([^}]+)\}/);
    templates.set(template, parts);
  }
  return parts;
}

/** `String.prototype.isWellFormed` where the runtime has it (Node 20), the same test otherwise. */
function isWellFormed(value: string): boolean {
  const native = (value as { isWellFormed?: () => boolean }).isWellFormed;
  return native ? native.call(value) : !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value);
}
