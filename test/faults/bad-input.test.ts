/**
 * A bad-input matrix generated from the request schemas: for every operation with a query or body
 * schema, cases derived from its JSON Schema (missing required fields, wrong types, wrong enum
 * values, out-of-range numbers, unknown keys, wire-cased keys, values that are not objects), sent
 * through the path every resource method takes (`ClientContext.call`). Each must fail with a
 * `ClerkValidationError` naming the field, before any request. Then ids, through handle methods.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { Clerk, ClerkValidationError, type ClerkOptions } from '../../src/index.js';
import { ClientContext } from '../../src/core/operation.js';
import { resolveOptions } from '../../src/core/options.js';
import { Transport } from '../../src/core/transport.js';
import { SPEC_VERSION, type OperationInfo } from '../../src/generated/operations.js';
import { operationTable as operations } from '../../src/generated/decoders/all.js';
import { operationSchemas } from '../../src/generated/schemas.js';
import { membershipJson, userJson } from '../fixtures/objects.js';
import { SECRET, expectNoSecret, rejectionOf } from '../helpers.js';

const API_URL = 'https://api.clerk.test';

/** A fetch that records every request it is asked to send and answers an empty 204. */
function recordingFetch(answer: (url: URL, method: string) => Response = () => new Response(null, { status: 204 })) {
  const sent: Array<{ method: string; url: URL }> = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = input instanceof Request ? input : new Request(input, init);
    const url = new URL(request.url);
    sent.push({ method: request.method, url });
    return answer(url, request.method);
  }) as typeof globalThis.fetch;
  return { sent, fetch };
}

const quietLogger = { warn: () => undefined };

/** The context every resource method calls through, built the way `src/client.ts` builds it. */
function contextWith(fetch: typeof globalThis.fetch): ClientContext {
  const options = resolveOptions({ secretKey: SECRET, apiUrl: API_URL, fetch, maxRetries: 0, logger: quietLogger }, SPEC_VERSION);
  return new ClientContext(new Transport(options, 'clerk-fluent/test'));
}

// ---------------------------------------------------------------------------------------------
// Cases from the schemas

interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
}

interface BadCase {
  what: string;
  params: unknown;
  /** The field path the error must name (`emailAddress`, `[0].role`, `publicMetadata.x`), or '' for the whole value. */
  names: string;
  /** When every other field of the input is valid: the issues may concern this path only. */
  isolated: boolean;
}

interface OperationCases {
  op: OperationInfo;
  /** A valid input (every required field), the control: it must be sent. */
  valid: unknown;
  cases: BadCase[];
}

/**
 * What a JSON Schema cannot say: the fields a cross-field rule (a zod refinement on the whole
 * object) needs for the input to be valid. Every operation whose schema has such a rule is listed.
 */
const CROSS_FIELD_RULES: Record<string, Record<string, unknown>> = {
  CreateSAMLConnection: { domains: ['example.com'] },
};

const PATTERN_CANDIDATES = ['abc', 'US', ...['user', 'org', 'mch', 'scim'].map((prefix) => `${prefix}_${'a'.repeat(27)}`), 'org:example', 'org:example:read'];
const UNKNOWN_KEY = 'notARealField';
const WRONG_ENUM = 'definitely_not_an_allowed_value';

function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
}

function deriveCases(op: OperationInfo, schema: z.core.$ZodType): OperationCases {
  const root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  const resolve = (node: JsonSchema): JsonSchema => {
    if (!node.$ref) return node;
    const name = node.$ref.split('/').pop()!;
    return resolve(root.$defs?.[name] ?? {});
  };
  const branches = (node: JsonSchema): JsonSchema[] => {
    const resolved = resolve(node);
    const union = resolved.anyOf ?? resolved.oneOf;
    return union ? union.flatMap(branches) : [resolved];
  };
  const typesOf = (node: JsonSchema): Set<string> => {
    const types = new Set<string>();
    for (const branch of branches(node)) {
      if (branch.const !== undefined) types.add(typeof branch.const);
      else if (branch.enum) for (const value of branch.enum) types.add(value === null ? 'null' : typeof value);
      else if (branch.type === undefined) types.add('any');
      else for (const type of [branch.type].flat()) types.add(type === 'integer' ? 'number' : type);
    }
    return types;
  };
  const isAny = (node: JsonSchema) => typesOf(node).has('any');

  /** A valid value for `node`, as far as the JSON Schema tells. */
  const sample = (node: JsonSchema): unknown => {
    const branch = branches(node).find((candidate) => candidate.type !== 'null') ?? branches(node)[0]!;
    if (branch.const !== undefined) return branch.const;
    if (branch.enum) return branch.enum[0];
    const type = [branch.type].flat()[0];
    switch (type) {
      case undefined:
        return op.body === 'multipart' ? new Blob(['file']) : 'anything';
      case 'object': {
        const value: Record<string, unknown> = {};
        for (const key of branch.required ?? []) value[key] = sample(branch.properties?.[key] ?? {});
        return value;
      }
      case 'array':
        return Array.from({ length: branch.minItems ?? 0 }, () => sample(branch.items ?? {}));
      case 'string': {
        if (branch.pattern) {
          const pattern = new RegExp(branch.pattern);
          return PATTERN_CANDIDATES.find((candidate) => pattern.test(candidate)) ?? 'x';
        }
        return 'x'.repeat(Math.max(1, branch.minLength ?? 1));
      }
      case 'number':
      case 'integer':
        return branch.minimum ?? (branch.exclusiveMinimum !== undefined ? branch.exclusiveMinimum + 1 : Math.min(1, branch.maximum ?? 1));
      case 'boolean':
        return true;
      case 'null':
        return null;
      default:
        return 'x';
    }
  };

  /** A value of a type `node` does not accept, or undefined when it accepts anything. */
  const wrongType = (node: JsonSchema): unknown => {
    const types = typesOf(node);
    if (types.has('any')) return op.body === 'multipart' ? 12345 : undefined;
    if (!types.has('number')) return 12345;
    if (!types.has('string')) return 'not the right type';
    if (!types.has('boolean')) return true;
    if (!types.has('object')) return { nested: 'object' };
    return undefined;
  };

  const top = resolve(root);
  const isArray = top.type === 'array';
  const objectSchema = resolve(isArray ? (top.items ?? {}) : top);
  const prefix = isArray ? '[0].' : '';
  const properties = objectSchema.properties ?? {};
  const required = objectSchema.required ?? [];
  const rule = CROSS_FIELD_RULES[op.id];
  const base = { ...(sample(objectSchema) as Record<string, unknown>), ...rule };
  const wrap = (object: Record<string, unknown>) => (isArray ? [object] : object);
  const withField = (key: string, value: unknown) => wrap({ ...base, [key]: value });
  const cases: BadCase[] = [];
  const add = (what: string, params: unknown, names: string, isolated = true) => cases.push({ what, params, names, isolated });

  // The schemas are strict: an unknown key is refused, by name, at the top and in nested objects.
  expect(objectSchema.additionalProperties, `${op.id} is strict`).toBe(false);
  add('an unknown key', withField(UNKNOWN_KEY, 1), `${prefix}${UNKNOWN_KEY}`);
  const wireCased = Object.keys(properties).find((key) => snakeCase(key) !== key);
  if (wireCased) add(`the wire name ${snakeCase(wireCased)}`, withField(snakeCase(wireCased), sample(properties[wireCased]!)), `${prefix}${snakeCase(wireCased)}`);

  if (rule) {
    const broken = { ...base };
    for (const key of Object.keys(rule)) delete broken[key];
    add('its cross-field rule broken', wrap(broken), '', false);
  }

  for (const key of required) {
    const { [key]: _, ...rest } = base;
    add(`${key} missing`, wrap(rest), `${prefix}${key}`);
  }

  for (const [key, property] of Object.entries(properties)) {
    const path = `${prefix}${key}`;
    const wrong = wrongType(property);
    if (wrong !== undefined) add(`${key}: wrong type`, withField(key, wrong), path);
    if (!isAny(property) && !typesOf(property).has('null')) add(`${key}: null`, withField(key, null), path);

    for (const branch of branches(property)) {
      if (branch.enum && branch.enum.every((value) => typeof value === 'string')) {
        add(`${key}: a value outside its enum`, withField(key, WRONG_ENUM), path);
      }
      if (branch.type === 'integer') add(`${key}: a fraction`, withField(key, 1.5), path);
      if (branch.type === 'integer' || branch.type === 'number') {
        if (branch.minimum !== undefined && Math.abs(branch.minimum) < 1e15) add(`${key}: below its minimum`, withField(key, branch.minimum - 1), path);
        if (branch.maximum !== undefined && Math.abs(branch.maximum) < 1e15) add(`${key}: above its maximum`, withField(key, branch.maximum + 1), path);
      }
      if (branch.type === 'string' && branch.minLength !== undefined && branch.minLength > 0) {
        add(`${key}: too short`, withField(key, ''), path);
      }
      if (branch.type === 'string' && branch.pattern) add(`${key}: not matching its pattern`, withField(key, '!!'), path);
      if (branch.type === 'array' && branch.items) {
        const itemWrong = wrongType(branch.items);
        if (itemWrong !== undefined) add(`${key}[1]: wrong type`, withField(key, [sample(branch.items), itemWrong]), `${path}[1]`);
        const item = resolve(branch.items);
        if (item.enum) add(`${key}[0]: outside its enum`, withField(key, [WRONG_ENUM]), `${path}[0]`);
      }
      if (branch.type === 'object' && branch.properties) {
        const nested = sample(branch) as Record<string, unknown>;
        if (branch.additionalProperties === false) {
          add(`${key}.${UNKNOWN_KEY}`, withField(key, { ...nested, [UNKNOWN_KEY]: 1 }), `${path}.${UNKNOWN_KEY}`);
        }
        for (const inner of branch.required ?? []) {
          const { [inner]: _, ...rest } = nested;
          add(`${key}.${inner} missing`, withField(key, rest), `${path}.${inner}`);
        }
      }
    }
  }

  if (isArray && top.minItems) add('fewer items than its minimum', [], '', false);
  if (isArray && top.maxItems !== undefined) add('more items than its maximum', Array.from({ length: top.maxItems + 1 }, () => base), '', false);

  // Values that are not the object (or array) the operation takes.
  for (const value of [42, 'a string', true, ...(isArray ? [{ not: 'an array' }] : [[base]])]) {
    add(`params ${JSON.stringify(value)}`, value, '', false);
  }
  return { op, valid: wrap(base), cases };
}

type SchemaThunks = { query?: () => unknown; body?: () => unknown };
const schemaTable = operationSchemas as unknown as Record<string, SchemaThunks>;
const allOperations = Object.values(operations) as OperationInfo[];

const matrix: OperationCases[] = [];
const withoutSchema: OperationInfo[] = [];
for (const op of allOperations) {
  const thunks = schemaTable[op.id] ?? {};
  const schema = op.query && thunks.query ? thunks.query() : op.body && thunks.body ? thunks.body() : undefined;
  if (schema) matrix.push(deriveCases(op, schema as z.core.$ZodType));
  else withoutSchema.push(op);
}
const totalCases = matrix.reduce((sum, entry) => sum + entry.cases.length, 0);

const pathOf = (op: OperationInfo) => Object.fromEntries(op.pathParams.map(([wire], index) => [wire, `id_${index + 1}`]));

/** Paths the issues name, and whether they stay within `names` (the field at fault and what is inside it). */
function within(issuePath: string, names: string): boolean {
  return issuePath === names || issuePath.startsWith(`${names}.`) || issuePath.startsWith(`${names}[`);
}

describe(`bad-input matrix: ${totalCases} inputs over ${matrix.length} operations with a request schema`, () => {
  it.each(matrix.map((entry) => [`${entry.op.id} (${entry.cases.length} inputs)`, entry] as const))('%s', async (_, { op, valid, cases }) => {
    const { sent, fetch } = recordingFetch();
    const context = contextWith(fetch);
    for (const badCase of cases) {
      const error = (await rejectionOf(context.call(op, { path: pathOf(op), params: badCase.params }))) as ClerkValidationError;
      const label = `${op.id} with ${badCase.what}`;
      expect(error, label).toBeInstanceOf(ClerkValidationError);
      expectNoSecret(error);
      expect(error.message, label).toMatch(new RegExp(`^Invalid ${op.group}\\.${op.name} params: `));
      if (badCase.names) {
        expect(error.message, label).toContain(badCase.names);
        expect(error.issues.map((issue) => issue.path), label).toContain(badCase.names);
        if (badCase.isolated) {
          for (const issue of error.issues) expect(within(issue.path, badCase.names), `${label}: ${issue.path}`).toBe(true);
        }
      }
      expect(sent, label).toEqual([]);
    }
    // The control: the valid input the cases were made from is sent, once.
    const outcome = await context.call(op, { path: pathOf(op), params: valid }).then(
      () => undefined,
      (error: unknown) => error,
    );
    if (outcome !== undefined) expectNoSecret(outcome);
    expect(outcome).not.toBeInstanceOf(ClerkValidationError);
    expect(sent).toHaveLength(1);
  });

  it(`operations without a request schema refuse params (${withoutSchema.length} operations)`, async () => {
    const { sent, fetch } = recordingFetch();
    const context = contextWith(fetch);
    for (const op of withoutSchema) {
      const error = await rejectionOf(context.call(op, { path: pathOf(op), params: { [UNKNOWN_KEY]: 1 } }));
      expect(error, op.id).toBeInstanceOf(ClerkValidationError);
      expect(error.message, op.id).toBe(`${op.group}.${op.name} takes no params`);
      expectNoSecret(error);
    }
    expect(sent).toEqual([]);
  });

  it('every schema with a cross-field rule is known to the matrix', () => {
    const withRules = matrix
      .filter(({ op }) => {
        const thunks = schemaTable[op.id]!;
        const schema = (op.query ? thunks.query!() : thunks.body!()) as z.core.$ZodType;
        return (schema._zod.def.checks ?? []).some((check) => check._zod.def.check === 'custom');
      })
      .map(({ op }) => op.id);
    expect(withRules.sort()).toEqual(Object.keys(CROSS_FIELD_RULES).sort());
  });

  it('the matrix is large and covers every kind of case', () => {
    const kinds = matrix.flatMap((entry) => entry.cases.map((badCase) => badCase.what.replace(/^[\w.[\]]+: /, '').replace(/^\w+ missing$/, 'missing')));
    expect(matrix.length).toBeGreaterThanOrEqual(100);
    expect(totalCases).toBeGreaterThan(2000);
    for (const kind of ['an unknown key', 'missing', 'wrong type', 'a value outside its enum', 'a fraction', 'below its minimum', 'above its maximum', 'null']) {
      expect(kinds, kind).toContain(kind);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Ids through handle methods

describe('ids', () => {
  function clerkRecording(options: ClerkOptions = {}) {
    const recorder = recordingFetch((url, method) => {
      const segments = url.pathname.split('/');
      const last = decodeURIComponent(segments.at(-1)!);
      const body = url.pathname.includes('/memberships/')
        ? membershipJson(decodeURIComponent(segments[3]!), last, 'org:admin')
        : method === 'DELETE'
          ? { object: 'email_address', id: last, deleted: true }
          : userJson(last);
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const clerk = new Clerk({ secretKey: SECRET, apiUrl: API_URL, fetch: recorder.fetch, logger: quietLogger, ...options });
    return { clerk, sent: recorder.sent };
  }

  /** The handle methods tried, each with the name its id goes by and the path sent for an id. */
  const handles: Array<{ name: string; param: string; call: (clerk: Clerk, id: unknown) => Promise<unknown>; path: (id: string) => string; method: string }> = [
    { name: 'users(id).get()', param: 'userId', call: (clerk, id) => clerk.users(id as string).get(), path: (id) => `/v1/users/${id}`, method: 'GET' },
    { name: 'users.get(id)', param: 'userId', call: (clerk, id) => clerk.users.get(id as string), path: (id) => `/v1/users/${id}`, method: 'GET' },
    {
      name: 'organizations(id).memberships(user_1).update()',
      param: 'organizationId',
      call: (clerk, id) => clerk.organizations(id as string).memberships('user_1').update({ role: 'x' }),
      path: (id) => `/v1/organizations/${id}/memberships/user_1`,
      method: 'PATCH',
    },
    {
      name: 'organizations(org_1).memberships(id).update()',
      param: 'userId',
      call: (clerk, id) => clerk.organizations('org_1').memberships(id as string).update({ role: 'x' }),
      path: (id) => `/v1/organizations/org_1/memberships/${id}`,
      method: 'PATCH',
    },
    { name: 'emailAddresses(id).delete()', param: 'emailAddressId', call: (clerk, id) => clerk.emailAddresses(id as string).delete(), path: (id) => `/v1/email_addresses/${id}`, method: 'DELETE' },
  ];

  const refused: Array<[string, unknown, RegExp]> = [
    ['empty', '', /must not be empty or blank/],
    ['blank', '   ', /must not be empty or blank/],
    ['tabs and newlines', '\t\n', /must not be empty or blank/],
    ['.', '.', /must not be "\."/],
    ['..', '..', /must not be "\.\."/],
    ['a number', 42, /expected a non-empty string id, received number/],
    ['NaN', Number.NaN, /received number/],
    ['null', null, /received null/],
    ['undefined', undefined, /received undefined/],
    ['an object', { id: 'user_1' }, /received object/],
    ['an array', ['user_1'], /received an array/],
    ['a boolean', true, /received boolean/],
    ['a bigint', 1n, /received bigint/],
    ['a symbol', Symbol('user_1'), /received symbol/],
    ['a function', () => 'user_1', /received function/],
    ['a String object', new String('user_1'), /received object/],
  ];

  const allowed: Array<[string, string, string]> = [
    ['a slash', 'a/b', 'a%2Fb'],
    ['an encoded slash', '%2F', '%252F'],
    ['encoded dots', '%2e%2e', '%252e%252e'],
    ['a parent path', '../admin', '..%2Fadmin'],
    ['a query and a fragment', 'u?x=1#f', 'u%3Fx%3D1%23f'],
    ['spaces around', ' u ', '%20u%20'],
    ['a backslash', '..\\x', '..%5Cx'],
    ['non-ASCII', 'ü_☃', '%C3%BC_%E2%98%83'],
    ['three dots', '...', '...'],
    ['a 10,000-character id', 'x'.repeat(10_000), 'x'.repeat(10_000)],
  ];

  const refusedCases = handles.flatMap((handle) => refused.map(([what, id, message]) => [`${handle.name} with ${what}`, handle, id, message] as const));
  it.each(refusedCases)('%s: ClerkValidationError naming the param, no request', async (_, handle, id, message) => {
    const { clerk, sent } = clerkRecording();
    const error = await rejectionOf(handle.call(clerk, id));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toMatch(new RegExp(`^${handle.param}: `));
    expect(error.message).toMatch(message);
    expect((error as ClerkValidationError).issues.map((issue) => issue.path)).toEqual([handle.param]);
    expectNoSecret(error);
    expect(sent).toEqual([]);
  });

  const allowedCases = handles.flatMap((handle) => allowed.map(([what, id, encoded]) => [`${handle.name} with ${what}`, handle, id, encoded] as const));
  it.each(allowedCases)('%s: sent, encoded whole', async (_, handle, id, encoded) => {
    const { clerk, sent } = clerkRecording();
    await handle.call(clerk, id);
    expect(sent.map((request) => `${request.method} ${request.url.pathname}`)).toEqual([`${handle.method} ${handle.path(encoded)}`]);
  });

  // encodeURIComponent throws a URIError on a lone UTF-16 surrogate: the id is refused first.
  it.each(handles.map((handle) => [handle.name, handle] as const))('%s with a lone surrogate: ClerkValidationError, no request', async (_, handle) => {
    const { clerk, sent } = clerkRecording();
    const error = await rejectionOf(handle.call(clerk, 'user_\uD800'));
    expectNoSecret(error);
    expect(sent).toEqual([]);
    expect(error).toBeInstanceOf(ClerkValidationError);
  });

  it(`ids tried: ${refusedCases.length + allowedCases.length + handles.length} (${refused.length + allowed.length + 1} values x ${handles.length} handle methods)`, () => {
    expect(refusedCases.length + allowedCases.length).toBeGreaterThanOrEqual(100);
  });
});
