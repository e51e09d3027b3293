import { isJsonObject, type Json, type JsonObject } from '../wire.js';

/**
 * Clerk's metadata merge (`PATCH …/metadata`): nested objects merge key by key, any other value
 * replaces what was there, and `null` removes the key, at any depth.
 */
export function mergeMetadata(current: JsonObject, patch: JsonObject): JsonObject {
  const merged: JsonObject = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete merged[key];
    else if (isJsonObject(value) && isJsonObject(merged[key])) merged[key] = mergeMetadata(merged[key] as JsonObject, value);
    else merged[key] = withoutNulls(value);
  }
  return merged;
}

/** A value stored under a new key: `null`s inside it mean nothing to remove, so they go. */
function withoutNulls(value: Json): Json {
  if (!isJsonObject(value)) return structuredClone(value);
  const copy: JsonObject = {};
  for (const [key, item] of Object.entries(value)) if (item !== null) copy[key] = withoutNulls(item);
  return copy;
}

export const METADATA_FIELDS = ['public_metadata', 'private_metadata', 'unsafe_metadata'] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

/** Applies a metadata body to a record: merged (`PATCH`) or each given field replaced (`PUT`). */
export function applyMetadata<R extends Partial<Record<MetadataField, JsonObject>>>(
  record: R,
  body: Readonly<Record<string, unknown>>,
  mode: 'merge' | 'replace',
  fields: readonly MetadataField[] = METADATA_FIELDS,
): void {
  for (const field of fields) {
    const value = body[field];
    if (!isJsonObject(value)) continue;
    const current = record[field] ?? {};
    (record as Record<MetadataField, JsonObject>)[field] = mode === 'merge' ? mergeMetadata(current, value) : (structuredClone(value) as JsonObject);
  }
}
