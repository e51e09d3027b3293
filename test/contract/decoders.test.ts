import { describe, expect, inject, it } from 'vitest';
import { operationDecoders, operationTable as operations } from '../../src/generated/decoders/all.js';
import { type OperationId, type OperationInfo } from '../../src/generated/operations.js';
import { operationSchemas } from '../../src/generated/schemas.js';
import { Clerk } from '../../src/index.js';
import { loadCalls } from '../calls/index.js';

const { calls, prism } = await loadCalls();

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every path in a JSON value, leaves and containers. */
function paths(value: Json, prefix: Path = []): Path[] {
  const out: Path[] = [prefix];
  if (Array.isArray(value)) value.slice(0, 2).forEach((item, index) => out.push(...paths(item, [...prefix, index])));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...prefix, key]));
  return out;
}

/** `value` with every array cut to the two items that `paths` visits. */
function firstItems(value: Json): Json {
  if (Array.isArray(value)) return value.slice(0, 2).map(firstItems);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, firstItems(item)]));
  return value;
}

function mutate(value: Json, path: Path, change: (old: Json) => Json | undefined): Json {
  if (path.length === 0) return change(value) as Json;
  const copy = structuredClone(value) as { [key: string]: Json };
  let parent: { [key: string]: Json } = copy;
  for (const key of path.slice(0, -1)) parent = parent[key as string] as { [key: string]: Json };
  const last = path.at(-1)!;
  const next = change(parent[last as string]!);
  if (next === undefined) {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last as string];
  } else parent[last as string] = next;
  return copy;
}

const mutations: Array<[string, (old: Json) => Json | undefined]> = [
  ['removed', () => undefined],
  ['null', () => null],
  ['a number', () => 42],
  ['a string', () => 'text'],
  ['an object', () => ({ unexpected_key: 1 })],
  ['an array', () => []],
];

/**
 * The decoders are the fast path of every answer; zod, generated from the same spec, is the
 * authority. For real answers (Prism's, from Clerk's spec) and thousands of broken variants of
 * them, the decoder must flag a mismatch exactly when zod rejects the decoded value.
 */
describe('generated decoders agree with the zod schemas', () => {
  const table = (Object.values(operations) as OperationInfo[]).filter(
    (op) => op.response === 'json' && calls.has(op.id as OperationId) && prism.get(op.id as OperationId) === undefined,
  );

  it.each(table.map((op) => [op.id, op] as const))('%s', async (id, op) => {
    let raw: Json | undefined;
    const clerk = new Clerk({
      secretKey: 'sk_test_contract',
      apiUrl: inject('prismApiUrl'),
      maxRetries: 0,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        const text = await response.clone().text();
        raw = text ? (JSON.parse(text) as Json) : undefined;
        return response;
      },
    });
    await calls.get(id as OperationId)!(clerk);
    if (raw === undefined) return;
    // Mutations reach the first two items of every array only (see paths): the rest of a long list
    // would be cloned and parsed once per mutation for nothing.
    raw = firstItems(raw);

    const isList = op.list !== undefined && Array.isArray(raw);
    const decoder = isList ? operationDecoders[id]!.items! : operationDecoders[id]!.response!;
    const schemas = operationSchemas[id as keyof typeof operationSchemas] as { response?: () => { safeParse(v: unknown): { success: boolean } }; item?: () => { safeParse(v: unknown): { success: boolean } } };
    const zodAccepts = (value: unknown) =>
      isList ? (value as unknown[]).every((item) => schemas.item!().safeParse(item).success) : schemas.response!().safeParse(value).success;

    let compared = 0;
    const disagreements: string[] = [];
    for (const path of paths(raw)) {
      for (const [label, change] of mutations) {
        const broken = mutate(raw, path, change);
        if (isList && !Array.isArray(broken)) continue;
        const state = { ok: true };
        const decoded = decoder(broken, state);
        const zod = zodAccepts(decoded);
        compared += 1;
        if (state.ok !== zod) disagreements.push(`${path.join('.') || '(root)'} ${label}: decoder ${state.ok}, zod ${zod}`);
      }
    }
    expect(disagreements.slice(0, 10)).toEqual([]);
    expect(compared).toBeGreaterThan(0);
    // Prism generates each answer from the spec: on a loaded machine that alone takes seconds.
  }, 90_000);
});
