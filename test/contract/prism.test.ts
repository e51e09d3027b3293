import { describe, expect, inject, it } from 'vitest';
import { type OperationId, type OperationInfo } from '../../src/generated/operations.js';
import { operationTable as operations } from '../../src/generated/decoders/all.js';
import { Clerk } from '../../src/index.js';
import { loadCalls } from '../calls/index.js';

const { calls, prism } = await loadCalls();
const table = (Object.values(operations) as OperationInfo[]).filter((op) => calls.has(op.id as OperationId));

/**
 * Every operation against Prism serving Clerk's own spec: Prism answers 4xx (422, 415, …) when a
 * request breaks the spec, and our strict response check throws when its answer does not parse.
 */
describe('contract: every operation against Prism', () => {
  const current = new Clerk({ secretKey: 'sk_test_contract', apiUrl: inject('prismApiUrl'), strictResponses: true, maxRetries: 0 });
  const legacy = new Clerk({ secretKey: 'sk_test_contract', apiUrl: inject('prismLegacyApiUrl'), strictResponses: true, maxRetries: 0 });

  const proven = table.filter((op) => prism.get(op.id as OperationId) !== 'none');
  it.each(proven.map((op) => [op.id, op] as const))('%s', async (id) => {
    const clerk = prism.get(id as OperationId) === 'legacy' ? legacy : current;
    await expect(Promise.resolve(calls.get(id as OperationId)!(clerk))).resolves.not.toThrow();
  });

  it('only operations no vendored spec describes are left to nock', () => {
    const skipped = table.filter((op) => prism.get(op.id as OperationId) === 'none').map((op) => op.id);
    expect(skipped).toEqual(['CreateUserTOTP']);
  });
});
