/**
 * Reading the wire model (src/generated/wire-model.ts): references resolved, `allOf` branches
 * merged into one object view. Everything the fake checks or generates goes through here.
 */
import { wireModel, type WireOperation, type WireSchema, type WireSchemaObject } from '../../generated/wire-model.js';

export { wireModel };
export type { WireOperation, WireSchema, WireSchemaObject };

/** The schema a reference names, or the schema itself. */
export function resolve(schema: WireSchema): WireSchemaObject {
  let current: WireSchema = schema;
  for (let hops = 0; typeof current === 'string'; hops++) {
    const next: WireSchema | undefined = wireModel.schemas[current];
    if (next === undefined || hops > 32) throw new Error(`The wire model has no schema ${current}`);
    current = next;
  }
  return current;
}

/** A JSON value in wire form. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** The properties, required names and extra-key rule of an object schema, `allOf` branches merged. */
export interface ObjectView {
  readonly properties: ReadonlyMap<string, WireSchema>;
  readonly required: ReadonlySet<string>;
  /** `false`: no other keys; `true`: any other keys; a schema: other keys' values. */
  readonly additional: boolean | WireSchema;
}

const objectViews = new WeakMap<WireSchemaObject, ObjectView>();

/** The object view of a schema whose type is (or whose `allOf` branches are) objects. */
export function objectView(schema: WireSchema): ObjectView {
  const resolved = resolve(schema);
  let view = objectViews.get(resolved);
  if (!view) {
    const properties = new Map<string, WireSchema>();
    const required = new Set<string>();
    // A single branch with `additionalProperties: false` closes the object only when no other
    // branch adds properties: `allOf` of a closed base and an extension is read as one object.
    let additional: boolean | WireSchema = true;
    let closed = false;
    const visit = (part: WireSchemaObject) => {
      for (const branch of part.allOf ?? []) visit(resolve(branch));
      for (const [name, property] of Object.entries(part.properties ?? {})) properties.set(name, property);
      for (const name of part.required ?? []) required.add(name);
      if (part.additionalProperties === false) closed = true;
      else if (part.additionalProperties !== undefined && part.additionalProperties !== true) additional = part.additionalProperties;
    };
    visit(resolved);
    if (closed && additional === true) additional = false;
    view = { properties, required, additional };
    objectViews.set(resolved, view);
  }
  return view;
}

/** Whether the schema describes an object (by type, properties or `allOf`). */
export function isObjectSchema(schema: WireSchema): boolean {
  const resolved = resolve(schema);
  if (resolved.type === 'object') return true;
  if (resolved.type !== undefined) return false;
  if (resolved.properties || resolved.required) return true;
  return (resolved.allOf ?? []).some((branch) => isObjectSchema(branch));
}

/**
 * Whether `oneOf`/`anyOf` sit beside the schema's own properties, as constraints on them (`anyOf:
 * [{ required: ['domain'] }, { required: ['domains'] }]`), rather than being the schema's forms.
 */
export function hasOwnShape(schema: WireSchemaObject): boolean {
  return schema.properties !== undefined || schema.allOf !== undefined;
}

/** The `enum` of a string schema, as strings, or undefined. */
export function enumValues(schema: WireSchemaObject): readonly string[] | undefined {
  return schema.enum?.map((value) => String(value));
}

/** The first 2xx status an operation declares, and the schema of its answer. */
type Success = { status: number; schema: WireSchema | null | { contentType: string } };
/** Asked on every request: kept per operation. */
const successes = new WeakMap<WireOperation, Success>();

export function successOf(operation: WireOperation): Success {
  let success = successes.get(operation);
  if (!success) {
    const entry = Object.entries(operation.responses).find(([status]) => status.startsWith('2'));
    success = entry ? { status: Number(entry[0]), schema: entry[1] as Success['schema'] } : { status: 200, schema: null };
    successes.set(operation, success);
  }
  return success;
}

export function isContentResponse(schema: unknown): schema is { contentType: string; schema?: WireSchema } {
  return typeof schema === 'object' && schema !== null && 'contentType' in schema;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
