/**
 * camelCase in TypeScript, snake_case on the wire, driven by per-schema key maps generated from
 * the spec. There is no blind deep conversion: the keys a schema declares are renamed, and
 * everything else (metadata, free-form objects, the keys of their own that objects with
 * `additionalProperties` carry) passes through untouched, because it is the user's own data.
 *
 * This module renames request params for the wire. Answers are renamed by the generated decoders
 * (src/generated/decoders/), which apply the same rules in one pass with the checks.
 */

/** One entry of a key map: a wire key, and the key map of its value when that is a described object. */
export type KeyEntry = readonly [wireKey: string, nested?: KeyMap];

/**
 * A key map as the generator writes it (a thunk, so maps can refer to each other), in one of two
 * forms:
 *
 * - an array, for an object that allows no keys of its own: entries for the keys that need more
 *   than re-casing (a nested described object, or a name whose camelCase does not turn back into
 *   itself). Every other key is plain camelCase -> snake_case.
 * - `{ open, values? }`, for an object that allows keys of its own (the spec's
 *   `additionalProperties`): `open` lists every key the schema declares, re-cased as above. Any
 *   other key is the caller's own and is sent as written, its value through `values` when the
 *   schema describes it (copied as it is otherwise).
 */
export type KeySpec = readonly KeyEntry[] | { readonly open: readonly KeyEntry[]; readonly values?: KeyMap };
export type KeyMap = () => KeySpec;

interface Entry {
  readonly wireKey: string;
  readonly nested: KeyMap | undefined;
}

interface CompiledMap {
  /** Entries by TypeScript key. */
  readonly entries: ReadonlyMap<string, Entry>;
  /** Whether keys the map does not list are the caller's own (kept as written). */
  readonly open: boolean;
  /** The map of the values of the caller's own keys, when they are described objects. */
  readonly values: KeyMap | undefined;
}

const compiled = new WeakMap<KeyMap, CompiledMap>();

/** The map in the form {@link toWire} reads, built once per map. */
function compile(map: KeyMap): CompiledMap {
  let result = compiled.get(map);
  if (result === undefined) {
    const spec = map();
    const list = isOpen(spec) ? spec.open : spec;
    result = {
      entries: new Map(list.map(([wireKey, nested]) => [camelCase(wireKey), { wireKey, nested }] as const)),
      open: isOpen(spec),
      values: isOpen(spec) ? spec.values : undefined,
    };
    compiled.set(map, result);
  }
  return result;
}

function isOpen(spec: KeySpec): spec is { readonly open: readonly KeyEntry[]; readonly values?: KeyMap } {
  return !Array.isArray(spec);
}

const camelCache = new Map<string, string>();

/** `first_name` -> `firstName`; `totp_enabled` -> `totpEnabled`. Leaves camelCase input alone. */
export function camelCase(key: string): string {
  let result = camelCache.get(key);
  if (result === undefined) {
    result = key.replace(/_([a-z0-9])/g, (_, ch: string) => ch.toUpperCase());
    if (camelCache.size < 10_000) camelCache.set(key, result);
  }
  return result;
}

/** `firstName` -> `first_name`. */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
}

/**
 * Renames a TypeScript value into its wire form with `map`. Arrays are mapped item by item; values
 * without a map (metadata, files) are copied as they are, and so are the keys an open object's
 * caller chose (see {@link KeySpec}).
 */
export function toWire(value: unknown, map: KeyMap | undefined): unknown {
  if (map === undefined || value === null || typeof value !== 'object' || isBinary(value)) return value;
  if (Array.isArray(value)) return value.map((item) => toWire(item, map));
  const { entries, open, values } = compile(map);
  const source = value as Record<string, unknown>;
  const target: Record<string, unknown> = {};
  for (const key in source) {
    const entry = entries.get(key);
    if (entry !== undefined) target[entry.wireKey] = entry.nested === undefined ? source[key] : toWire(source[key], entry.nested);
    else if (!open) target[snakeCase(key)] = source[key];
    else target[key] = values === undefined ? source[key] : toWire(source[key], values);
  }
  return target;
}

function isBinary(value: object): boolean {
  return (
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    (typeof Blob !== 'undefined' && value instanceof Blob) ||
    (typeof FormData !== 'undefined' && value instanceof FormData) ||
    (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) ||
    Symbol.asyncIterator in value
  );
}
