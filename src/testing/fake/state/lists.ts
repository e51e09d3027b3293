/** Ordering and paging of lists the way Clerk's API does it. */
import type { JsonObject } from '../wire.js';

export type SortKey<T> = (item: T) => string | number | null | undefined;

/**
 * Sorts by an `order_by` value: `field` or `+field` ascending, `-field` descending. Missing values
 * sort last either way; ties keep creation order (the order of `items`).
 */
export function sortBy<T>(items: readonly T[], orderBy: string, keys: Readonly<Record<string, SortKey<T>>>): T[] {
  const descending = orderBy.startsWith('-');
  const field = orderBy.replace(/^[+-]/, '');
  const key = keys[field];
  if (!key) return [...items];
  const decorated = items.map((item, index) => ({ item, index, value: key(item) }));
  decorated.sort((a, b) => {
    const aMissing = a.value === null || a.value === undefined || a.value === '';
    const bMissing = b.value === null || b.value === undefined || b.value === '';
    if (aMissing || bMissing) return aMissing === bMissing ? a.index - b.index : aMissing ? 1 : -1;
    const order = compare(a.value!, b.value!);
    return order === 0 ? a.index - b.index : descending ? -order : order;
  });
  return decorated.map((entry) => entry.item);
}

function compare(a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a).toLowerCase();
  const right = String(b).toLowerCase();
  return left < right ? -1 : left > right ? 1 : 0;
}

export interface Paging {
  readonly limit: number;
  readonly offset: number;
}

/** `limit` and `offset` of a query, with Clerk's default of 10 items. */
export function pagingOf(query: Readonly<Record<string, unknown>>, defaultLimit = 10): Paging {
  const limit = typeof query.limit === 'number' ? query.limit : defaultLimit;
  const offset = typeof query.offset === 'number' ? query.offset : 0;
  return { limit, offset };
}

export function pageOf<T>(items: readonly T[], paging: Paging): T[] {
  return items.slice(paging.offset, paging.offset + paging.limit);
}

/** `{ data, total_count }`, the envelope of most lists. */
export function envelope(data: unknown[], total: number, dataKey = 'data'): JsonObject {
  return { [dataKey]: data, total_count: total } as JsonObject;
}

/** Whether `text` contains `query`, ignoring case. */
export function containsText(text: string | null | undefined, query: string): boolean {
  return text !== null && text !== undefined && text.toLowerCase().includes(query.toLowerCase());
}

export function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : typeof value === 'string' ? [value] : undefined;
}
