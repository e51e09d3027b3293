/**
 * The runtime of the generated zod schemas (src/generated/schemas.ts, written by
 * scripts/generator/emit-zod.ts): the builders they are made of besides zod's own. Only the
 * generated schema module imports this, so zod loads with it, on first use, never at start-up.
 */
import type { LiteralUnion } from 'type-fest';
import * as z from 'zod/mini';
import type { Upload } from '../generated/types.js';

/** Builds a schema on first use and keeps it: importing the schema module builds nothing. */
export function lazy<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/** Known values typed for autocomplete; any other string accepted, so a value Clerk adds later passes. */
export function openEnum<const T extends readonly string[]>(_known: T): z.ZodMiniType<LiteralUnion<T[number], string>> {
  return z.string() as z.ZodMiniType<LiteralUnion<T[number], string>>;
}

/**
 * A discriminated union that also accepts an object of a variant Clerk adds later, tagged with a
 * value none of the known variants has (typed as the known variants). Known tags stay strict.
 */
export function discriminated<const V extends readonly [z.core.$ZodTypeDiscriminable, ...z.core.$ZodTypeDiscriminable[]]>(
  key: string,
  tags: readonly string[],
  variants: V,
): z.ZodMiniDiscriminatedUnion<V> {
  const known = z.discriminatedUnion(key, variants);
  const later = z.object({ [key]: z.string().check(z.refine((tag) => !tags.includes(tag))) });
  return z.union([known, later]) as unknown as typeof known;
}

/** A file to upload, in any of the forms {@link Upload} names. */
export function upload(): z.ZodMiniType<Upload> {
  return z.custom<Upload>(
    (value) =>
      (typeof Blob !== 'undefined' && value instanceof Blob) ||
      value instanceof ArrayBuffer ||
      ArrayBuffer.isView(value) ||
      (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) ||
      (value !== null && typeof value === 'object' && Symbol.asyncIterator in value),
    { message: 'expected a Blob, File, Buffer, Uint8Array or readable stream' },
  );
}

/**
 * An ordering of a list (`order_by`): one of the fields, as it is or prefixed with `+` (ascending)
 * or `-` (descending). A plain enum of every form, so that it converts to JSON Schema; typed as the
 * template it is.
 */
export function ordering<const F extends readonly string[]>(fields: F): z.ZodMiniType<`${'' | '+' | '-'}${F[number]}`> {
  return z.enum(fields.flatMap((field) => [field, `+${field}`, `-${field}`])) as unknown as z.ZodMiniType<`${'' | '+' | '-'}${F[number]}`>;
}

/** A value of a fixed set, or one of them prefixed with `-` to exclude it instead. */
export function excludable<const V extends readonly string[]>(values: V): z.ZodMiniType<`${'' | '-'}${V[number]}`> {
  return z.enum(values.flatMap((value) => [value, `-${value}`])) as unknown as z.ZodMiniType<`${'' | '-'}${V[number]}`>;
}

/** A string of a fixed format, checked with `pattern`; typed as `T`, the format as a template literal type. */
export function formatted<T extends string>(pattern: string): z.ZodMiniType<T> {
  return z.string().check(z.regex(new RegExp(pattern))) as unknown as z.ZodMiniType<T>;
}
