/**
 * Checks a wire value against a wire-model schema: what the fake does to every request body and
 * query (and what its tests do to every answer). Each problem is an {@link Issue} with the path of
 * the field in wire form (`email_address[0]`, `actor.sub`); {@link issueError} turns it into the
 * error Clerk sends for it.
 */
import { errors, FakeApiError, type WireError } from './errors.js';
import { enumValues, hasOwnShape, isObjectSchema, objectView, resolve, type WireSchema, type WireSchemaObject } from './wire.js';

export type Issue =
  | { path: string; kind: 'missing' | 'unknown' | 'nil' }
  | { path: string; kind: 'type'; expected: string }
  | { path: string; kind: 'format' | 'value'; detail: string }
  | { path: string; kind: 'too-long' | 'too-short' | 'too-large' | 'too-many'; limit: number };

const MAX_ISSUES = 20;

/** Every problem of `value` against `schema`, at most {@link MAX_ISSUES}. */
export function check(value: unknown, schema: WireSchema, path = ''): Issue[] {
  const issues: Issue[] = [];
  visit(value, schema, path, issues);
  return issues.slice(0, MAX_ISSUES);
}

export function conforms(value: unknown, schema: WireSchema): boolean {
  const issues: Issue[] = [];
  visit(value, schema, '', issues);
  return issues.length === 0;
}

function visit(value: unknown, schema: WireSchema, path: string, issues: Issue[]): void {
  if (issues.length >= MAX_ISSUES) return;
  const s = resolve(schema);
  if (value === null) {
    if (!s.nullable && !acceptsNull(s)) issues.push({ path, kind: 'nil' });
    return;
  }
  if (s.oneOf || s.anyOf) {
    if (!hasOwnShape(s)) return visitAlternatives(value, s, path, issues);
    visitObject(value, s, path, issues);
    if (issues.length === 0) visitAlternatives(value, s, path, issues);
    return;
  }
  if (s.allOf && !isObjectSchema(s)) {
    for (const branch of s.allOf) visit(value, branch, path, issues);
    return;
  }
  const type = s.type ?? (isObjectSchema(s) ? 'object' : undefined);
  switch (type) {
    case 'string':
      return visitString(value, s, path, issues);
    case 'integer':
    case 'number':
      return visitNumber(value, s, type, path, issues);
    case 'boolean':
      if (typeof value !== 'boolean') issues.push({ path, kind: 'type', expected: 'boolean' });
      else checkEnum(value, s, path, issues);
      return;
    case 'array':
      return visitArray(value, s, path, issues);
    case 'object':
      return visitObject(value, s, path, issues);
    default:
      checkEnum(value, s, path, issues);
  }
}

function acceptsNull(s: WireSchemaObject): boolean {
  if (s.enum?.includes(null)) return true;
  const branches = s.oneOf ?? s.anyOf;
  return branches !== undefined && branches.some((branch) => resolve(branch).nullable === true);
}

function visitAlternatives(value: unknown, s: WireSchemaObject, path: string, issues: Issue[]): void {
  const branches = s.oneOf ?? s.anyOf ?? [];
  const tag = s.discriminator && isRecord(value) ? value[s.discriminator.propertyName] : undefined;
  const mapped = typeof tag === 'string' ? s.discriminator?.mapping?.[tag] : undefined;
  const candidates = mapped ? [mapped] : branches;
  let best: Issue[] | undefined;
  for (const branch of candidates) {
    const found: Issue[] = [];
    visit(value, branch, path, found);
    if (found.length === 0) return;
    if (!best || found.length < best.length) best = found;
  }
  issues.push(...(best ?? [{ path, kind: 'value', detail: 'matches none of the allowed forms' }]));
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function visitString(value: unknown, s: WireSchemaObject, path: string, issues: Issue[]): void {
  if (s.format === 'binary') {
    if (!(typeof Blob !== 'undefined' && value instanceof Blob) && typeof value !== 'string') issues.push({ path, kind: 'type', expected: 'file' });
    return;
  }
  if (typeof value !== 'string') {
    issues.push({ path, kind: 'type', expected: 'string' });
    return;
  }
  if (checkEnum(value, s, path, issues)) return;
  if (s.minLength !== undefined && value.length < s.minLength) return void issues.push({ path, kind: 'too-short', limit: s.minLength });
  if (s.maxLength !== undefined && value.length > s.maxLength) return void issues.push({ path, kind: 'too-long', limit: s.maxLength });
  if (s.pattern !== undefined && !patternOf(s.pattern).test(value)) {
    return void issues.push({ path, kind: 'format', detail: `must match ${s.pattern}` });
  }
  if (s.format === 'email' && !EMAIL.test(value)) issues.push({ path, kind: 'format', detail: 'must be a valid email address' });
  else if (s.format === 'date' && !(DATE.test(value) && !Number.isNaN(Date.parse(value)))) {
    issues.push({ path, kind: 'format', detail: 'must be a date (YYYY-MM-DD)' });
  } else if (s.format === 'date-time' && !(DATE_TIME.test(value) && !Number.isNaN(Date.parse(value)))) {
    issues.push({ path, kind: 'format', detail: 'must be a date and time in RFC 3339 format' });
  } else if (s.format === 'uri' && !isUri(value)) issues.push({ path, kind: 'format', detail: 'must be a URL' });
}

function isUri(value: string): boolean {
  try {
    return new URL(value).protocol.length > 1;
  } catch {
    return false;
  }
}

const patterns = new Map<string, RegExp>();

export function patternOf(source: string): RegExp {
  let pattern = patterns.get(source);
  if (!pattern) {
    pattern = new RegExp(source);
    patterns.set(source, pattern);
  }
  return pattern;
}

function visitNumber(value: unknown, s: WireSchemaObject, type: 'integer' | 'number', path: string, issues: Issue[]): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || (type === 'integer' && !Number.isInteger(value))) {
    issues.push({ path, kind: 'type', expected: type === 'integer' ? 'whole number' : 'number' });
    return;
  }
  if (checkEnum(value, s, path, issues)) return;
  if (s.minimum !== undefined && value < s.minimum) issues.push({ path, kind: 'value', detail: `must be ${s.minimum} or more` });
  else if (s.maximum !== undefined && value > s.maximum) issues.push({ path, kind: 'too-large', limit: s.maximum });
}

function visitArray(value: unknown, s: WireSchemaObject, path: string, issues: Issue[]): void {
  if (!Array.isArray(value)) {
    issues.push({ path, kind: 'type', expected: 'array' });
    return;
  }
  if (s.maxItems !== undefined && value.length > s.maxItems) issues.push({ path, kind: 'too-many', limit: s.maxItems });
  if (s.minItems !== undefined && value.length < s.minItems) issues.push({ path, kind: 'value', detail: `must have at least ${s.minItems} item${s.minItems === 1 ? '' : 's'}` });
  if (s.items) value.forEach((item, index) => visit(item, s.items!, `${path}[${index}]`, issues));
}

function visitObject(value: unknown, s: WireSchemaObject, path: string, issues: Issue[]): void {
  if (!isRecord(value)) {
    issues.push({ path, kind: 'type', expected: 'object' });
    return;
  }
  const view = objectView(s);
  for (const name of view.required) {
    if (value[name] === undefined) issues.push({ path: join(path, name), kind: 'missing' });
  }
  for (const [name, item] of Object.entries(value)) {
    if (item === undefined) continue;
    const property = view.properties.get(name);
    if (property !== undefined) visit(item, property, join(path, name), issues);
    else if (view.additional === false) issues.push({ path: join(path, name), kind: 'unknown' });
    else if (view.additional !== true) visit(item, view.additional, join(path, name), issues);
  }
}

/** Checks `enum` and `const`; true when the value was refused (no more checks make sense). */
function checkEnum(value: unknown, s: WireSchemaObject, path: string, issues: Issue[]): boolean {
  if (s.const !== undefined && value !== s.const) {
    issues.push({ path, kind: 'value', detail: `must be ${JSON.stringify(s.const)}` });
    return true;
  }
  if (!s.enum) return false;
  if (s.enum.includes(value)) return false;
  if (s.exclude && typeof value === 'string' && value.startsWith('-') && s.enum.includes(value.slice(1))) return false;
  const allowed = enumValues(s)!.filter((option) => !option.startsWith('-') && !option.startsWith('+'));
  issues.push({ path, kind: 'value', detail: `must be one of ${allowed.join(', ')}, got ${JSON.stringify(value)}` });
  return true;
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && !(typeof Blob !== 'undefined' && value instanceof Blob);
}

/** Clerk's error for one issue. */
export function issueError(issue: Issue): WireError {
  const name = issue.path || 'body';
  const error = (() => {
    switch (issue.kind) {
      case 'missing':
        return errors.paramMissing(name);
      case 'unknown':
        return errors.paramUnknown(name);
      case 'nil':
        return errors.paramNil(name);
      case 'type':
        return errors.paramType(name, issue.expected);
      case 'format':
        return errors.paramFormat(name, issue.detail);
      case 'value':
        return errors.paramValue(name, issue.detail);
      case 'too-long':
        return errors.paramTooLong(name, issue.limit);
      case 'too-short':
        return errors.paramTooShort(name, issue.limit);
      case 'too-large':
        return errors.paramTooLarge(name, issue.limit);
      case 'too-many':
        return errors.paramTooManyItems(name, issue.limit);
    }
  })();
  return error.errors[0]!;
}

/** The answer to a request with these issues: one error entry per issue, with Clerk's status. */
export function issuesError(issues: readonly Issue[], status = 422): FakeApiError {
  return new FakeApiError(status, issues.map(issueError));
}
