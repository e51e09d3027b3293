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
 * How one schema's keys are renamed. For each wire key: the camelCase key, and for values that are
 * objects (or arrays of objects) described by a schema, that schema's map. Maps are built on first
 * use, and may refer to themselves.
 */
export interface KeyMap {
  /** wire key -> TypeScript key */
  readonly fromWire: ReadonlyMap<string, KeyEntry>;
  /** TypeScript key -> wire key */
  readonly toWire: ReadonlyMap<string, KeyEntry>;
}

export interface KeyEntry {
  readonly name: string;
  /** The map of the nested object, or `undefined` for a value copied as is. */
  readonly nested: (() => KeyMap) | undefined;
}

/** A compact description of a map, as the generator writes it: `[wireKey, nested?]`. */
export type KeyMapSpec = ReadonlyArray<readonly [wireKey: string, nested?: () => KeyMap]>;

/** Builds a {@link KeyMap} from the generator's compact form. */
export function keyMap(spec: KeyMapSpec): KeyMap {
  const fromWire = new Map<string, KeyEntry>();
  const toWire = new Map<string, KeyEntry>();
  for (const [wireKey, nested] of spec) {
    const camelKey = camelCase(wireKey);
    fromWire.set(wireKey, { name: camelKey, nested });
    toWire.set(camelKey, { name: wireKey, nested });
  }
  return { fromWire, toWire };
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
  if (map === undefined || value === null || typeof value !== 'object' || isBinary(value)) return value;
  if (Array.isArray(value)) return value.map((item) => rename(item, map, direction));
  const entries = map[direction];
  const renameUnknown = direction === 'fromWire' ? camelCase : snakeCase;
  const source = value as Record<string, unknown>;
  const target: Record<string, unknown> = {};
  for (const key in source) {
    const entry = entries.get(key);
    const item = source[key];
    if (entry === undefined) target[renameUnknown(key)] = item;
    else target[entry.name] = entry.nested === undefined ? item : rename(item, entry.nested(), direction);
  }
  return target;
}

function isBinary(value: object): boolean {
  return (
    ArrayBuffer.isView(value) ||
    value instanceof ArrayBuffer ||
    (typeof Blob !== 'undefined' && value instanceof Blob) ||
    (typeof FormData !== 'undefined' && value instanceof FormData)
  );
}
