/**
 * The generated plain query checks (src/generated/decoders/, `operationQueries`) against the zod
 * query schemas they stand in for: whatever a check accepts, zod accepts, and the check's wire
 * object is what zod's answer becomes through the key map (toWire). A check that is unsure returns
 * `undefined` and zod decides, so for the values tried here both must also agree on acceptance,
 * or the fast path would be skipped where it should not be.
 */
import { describe, expect, it } from 'vitest';
import { toWire } from '../../src/core/casing.js';
import { operationQueries, operationTable as operations } from '../../src/generated/decoders/all.js';
import { operationSchemas } from '../../src/generated/schemas.js';
import { Clerk } from '../../src/index.js';

interface ZodLike {
  safeParse(value: unknown): { success: boolean; data?: unknown };
  _zod: { def: { shape?: Record<string, ZodLike>; innerType?: ZodLike }; values?: Set<unknown> };
}

/** The values a key is tried with: every kind of plain value, bounds, and the schema's own values. */
function candidates(schema: ZodLike): unknown[] {
  const own: unknown[] = [];
  for (let node: ZodLike | undefined = schema; node; node = node._zod.def.innerType) if (node._zod.values) own.push(...node._zod.values);
  const strings = own.filter((value): value is string => typeof value === 'string');
  return [
    undefined, null, '', 'a', 'user_123', 'abc', 'created_at', '-created_at', '+created_at', 'x'.repeat(300),
    'user_2x8abcdefghijklmnopqrstuvwx', 'mch_2x8abcdefghijklmnopqrstuvwx', 0, 1, -1, 10, 500, 501, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, true, false,
    [], ['a'], ['a', 'b'], [1], [null], ['a', 1], {}, { a: 1 },
    ...own, ...strings.map((value) => [value]), ...strings.map((value) => `-${value}`), ...strings.map((value) => `${value}x`),
  ];
}

const checked = Object.keys(operationQueries);

describe('the plain query checks', () => {
  it('stand in for zod on almost every operation with a query', () => {
    const withQuery = Object.values(operations).filter((op) => op.query && !op.body);
    expect(checked.length).toBeGreaterThanOrEqual(withQuery.length - 2);
    expect(checked.length).toBeGreaterThan(30);
  });

  it.each(checked)('%s: accepts exactly what zod accepts, and gives what zod gives', (id) => {
    const check = operationQueries[id]!;
    const { query, queryKeys } = operationSchemas[id]!;
    const schema = query!() as unknown as ZodLike;
    const shape = schema._zod.def.shape!;
    const required = Object.keys(shape).filter((key) => !shape[key]!.safeParse(undefined).success);
    const base = Object.fromEntries(required.map((key) => [key, candidates(shape[key]!).find((value) => value !== undefined && shape[key]!.safeParse(value).success)]));
    const tries: unknown[] = [base, null, [], 'limit=1', { ...base, notAParam: 1 }];
    for (const key of Object.keys(shape)) for (const value of candidates(shape[key]!)) tries.push({ ...base, [key]: value });
    if (required.length > 0) tries.push({});
    let accepted = 0;
    for (const params of tries) {
      const fast = check(params);
      const zod = schema.safeParse(params);
      expect({ params, accepted: fast !== undefined }).toEqual({ params, accepted: zod.success });
      if (fast !== undefined) {
        accepted++;
        expect(fast).toEqual(toWire(zod.data, queryKeys));
      }
    }
    expect(accepted).toBeGreaterThan(1);
  });
});

describe('a list call', () => {
  it('sends the checked params by their wire names, and zod still explains a bad one', async () => {
    const urls: string[] = [];
    const fetch = async (input: Request | URL | string) => {
      urls.push(String(input instanceof Request ? input.url : input));
      return new Response('[]', { headers: { 'content-type': 'application/json' } });
    };
    const clerk = new Clerk({ secretKey: 'sk_test_query_checks', fetch });
    await clerk.users.list({ limit: 3, orderBy: '-created_at', emailAddress: ['a@example.com', 'b@example.com'] });
    const url = new URL(urls[0]!);
    expect(url.searchParams.get('limit')).toBe('3');
    expect(url.searchParams.get('order_by')).toBe('-created_at');
    expect(url.searchParams.getAll('email_address').length + url.searchParams.getAll('email_address[]').length).toBe(2);
    await expect(clerk.users.list({ limit: 0 })).rejects.toThrow(/limit.*at least 1/);
    expect(urls).toHaveLength(1);
  });
});
