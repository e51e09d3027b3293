/**
 * The seed: the records a fake starts with (and returns to on `reset()`), written the way the
 * client's create methods take them (camelCase: `{ emailAddress: ['ada@example.com'] }`), plus a
 * few fields only a seed sets (`id`, `lastSignInAt`, …). Each entry is converted to wire form and
 * checked against the create operation's schema, then created by the same code the API uses, so a
 * seed is refused for exactly what Clerk would refuse, and the error names the field
 * (`seed.users[1].emailAddress[0]`). Nothing is silently dropped.
 */
import { camelCase, snakeCase } from '../../core/casing.js';
import { ClerkValidationError, describeValue, type ValidationIssue } from '../../core/errors.js';
import type { CreateUserBody } from '../../generated/types.js';
import type { Core } from './core.js';
import { FakeApiError } from './errors.js';
import { createUser } from './state/users.js';
import { check, type Issue } from './validate.js';
import { isObjectSchema, objectView, resolve, wireModel, type WireSchema, type WireSchemaObject } from './wire.js';

/** A moment a seed gives: a `Date` or milliseconds since 1970. */
export type SeedTime = Date | number;

/** A user of the seed: what `clerk.users.create()` takes, and an `id` or sign-in times if you want them. */
export interface SeedUser extends CreateUserBody {
  /**
   * The user's id.
   * @default a generated `user_…` id
   * @example 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk'
   */
  id?: string;
  /** When the user last signed in. @default never */
  lastSignInAt?: SeedTime | null;
  /** When the user was last active. @default never */
  lastActiveAt?: SeedTime | null;
}

/** What `createFakeClerk({ seed })` takes. Every list is optional; ids you leave out are generated. */
export interface FakeClerkSeed {
  /**
   * @example [{ emailAddress: ['ada@example.com'], firstName: 'Ada', publicMetadata: { plan: 'pro' } }]
   */
  users?: readonly SeedUser[];
}

/** A seed-only field: its wire name, its schema, and its form in the seed. */
interface Extra {
  readonly schema: WireSchemaObject;
  /** `time` fields take a Date or milliseconds and become milliseconds. */
  readonly kind?: 'time';
}

interface SeedKind {
  /** The create operation whose body schema the entries follow. */
  readonly operation: string;
  readonly extras: Readonly<Record<string, Extra>>;
  apply(core: Core, entry: Record<string, unknown>): void;
}

const idField = (prefix: string): Extra => ({ schema: { type: 'string', pattern: `^${prefix}_[A-Za-z0-9_]+$` } });
const timeField: Extra = { schema: { type: 'integer', nullable: true }, kind: 'time' };

const KINDS: Readonly<Record<keyof FakeClerkSeed, SeedKind>> = {
  users: {
    operation: 'CreateUser',
    extras: { id: idField('user'), last_sign_in_at: timeField, last_active_at: timeField },
    apply(core, entry) {
      const { id, last_sign_in_at, last_active_at, ...body } = entry;
      createUser(core, body, { id: id as string | undefined, last_sign_in_at: last_sign_in_at as number | null, last_active_at: last_active_at as number | null });
    },
  },
};

/**
 * Checks the form of a whole seed and returns the function that (re)creates its records. The
 * fake applies it when it is created (so what only creation can find, a taken email address, throws
 * then too) and on every `reset()`.
 */
export function prepareSeed(seed: unknown): (core: Core) => void {
  if (seed === undefined) return () => {};
  if (seed === null || typeof seed !== 'object' || Array.isArray(seed)) fail('seed', `must be an object like { users: [...] }, got ${describeValue(seed)}`);
  const entries: Array<{ kind: SeedKind; path: string; wire: Record<string, unknown> }> = [];
  for (const [key, list] of Object.entries(seed as Record<string, unknown>)) {
    const kind = KINDS[key as keyof FakeClerkSeed];
    if (!kind) fail(`seed.${key}`, `is not something the fake can seed; it seeds ${Object.keys(KINDS).join(', ')}`);
    if (list === undefined) continue;
    if (!Array.isArray(list)) fail(`seed.${key}`, `must be a list, got ${describeValue(list)}`);
    list.forEach((item: unknown, index: number) => {
      const path = `seed.${key}[${index}]`;
      entries.push({ kind, path, wire: toWireEntry(item, kind, path) });
    });
  }
  const apply = (core: Core) => {
    for (const { kind, path, wire } of entries) {
      try {
        kind.apply(core, structuredClone(wire));
      } catch (error) {
        if (error instanceof FakeApiError) {
          const detail = error.errors[0]!;
          const param = typeof detail.meta?.param_name === 'string' ? detail.meta.param_name : undefined;
          const message = param && detail.long_message.startsWith(`${param} `) ? detail.long_message.slice(param.length + 1) : detail.long_message;
          fail(param ? `${path}.${camelPath(param)}` : path, message.replace(/\.$/, ''));
        }
        throw error;
      }
    }
  };
  return apply;
}

function toWireEntry(item: unknown, kind: SeedKind, path: string): Record<string, unknown> {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) fail(path, `must be an object, got ${describeValue(item)}`);
  const body = wireModel.operations[kind.operation]!.body!.schema;
  const source = item as Record<string, unknown>;
  const bodyPart: Record<string, unknown> = {};
  const extras: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    if (value === undefined) continue;
    const wireKey = snakeCase(key);
    const extra = kind.extras[wireKey];
    if (extra) extras[wireKey] = extra.kind === 'time' && value instanceof Date ? value.getTime() : value;
    else bodyPart[key] = value;
  }
  const converted = convertKeys(bodyPart, body, path);
  const issues: Issue[] = [...check(converted, body)];
  for (const [wireKey, value] of Object.entries(extras)) issues.push(...check(value, kind.extras[wireKey]!.schema, wireKey));
  if (issues.length > 0) {
    throw seedError(issues.map((issue) => ({ path: issue.path ? `${path}.${camelPath(issue.path)}` : path, message: describeIssue(issue) })));
  }
  return { ...(converted as Record<string, unknown>), ...extras };
}

/** camelCase keys to the wire names the schema has; free-form objects (metadata) keep theirs. */
function convertKeys(value: unknown, schema: WireSchema, path: string): unknown {
  const s = resolve(schema);
  if (Array.isArray(value)) return s.type === 'array' && s.items ? value.map((item, index) => convertKeys(item, s.items!, `${path}[${index}]`)) : value;
  if (value === null || typeof value !== 'object' || !isObjectSchema(s)) return value;
  const view = objectView(s);
  if (view.properties.size === 0) return value;
  const converted: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item === undefined) continue;
    const wireKey = view.properties.has(key) ? key : snakeCase(key);
    const property = view.properties.get(wireKey);
    if (property === undefined && view.additional === false) fail(`${path}.${key}`, 'is not a field the fake can seed here');
    converted[wireKey] = property ? convertKeys(item, property, `${path}.${key}`) : item;
  }
  return converted;
}

/** A wire path (`email_address[0]`) as the seed writes it (`emailAddress[0]`). */
function camelPath(path: string): string {
  return path
    .split('.')
    .map((segment) => segment.replace(/^[a-z0-9_]+/, (name) => camelCase(name)))
    .join('.');
}

function describeIssue(issue: Issue): string {
  switch (issue.kind) {
    case 'missing':
      return 'is required';
    case 'unknown':
      return 'is not a field the fake can seed here';
    case 'nil':
      return 'must not be null';
    case 'type':
      return `must be a ${issue.expected}`;
    case 'format':
    case 'value':
      return issue.detail;
    case 'too-long':
      return `must not be longer than ${issue.limit} characters`;
    case 'too-short':
      return `must be at least ${issue.limit} characters long`;
    case 'too-large':
      return `must not be greater than ${issue.limit}`;
    case 'too-many':
      return `must not have more than ${issue.limit} items`;
  }
}

function seedError(issues: ValidationIssue[]): ClerkValidationError {
  const first = issues[0]!;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new ClerkValidationError(`${first.path}: ${first.message}${more}`, issues);
}

function fail(path: string, message: string): never {
  throw seedError([{ path, message }]);
}
