import type { Clerk } from '../../src/index.js';
import type { OperationId } from '../../src/generated/operations.js';

/**
 * The fluent call that performs one operation, written as a user would write it. The same table
 * drives the nock coverage test (method and path), the Prism contract test (the request is valid,
 * the response parses) and the README's operation table (the call's source text).
 */
export type OperationCall = (clerk: Clerk) => PromiseLike<unknown>;

export type CallTable = Partial<Record<OperationId, OperationCall>>;

/**
 * Where the Prism contract test proves an operation: the current spec by default, the legacy
 * (2021-02-05) copy for operations only that version has, or nowhere when no spec describes the operation.
 */
export type PrismTarget = 'current' | 'legacy' | 'none';
