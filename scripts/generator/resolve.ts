/**
 * Stage 2, resolve: `$ref`s followed through a document, `allOf` merged into one object, and the
 * questions every later stage asks of a schema node (its type, whether it is a union, a type tag).
 */
import type { Schema, Spec } from './spec.js';

export class Resolver {
  constructor(readonly spec: Spec) {}

  /** Follows `$ref`s until a node that is not one. */
  ref<T>(node: T & { $ref?: string }): T {
    let current: unknown = node;
    while (current && typeof current === 'object' && '$ref' in current && (current as { $ref: string }).$ref) {
      const path = (current as { $ref: string }).$ref.replace(/^#\//, '').split('/');
      current = path.reduce<unknown>((acc, part) => (acc as Record<string, unknown>)[part], this.spec);
    }
    return current as T;
  }

  /** A component schema by name. */
  component(name: string): Schema {
    const schema = this.spec.components.schemas[name];
    if (!schema) throw new Error(`no component schema ${name}`);
    return schema;
  }

  /** allOf of objects -> one object with every part's properties and required keys. */
  mergeAllOf(node: Schema): Schema {
    const merged: Schema = { type: 'object', properties: {}, required: [] };
    const add = (part: Schema) => {
      const resolved = this.ref(part);
      if (resolved.allOf) resolved.allOf.forEach(add);
      Object.assign(merged.properties!, resolved.properties ?? {});
      merged.required!.push(...(resolved.required ?? []));
      if (resolved.additionalProperties === true) merged.additionalProperties = true;
    };
    node.allOf!.forEach(add);
    if (node.properties) add({ properties: node.properties, required: node.required ?? [] });
    merged.required = [...new Set(merged.required)];
    return merged;
  }
}

/** The component a `$ref` names (`#/components/schemas/User` -> `User`). */
export function refName(ref: string): string {
  return ref.split('/').pop()!;
}

/** The node's type, from `type` or, when absent, from what it has. */
export function typeOf(node: Schema): string | undefined {
  return node.type ?? (node.properties ? 'object' : node.items ? 'array' : undefined);
}

/** `allOf` with one part and nothing beside it: a wrapper (for nullable or deprecated), not a merge. */
export function isWrapper(node: Schema): boolean {
  return node.allOf?.length === 1 && !node.properties;
}

/**
 * `anyOf` whose parts are schemas of their own (a union), as opposed to `anyOf` parts that only
 * list required keys (a constraint on one object, kept for requests).
 */
export function isSchemaUnion(parts: Schema[] | undefined): parts is Schema[] {
  return Boolean(parts?.length) && parts!.every((part) => Boolean(part.$ref || part.type || part.properties || part.oneOf || part.allOf));
}

/**
 * `object: { enum: ['user'] }` names the kind of object: a literal, so unions can be told apart by
 * it. Every other enum stays open in responses.
 */
export function isTypeTag(key: string, schema: Schema): boolean {
  return key === 'object' && schema.type === 'string' && schema.enum?.length === 1 && !schema.nullable;
}
