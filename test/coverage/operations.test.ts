import { readFileSync } from 'node:fs';
import nock from 'nock';
import { operationSchemas } from '../../src/generated/schemas.js';
import { describe, expect, it } from 'vitest';
import { type OperationId, type OperationInfo } from '../../src/generated/operations.js';
import { operationTable as operations } from '../../src/generated/decoders/all.js';
import { API, newClerk } from '../helpers.js';
import { loadCalls } from '../calls/index.js';

const { calls } = await loadCalls();
const table = Object.values(operations) as OperationInfo[];

/** The seed's 120 operations (copied into test/fixtures by `npm run vendor-spec`). */
const seed = readFileSync(new URL('../fixtures/seed-operations.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line && !line.startsWith('#'))
  .map((line) => {
    const [rubyClass, rubyMethod, method, path] = line.split('\t');
    return { rubyClass: rubyClass!, rubyMethod: rubyMethod!, method: method!, path: path! };
  });

function templateRegex(template: string): RegExp {
  return new RegExp(`^/v1${template.replace(/\{[^}]+\}/g, '[^/]+')}(\\?.*)?$`);
}

/** The operation a request resolves to: the matching template with the most literal segments. */
function resolve(method: string, path: string): OperationInfo | undefined {
  const candidates = table.filter((op) => op.method === method && templateRegex(op.path).test(path));
  const literals = (op: OperationInfo) => op.path.split('/').filter((part) => part && !part.startsWith('{')).length;
  return candidates.sort((a, b) => literals(b) - literals(a))[0];
}

function replyFor(op: OperationInfo): [number, unknown] {
  if (op.response === 'empty') return [204, ''];
  if (op.response === 'text') return [200, '<html></html>'];
  if (op.list) return [200, op.list.shape === 'array' ? [] : { [op.list.dataKey || 'data']: [], total_count: 0 }];
  // Operations answering a bare array (bulk creations, bulk bans) get an empty one, those answering
  // a { data, total_count } envelope an empty envelope; the rest an object.
  // The zod schemas check decoded (camelCase) answers: each candidate is [as sent, as decoded].
  const response = operationSchemas[op.id]?.response?.();
  const answers = [[[], []], [{}, {}], [{ data: [], total_count: 0 }, { data: [], totalCount: 0 }]] as const;
  return [200, answers.find(([, decoded]) => response?.safeParse(decoded).success)?.[0] ?? {}];
}

describe('the seed', () => {
  it.each(seed.map((row) => [`${row.rubyClass}#${row.rubyMethod}`, row] as const))('%s has an operation and a fluent call', (_, row) => {
    const op = table.find((candidate) => candidate.method === row.method && candidate.path === row.path);
    expect(op, `${row.method} ${row.path} is in the operation table`).toBeDefined();
    expect(calls.has(op!.id as OperationId), `${op!.id} has a fluent call in test/calls`).toBe(true);
  });
});

describe('every operation of the table', () => {
  it('has a fluent call', () => {
    const missing = table.filter((op) => !calls.has(op.id as OperationId)).map((op) => `${op.id} (${op.method} ${op.path})`);
    expect(missing).toEqual([]);
  });

  const withCalls = table.filter((op) => calls.has(op.id as OperationId));
  it.each(withCalls.map((op) => [op.id, op] as const))('%s sends its method and path', async (id, op) => {
    const seen: Array<{ method: string; path: string }> = [];
    const scope = nock(API).persist();
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      scope.intercept(() => true, method).reply(function () {
        seen.push({ method: this.req.method, path: this.req.path });
        return replyFor(op);
      });
    }
    const clerk = newClerk({ maxRetries: 0, logger: { warn: () => undefined } });
    await calls.get(id as OperationId)!(clerk);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe(op.method);
    expect(seen[0]!.path).toMatch(templateRegex(op.path));
    expect(resolve(seen[0]!.method, seen[0]!.path)?.id).toBe(id);
  });
});
