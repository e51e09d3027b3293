import { ClerkValidationError, formatIssues, type ValidationIssue } from './errors.js';

/**
 * The part of a zod schema this module uses. Typed structurally so that nothing here imports zod
 * at run time: the schemas (and zod with them) load with the generated module, on first use.
 */
export interface Schema {
  safeParse(value: unknown, params?: { reportInput?: boolean }): { success: true; data: unknown } | { success: false; error: { issues: readonly Issue[] } };
}

/** The fields of a zod issue this module reads. */
export interface Issue {
  readonly code: string;
  readonly path: ReadonlyArray<PropertyKey>;
  readonly message: string;
  readonly input?: unknown;
  readonly expected?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly origin?: string;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly pattern?: string;
}

/** `['emailAddress', 0, 'id']` -> `emailAddress[0].id` */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

/** zod issues as {@link ValidationIssue}s with messages of our own (one per unknown key). */
export function toIssues(issues: readonly Issue[], prefix = ''): ValidationIssue[] {
  return issues.flatMap((issue): ValidationIssue[] => {
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key], prefix), message: 'unknown key (not in the schema: check its spelling)' }));
    }
    return [{ path: formatPath(issue.path, prefix), message: describeIssue(issue) }];
  });
}

function describeIssue(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `required (${issue.expected ?? 'a value'})` : `expected ${issue.expected}, received ${kind(issue.input)}`;
    case 'invalid_value':
      return expectedValues(issue.values ?? []);
    case 'too_small':
      return bound('at least', issue.minimum, issue.origin);
    case 'too_big':
      return bound('at most', issue.maximum, issue.origin);
    case 'invalid_format':
      return issue.pattern ? `must match ${issue.pattern}` : 'has the wrong format';
    case 'invalid_union':
      return 'matches none of the allowed shapes';
    default:
      return issue.message;
  }
}

/**
 * The values a field accepts, said briefly where they come in forms: an ordering (each field as it
 * is, with `+` and with `-`), or values that may be prefixed `-` to exclude them.
 */
function expectedValues(values: readonly unknown[]): string {
  const strings = values.filter((value): value is string => typeof value === 'string');
  const plain = strings.filter((value) => !/^[+-]/.test(value));
  const has = (forms: string[]) => strings.length === plain.length * forms.length && plain.every((value) => forms.every((form) => strings.includes(`${form}${value}`)));
  if (strings.length === values.length && plain.length > 0 && has(['', '+', '-'])) {
    return `expected a field to order by (${plain.join(', ')}), optionally prefixed with + or -`;
  }
  if (strings.length === values.length && plain.length > 0 && has(['', '-'])) {
    return `expected one of ${plain.map((value) => JSON.stringify(value)).join(', ')}, optionally prefixed with - to exclude it`;
  }
  return `expected one of ${values.map((value) => JSON.stringify(value)).join(', ')}`;
}

function bound(word: string, limit: number | bigint | undefined, origin: string | undefined): string {
  if (origin === 'string') return `must be ${word} ${limit} characters long`;
  if (origin === 'array' || origin === 'set') return `must have ${word} ${limit} items`;
  return `must be ${word} ${limit}`;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/**
 * Checks the input of a call against its request schema and returns the parsed value.
 * Throws {@link ClerkValidationError} naming every field at fault; no request has been sent then.
 *
 * @param what - what the value is, for the message (`clerk.users.create params`); asked only
 *   when the value is invalid.
 */
export function validateInput(schema: Schema, value: unknown, what: string | (() => string)): unknown {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  const issues = toIssues(result.error.issues);
  throw new ClerkValidationError(`Invalid ${typeof what === 'string' ? what : what()}: ${formatIssues(issues)}`, issues);
}
