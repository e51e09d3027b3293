/**
 * Every place of the vendored spec where an object carries keys of its own (`additionalProperties`,
 * or a free-form `type: object`), in requests and in answers, found by walking the spec; and
 * minimal valid values that reach each place, for the tests to fill it with keys of their own.
 */
import { Resolver, isSchemaUnion, isWrapper, refName, typeOf } from '../../scripts/generator/resolve.js';
import { loadSources, operationsOf, type Operation, type Schema } from '../../scripts/generator/spec.js';

export const sources = loadSources();
const resolver = new Resolver(sources.spec);

/** One free-form place: the object at `path` (wire keys, `[]` for array items) inside `owner`. */
export interface Place {
  /** A component schema (answers) or an operationId (request bodies). */
  readonly owner: string;
  readonly path: readonly string[];
  readonly node: Schema;
  /** Declares properties and allows more (its declared keys are still re-cased). */
  readonly declared: boolean;
}

export const label = (place: Place): string => `${place.owner}${place.path.length ? ` ${place.path.join('.')}` : ''}`;

function isFreeForm(node: Schema): boolean {
  if (node.$ref || node.additionalProperties === false) return false;
  if (typeOf(node) !== 'object' || node.allOf || node.oneOf || node.anyOf) return false;
  return Boolean(node.additionalProperties) || Object.keys(node.properties ?? {}).length === 0;
}

/**
 * The free-form places under `node`. Answers: without following `$ref`s (each component is walked
 * on its own). Requests: through them, since a body's parts are placed by the body.
 */
function placesIn(owner: string, node: Schema, path: string[] = [], follow?: Set<string>): Place[] {
  if (node.$ref) {
    const name = refName(node.$ref);
    if (!follow || follow.has(name)) return [];
    return placesIn(owner, resolver.component(name), path, new Set([...follow, name]));
  }
  const here: Place[] = isFreeForm(node) ? [{ owner, path, node, declared: Object.keys(node.properties ?? {}).length > 0 }] : [];
  const parts = [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(isSchemaUnion(node.anyOf) ? node.anyOf : [])];
  return [
    ...here,
    ...parts.flatMap((part) => placesIn(owner, part, path, follow)),
    ...(node.items ? placesIn(owner, node.items, [...path, '[]'], follow) : []),
    ...Object.entries(node.properties ?? {}).flatMap(([key, value]) => placesIn(owner, value, [...path, key], follow)),
  ];
}

function jsonSchema(content: Record<string, { schema?: Schema }> | undefined): Schema | undefined {
  return content?.['application/json']?.schema;
}

/** The current spec's operations, and the supplement's (their models are among the components). */
const operations = [...operationsOf(sources.spec), ...operationsOf(sources.supplement)].map(([, , op]) => op);

/** The JSON request body schema of each operation that has one, by operationId. */
export const requestBodies = new Map(
  operations.flatMap((op) => {
    const body = op.requestBody ? jsonSchema(resolver.ref(op.requestBody).content) : undefined;
    return body ? [[op.operationId, resolver.ref(body)] as const] : [];
  }),
);

/** Free-form places of request bodies, by operation. */
export const requestPlaces: Place[] = [...requestBodies].flatMap(([id, body]) => placesIn(id, body, [], new Set()));

/** Free-form places of answers: in the component schemas answers use, and in operations' inline answers. */
export const responsePlaces: Place[] = [
  ...Object.entries(sources.spec.components.schemas).flatMap(([name, schema]) => placesIn(name, schema)),
  ...operations.flatMap((op) => {
    const schema = jsonSchema(successOf(op)?.content);
    return schema && !schema.$ref ? placesIn(op.operationId, schema) : [];
  }),
].filter((place) => place.owner.startsWith('ClerkError') || operationsAnswering(place.owner).length > 0);

function successOf(op: Operation) {
  const code = Object.keys(op.responses ?? {}).filter((status) => /^2\d\d$/.test(status)).sort()[0];
  return code ? resolver.ref(op.responses![code]!) : undefined;
}

/** The operations (current spec) whose JSON answer is `owner` (an inline answer's operationId) or reaches the component `owner`. */
export function operationsAnswering(owner: string): Array<{ op: Operation; schema: Schema }> {
  return operations.flatMap((op) => {
    const schema = jsonSchema(successOf(op)?.content);
    if (!schema) return [];
    if (op.operationId === owner || reaches(schema, owner, new Set())) return [{ op, schema }];
    return [];
  });
}

function parts(node: Schema): Schema[] {
  return [
    ...(node.allOf ?? []),
    ...(node.oneOf ?? []),
    ...(isSchemaUnion(node.anyOf) ? node.anyOf : []),
    ...(node.items ? [node.items] : []),
    ...Object.values(node.properties ?? {}),
  ];
}

function reaches(node: Schema, component: string, seen: Set<string>): boolean {
  if (node.$ref) {
    const name = refName(node.$ref);
    if (name === component) return true;
    if (seen.has(name)) return false;
    seen.add(name);
    return reaches(resolver.component(name), component, seen);
  }
  return parts(node).some((part) => reaches(part, component, seen));
}

/**
 * A minimal valid wire value of `node` (required fields only) that passes through the component
 * `target` (when given) and there holds `fill` at `path`: `fill` replaces the free-form object, or,
 * for an object that declares keys, is merged into it.
 */
export function sample(node: Schema, target?: { component?: string; path: readonly string[]; fill: Record<string, unknown> }): unknown {
  const route = (schema: Schema) => Boolean(target?.component && reaches(schema, target.component, new Set()));
  const build = (schema: Schema, path: readonly string[] | undefined, stack: string[]): unknown => {
    if (schema.$ref) {
      const name = refName(schema.$ref);
      const atTarget = target && name === target.component;
      return build(resolver.component(name), atTarget ? target.path : path, [...stack, name]);
    }
    if (schema.allOf) return build(isWrapper(schema) ? schema.allOf[0]! : resolver.mergeAllOf(schema), path, stack);
    if (path && path.length === 0 && target) {
      if (isFreeForm(schema) && !Object.keys(schema.properties ?? {}).length) return target.fill;
      const declared = build({ ...schema, additionalProperties: undefined }, undefined, stack) as Record<string, unknown>;
      return { ...declared, ...target.fill };
    }
    const variants = schema.oneOf ?? (isSchemaUnion(schema.anyOf) ? schema.anyOf : undefined);
    if (variants) {
      const chosen = (path !== undefined ? variants.find((variant) => path.length === 0 || hasPath(variant, path)) : variants.find(route)) ?? variants[0]!;
      const value = build(chosen, path, stack);
      const discriminator = schema.discriminator?.propertyName;
      // The variant's tag, required or not: it is how the answer says which variant it is.
      if (discriminator && value && typeof value === 'object') {
        (value as Record<string, unknown>)[discriminator] = resolver.ref(chosen).properties?.[discriminator]?.enum?.[0];
      }
      return value;
    }
    switch (typeOf(schema)) {
      case 'string':
        return schema.enum ? schema.enum[0] : 'text';
      case 'integer':
      case 'number':
        return schema.minimum ?? 1;
      case 'boolean':
        return true;
      case 'array': {
        const onPath = path?.[0] === '[]';
        const items = schema.items ?? {};
        if (onPath) return [build(items, path!.slice(1), stack)];
        return route(items) && !path ? [build(items, undefined, stack)] : [];
      }
      case 'object': {
        const out: Record<string, unknown> = {};
        const required = new Set(schema.required ?? []);
        for (const [key, value] of Object.entries(schema.properties ?? {})) {
          const onPath = path?.[0] === key;
          if (onPath) out[key] = build(value, path!.slice(1), stack);
          else if (required.has(key) || (!path && route(value) && !stack.includes(key))) out[key] = build(value, undefined, [...stack, key]);
        }
        return out;
      }
      default:
        return null;
    }
  };
  return build(node, target?.component ? undefined : target?.path, []);
}

function hasPath(node: Schema, path: readonly string[]): boolean {
  const resolved = resolver.ref(node);
  if (resolved.allOf) return hasPath(resolver.mergeAllOf(resolved), path);
  return path[0] === '[]' ? Boolean(resolved.items) : Boolean(resolved.properties?.[path[0]!]);
}
