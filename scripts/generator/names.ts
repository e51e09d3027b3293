/**
 * Names in generated code. Keys are re-cased by the same functions the runtime uses
 * (src/core/casing.ts), so the generator and the client can never disagree on a key's name.
 */
import { componentNames } from '../naming.js';

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

/**
 * Words the rule of {@link wordCase} cannot split by their capitals alone: a capital inside a word
 * (`OAuth`, `CName`) and the plural of an acronym (`URLs`).
 */
const IRREGULAR_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/OAuth/g, 'Oauth'],
  [/CName/g, 'Cname'],
  [/URLs/g, 'Urls'],
];

/**
 * The project's rule for every public name: words joined, an acronym being a word, capitalised like
 * one (`Url`, `Id`, `Api`, `Jwt`, `Jwks`, `Totp`, `Mfa`, `Saml`, `Scim`, `Oauth`, `M2m`): the names a
 * spec spells `JWTTemplate`, `RedirectURLs` or `DeleteTOTP` are `JwtTemplate`, `RedirectUrls` and
 * `DeleteTotp`. It is how camelCase names the fields (`svix_url` is `svixUrl`), so a type and its
 * fields never disagree, and a name has no two capitals in a row.
 */
export function wordCase(name: string): string {
  let cased = name;
  for (const [pattern, word] of IRREGULAR_WORDS) cased = cased.replace(pattern, word);
  // A run of capitals (and digits) is one word, up to the capital that starts the next word.
  cased = cased.replace(/[A-Z][A-Z0-9]+(?=[A-Z][a-z]|[^A-Za-z]|$)/g, (run) => run[0] + run.slice(1).toLowerCase());
  if (/[A-Z]{2}/.test(cased)) throw new Error(`${name}: no rule gives it word case (${cased}); add its word to IRREGULAR_WORDS`);
  return cased;
}

/**
 * A spec name (a component, an operationId) as a TypeScript identifier in word case
 * (`verification.otp` -> `VerificationOtp`, `JWTTemplate` -> `JwtTemplate`). The spec's second
 * schemas of a name (`CommercePlan-2`) are named in scripts/naming.ts by what they are.
 */
export function identifier(name: string): string {
  const named = componentNames[name];
  if (named !== undefined) return named;
  if (/-\d+$/.test(name)) throw new Error(`${name}: a numbered duplicate name; give it a name in scripts/naming.ts (componentNames)`);
  return wordCase(formerIdentifier(name));
}

/** The identifier a spec name had before {@link identifier} applied the naming rule: kept working, deprecated. */
export function formerIdentifier(name: string): string {
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
