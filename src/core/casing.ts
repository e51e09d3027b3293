/**
 * camelCase in TypeScript, snake_case on the wire, driven by per-schema key maps generated from
 * the spec. There is no blind deep conversion: the keys of objects a schema describes are renamed,
 * and everything else (metadata, free-form objects) passes through untouched, because it is the
 * user's own data.
 *
 * This module renames request params for the wire. Answers are renamed by the generated decoders
 * (src/generated/decoders.ts), which apply the same rules in one pass with the checks.
 */

/**
 * A key map as the generator writes it: a thunk returning `[wireKey, nestedKeyMap?]` entries for the
 * keys that need more than plain re-casing (a nested described object, or a name whose camelCase
 * does not turn back into itself). Every other key is plain camelCase -> snake_case.
 */
export type KeySpec = ReadonlyArray<readonly [string, (() => KeySpec)?]>;
export type KeyMap = () => KeySpec;

interface Entry {
  readonly wireKey: string;
  readonly nested: KeyMap | undefined;
}

const compiled = new WeakMap<KeyMap, ReadonlyMap<string, Entry>>();

/** The map's entries by TypeScript key, built once per map. */
function entriesOf(map: KeyMap): ReadonlyMap<string, Entry> {
  let entries = compiled.get(map);
  if (entries === undefined) {
    entries = new Map(map().map(([wireKey, nested]) => [camelCase(wireKey), { wireKey, nested }] as const));
    compiled.set(map, entries);
  }
  return entries;
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
 * without a map (metadata, files) are copied as they are.
 */
export function toWire(value: unknown, map: KeyMap | undefined): unknown {
  if (map === undefined || value === null || typeof value !== 'object' || isBinary(value)) return value;
  if (Array.isArray(value)) return value.map((item) => toWire(item, map));
  const entries = entriesOf(map);
  const source = value as Record<string, unknown>;
  const target: Record<string, unknown> = {};
  for (const key in source) {
    const entry = entries.get(key);
    if (entry === undefined) target[snakeCase(key)] = source[key];
    else target[entry.wireKey] = entry.nested === undefined ? source[key] : toWire(source[key], entry.nested);
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
