/**
 * Names in generated code. Keys are re-cased by the same functions the runtime uses
 * (src/core/casing.ts), so the generator and the client can never disagree on a key's name.
 */
export { camelCase, snakeCase } from '../../src/core/casing.js';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `organization_membership` / `sign-up` -> `OrganizationMembership` / `SignUp`. */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** A component's name as a TypeScript identifier (`verification.otp` -> `VerificationOtp`). */
export function identifier(name: string): string {
  return pascalCase(name.replace(/\./g, '_'));
}

/** A key as written in an object literal or type: bare when it can be, quoted otherwise. */
export function propertyKey(key: string): string {
  return IDENTIFIER.test(key) ? key : JSON.stringify(key);
}

/** A key as written after an object expression: `.key` or `["key"]`. */
export function propertyAccess(key: string): string {
  return IDENTIFIER.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

/** A type in parentheses when it is a union or intersection at its top level, for use inside another. */
export function group(type: string): string {
  let depth = 0;
  for (let index = 0; index < type.length; index++) {
    const char = type[index]!;
    if ('<{(['.includes(char)) depth++;
    else if ('>})]'.includes(char)) depth--;
    else if (depth === 0 && (char === '|' || char === '&')) return `(${type})`;
  }
  return type;
}
