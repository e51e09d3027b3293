/**
 * The runtime of the generated decoders (src/generated/decoders/, written by
 * scripts/generator/emit-decoders.ts): the state they note mismatches in, and the few helpers they
 * call. Hand-written and type-checked; the decoders import it, and nothing here imports them.
 *
 * Kept small and monomorphic: every function runs once per decoded object (or per unknown key).
 */
import type { OperationRow } from '../generated/operations.js';
import { camelCase } from './casing.js';

/** A parsed JSON object as a decoder reads it: wire (snake_case) keys. */
export type WireObject = { readonly [key: string]: unknown };

/** An object a decoder writes: camelCase keys. */
export type Fields = { [key: string]: unknown };

/** Query params as the generated query checks return them: keyed by wire (spec) name, as given. */
export type WireQuery = { [wireName: string]: unknown };

/** Factories by schema name: the decoders make the objects of those schemas with them (records). */
export type RecordFactories = { readonly [schema: string]: () => object };

/** Decoding state: `ok` turns false at the first field that does not match its schema. */
export interface DecodeState {
  ok: boolean;
  /** Factories by schema name: the objects of those schemas are made by them (records) instead of `{}`. */
  records?: RecordFactories | undefined;
}

/** camelCases a parsed JSON value and checks it against its schema, noting mismatches in `state`. */
export type Decoder = (value: unknown, state: DecodeState) => unknown;

/** The decoders of one operation's answer (`items`: those of a list page's items). */
export interface OperationDecoders {
  readonly response?: Decoder;
  readonly items?: Decoder;
}

/**
 * The plain check of an operation's query params: them keyed by wire name, or `undefined` when
 * they may not pass (zod then decides).
 */
export type QueryCheck = (params: unknown) => WireQuery | undefined;

/**
 * One API group's generated module (src/generated/decoders/), loaded on the group's first call:
 * its operations' rows (what src/generated/operations.ts does not hold), decoders and query
 * checks, by operationId.
 */
export interface DecoderGroup {
  readonly operationRows: Readonly<Record<string, OperationRow>>;
  readonly operationDecoders: Readonly<Record<string, OperationDecoders>>;
  readonly operationQueries: Readonly<Record<string, QueryCheck>>;
}

/** The number of keys of a parsed object, counted without allocating an array of them. */
export function countKeys(v: WireObject): number {
  let count = 0;
  for (const _key in v) count++;
  return count;
}

/**
 * Keys the schema does not declare, on an object that allows no keys of its own: fields Clerk
 * added after this spec, kept and reachable under their camelCase name, their values untouched.
 */
export function copyUnknown(v: WireObject, r: Fields, known: ReadonlySet<string>): void {
  for (const key in v) if (!known.has(key)) r[camelCase(key)] = v[key];
}

/**
 * Keys the schema does not declare, on an object that allows keys of its own (the spec's
 * `additionalProperties`): the sender's own data, kept as sent, values untouched.
 */
export function copyExtra(v: WireObject, r: Fields, known: ReadonlySet<string>): void {
  for (const key in v) if (!known.has(key)) r[key] = v[key];
}

/** The object a record schema's decoder fills: a record from the caller's factory, or `{}`. */
export function newObject(records: RecordFactories, schema: string): Fields {
  const factory = records[schema];
  return factory === undefined ? {} : (factory() as Fields);
}

/**
 * Every key of an object re-cased, values untouched: for an object of a union variant this spec
 * does not know (a value that is not an object is returned as it is).
 */
export function renameAll(v: unknown): unknown {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
  const r: Fields = {};
  for (const key in v) r[camelCase(key)] = (v as WireObject)[key];
  return r;
}
