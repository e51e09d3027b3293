/**
 * Answers for the operations the fake keeps no state for: a value that matches the operation's
 * answer schema, built from the wire model. The spec's examples are used where they fit; the rest
 * is generated from a stream seeded by the request (method and path), so the same request gets
 * the same answer. Values the request names (path parameters, body fields) come back in the
 * answer where the answer has a field of that name: `PATCH /domains/dmn_1 { name }` answers with
 * that id and that name.
 */
import { samplePattern } from './pattern-sample.js';
import type { Random } from './random.js';
import { conforms, patternOf } from './validate.js';
import { hasOwnShape, isObjectSchema, objectView, resolve, type WireSchema, type WireSchemaObject } from './wire.js';

export interface SynthesisContext {
  readonly random: Random;
  /** Milliseconds since 1970: the base of every timestamp generated. */
  readonly now: number;
  /** Values to use for top-level fields of these names (path parameters, then body fields). */
  readonly echo: ReadonlyMap<string, unknown>;
}

/** Nesting below which optional fields are left out and arrays stay empty: keeps answers small and ends recursion. */
const MAX_DEPTH = 6;

export function synthesize(schema: WireSchema, context: SynthesisContext): unknown {
  return generate(schema, context, 0, undefined);
}

function generate(schema: WireSchema, context: SynthesisContext, depth: number, name: string | undefined): unknown {
  const s = resolve(schema);
  if (s.const !== undefined) return s.const;
  if (s.oneOf || s.anyOf) return hasOwnShape(s) ? constrainedObject(s, context, depth) : alternative(s, context, depth, name);
  if (s.example !== undefined && !isIdLike(name, s) && conforms(s.example, s)) return structuredClone(s.example);
  if (s.enum && s.enum.length > 0) return s.enum.find((value) => typeof value !== 'string' || !value.startsWith('-')) ?? s.enum[0];
  const type = s.type ?? (isObjectSchema(s) ? 'object' : undefined);
  switch (type) {
    case 'object':
      return object(s, context, depth);
    case 'array': {
      if (!s.items || (depth >= MAX_DEPTH && !s.minItems)) return [];
      const count = Math.max(s.minItems ?? 0, depth >= MAX_DEPTH - 2 ? 0 : 1);
      return Array.from({ length: Math.min(count, s.maxItems ?? count) }, () => generate(s.items!, context, depth + 1, singular(name)));
    }
    case 'string':
      return string(s, context, name);
    case 'integer':
    case 'number':
      return number(s, context, name, type);
    case 'boolean':
      return false;
    default:
      return s.nullable ? null : {};
  }
}

function alternative(s: WireSchemaObject, context: SynthesisContext, depth: number, name: string | undefined): unknown {
  const mapped = s.discriminator?.mapping ? Object.values(s.discriminator.mapping) : [];
  const branches = [...mapped, ...(s.oneOf ?? s.anyOf ?? [])];
  for (const branch of branches) {
    const value = generate(branch, context, depth, name);
    if (conforms(value, s)) return value;
  }
  return generate(branches[0]!, context, depth, name);
}

/** An object whose `oneOf`/`anyOf` constrain its own fields: the fields first, then what the first satisfiable form adds. */
function constrainedObject(s: WireSchemaObject, context: SynthesisContext, depth: number): Record<string, unknown> {
  const value = object(s, context, depth);
  if (conforms(value, s)) return value;
  for (const branch of s.oneOf ?? s.anyOf ?? []) {
    const view = objectView(branch);
    const extended = { ...value };
    for (const name of view.required) {
      if (extended[name] !== undefined) continue;
      const property = objectView(s).properties.get(name) ?? view.properties.get(name);
      extended[name] = property ? generate(property, context, depth + 1, name) : false;
    }
    if (conforms(extended, s)) return extended;
  }
  return value;
}

function object(s: WireSchemaObject, context: SynthesisContext, depth: number): Record<string, unknown> {
  const view = objectView(s);
  const value: Record<string, unknown> = {};
  const kind = objectKind(view.properties.get('object'));
  for (const [property, propertySchema] of view.properties) {
    const required = view.required.has(property);
    if (!required && depth >= MAX_DEPTH - 2) continue;
    const echoed = depth === 0 ? context.echo.get(property) : undefined;
    if (echoed !== undefined && conforms(echoed, propertySchema)) {
      value[property] = echoed;
      continue;
    }
    const resolved = resolve(propertySchema);
    if (!required && resolved.deprecated) continue;
    if (property === 'id' && kind !== undefined && resolved.type === 'string' && !resolved.pattern) {
      value.id = context.random.id(OBJECT_PREFIXES[kind] ?? initials(kind));
      continue;
    }
    value[property] = resolved.nullable && depth >= MAX_DEPTH - 1 ? null : generate(propertySchema, context, depth + 1, property);
  }
  // The spec requires a few fields it never describes (flags, by their names): present, and false.
  for (const property of view.required) if (!(property in value)) value[property] = false;
  return value;
}

/** The prefix of the ids of objects of a kind, as Clerk writes them. */
const OBJECT_PREFIXES: Record<string, string> = {
  user: 'user',
  organization: 'org',
  organization_membership: 'orgmem',
  organization_invitation: 'orginv',
  organization_domain: 'orgdmn',
  session: 'sess',
  client: 'client',
  email_address: 'idn',
  phone_number: 'idn',
  invitation: 'inv',
  machine: 'mch',
  domain: 'dmn',
  jwt_template: 'jtmp',
  redirect_url: 'ru',
  saml_connection: 'samlc',
  sign_in_token: 'sit',
  actor_token: 'act',
  waitlist_entry: 'wle',
  role: 'role',
  permission: 'perm',
  oauth_application: 'oa',
};

/** The single `object` value of a schema (`'machine'`), if it has one. */
function objectKind(schema: WireSchema | undefined): string | undefined {
  if (schema === undefined) return undefined;
  const values = resolve(schema).enum;
  return values?.length === 1 && typeof values[0] === 'string' ? values[0] : undefined;
}

function initials(kind: string): string {
  return kind
    .split('_')
    .map((word) => word[0])
    .join('');
}

/** An id field: its example would give every generated object the same id, so it is generated. */
function isIdLike(name: string | undefined, s: WireSchemaObject): boolean {
  if (s.type !== 'string') return false;
  return name === 'id' || (name?.endsWith('_id') ?? false) || (s.pattern?.includes('{27}') ?? false) || (s.pattern?.includes('{32}') ?? false);
}

const ID_PREFIXES: Record<string, string> = {
  user_id: 'user',
  organization_id: 'org',
  session_id: 'sess',
  client_id: 'client',
  instance_id: 'ins',
  machine_id: 'mch',
  invitation_id: 'inv',
};

function string(s: WireSchemaObject, context: SynthesisContext, name: string | undefined): string {
  const { random } = context;
  if (s.pattern) {
    const sampled = samplePattern(s.pattern, random);
    if (patternOf(s.pattern).test(sampled)) return sampled;
    if (typeof s.example === 'string') return s.example;
  }
  if (s.format === 'date-time') return new Date(context.now).toISOString();
  if (s.format === 'date') return new Date(context.now).toISOString().slice(0, 10);
  if (s.format === 'email' || name?.includes('email')) return `user.${random.base62(6).toLowerCase()}@example.com`;
  if (s.format === 'uri' || name?.endsWith('url') || name?.endsWith('_uri')) return `https://example.com/${name ?? 'resource'}/${random.base62(8)}`;
  if (name === 'id') return random.id('obj');
  if (name?.endsWith('_id')) return random.id(ID_PREFIXES[name] ?? name.slice(0, -3).split('_').map((part) => part[0]).join(''));
  if (name?.includes('phone')) return `+1555555${random.chars(4, '0123456789')}`;
  if (typeof s.example === 'string') return s.example;
  const text = `${name ?? 'value'}_${random.base62(6)}`;
  if (s.maxLength !== undefined && text.length > s.maxLength) return text.slice(0, s.maxLength);
  return s.minLength !== undefined && text.length < s.minLength ? text.padEnd(s.minLength, 'x') : text;
}

function number(s: WireSchemaObject, context: SynthesisContext, name: string | undefined, type: 'integer' | 'number'): number {
  if (typeof s.example === 'number' && conforms(s.example, s)) return s.example;
  if (name && (name.endsWith('_at') || name === 'expiration' || name.endsWith('_date'))) return context.now;
  const low = s.minimum ?? 0;
  const high = s.maximum ?? (name?.endsWith('count') ? 5 : 100);
  const value = low + context.random.int(Math.max(1, high - low + 1));
  return type === 'integer' ? Math.floor(value) : value;
}

function singular(name: string | undefined): string | undefined {
  return name?.endsWith('s') ? name.slice(0, -1) : name;
}
