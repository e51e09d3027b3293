/**
 * camelCase in TypeScript, snake_case on the wire, driven by per-schema key maps generated from
 * the spec. There is no blind deep conversion: only keys a schema declares are renamed, objects
 * the schema describes are walked with their own map, and everything else (metadata, free-form
 * objects) passes through untouched because it is the user's own data.
 *
 * A key the schema does not know (Clerk added a field) keeps its value as is and gets the
 * camelCase form of its name, so it is reachable the same way as the known ones.
 */

/**
 * A key map as the generator writes it: a thunk returning `[wireKey, nestedKeyMap?]` entries for the
 * keys that need more than plain re-casing (a nested described object, or a name whose camelCase
 * does not turn back into itself). Every other key is plain camelCase <-> snake_case.
 */
export type KeySpec = ReadonlyArray<readonly [string, (() => KeySpec)?]>;
export type KeyMap = () => KeySpec;

interface CompiledEntry {
  readonly name: string;
  readonly nested: KeyMap | undefined;
}
interface Compiled {
  readonly fromWire: ReadonlyMap<string, CompiledEntry>;
  readonly toWire: ReadonlyMap<string, CompiledEntry>;
}

const compiled = new WeakMap<KeyMap, Compiled>();

function compile(map: KeyMap): Compiled {
  let result = compiled.get(map);
  if (result === undefined) {
    const fromWire = new Map<string, CompiledEntry>();
    const toWire = new Map<string, CompiledEntry>();
    for (const [wireKey, nested] of map()) {
      const camelKey = camelCase(wireKey);
      fromWire.set(wireKey, { name: camelKey, nested });
      toWire.set(camelKey, { name: wireKey, nested });
    }
    result = { fromWire, toWire };
    compiled.set(map, result);
  }
  return result;
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

/** Renames a wire value into its TypeScript form with `map`. Arrays are mapped item by item. */
export function fromWire(value: unknown, map: KeyMap | undefined): unknown {
  return rename(value, map, 'fromWire');
}

/** Renames a TypeScript value into its wire form with `map`. Arrays are mapped item by item. */
export function toWire(value: unknown, map: KeyMap | undefined): unknown {
  return rename(value, map, 'toWire');
}

type Direction = 'fromWire' | 'toWire';

function rename(value: unknown, map: KeyMap | undefined, direction: Direction): unknown {
  if (map === undefined || value === null || typeof value !== 'object') return value;
  if (direction === 'toWire' && isBinary(value)) return value;
  if (Array.isArray(value)) return value.map((item) => rename(item, map, direction));
  const entries = compile(map)[direction];
  const renameUnknown = direction === 'fromWire' ? camelCase : snakeCase;
  const source = value as Record<string, unknown>;
  const target: Record<string, unknown> = {};
  for (const key in source) {
    const entry = entries.get(key);
    const item = source[key];
    if (entry === undefined) target[renameUnknown(key)] = item;
    else target[entry.name] = entry.nested === undefined ? item : rename(item, entry.nested, direction);
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
