import type { z } from 'zod';
import type { ClientContext, CallInput } from '../core/operation.js';
import { loadSchemas } from '../core/operation.js';
import type { OperationInfo } from '../generated/operations.js';
import { ListRequest, type ListOptions, type PagePosition, type PageResult } from './list-request.js';

const arraySchemas = new WeakMap<() => z.ZodType, z.ZodType>();

function arrayOf(item: () => z.ZodType): z.ZodType {
  let schema = arraySchemas.get(item);
  if (!schema) {
    schema = item().array();
    arraySchemas.set(item, schema);
  }
  return schema;
}

/**
 * The list request of a list operation: pages through `op` with the strategy its table row
 * describes, decoding each item and wrapping it with `wrap` (a record class, usually).
 */
export function listOperation<T>(
  context: ClientContext,
  op: OperationInfo,
  input: CallInput,
  options: ListOptions | undefined,
  wrap: (data: unknown) => T,
): ListRequest<T> {
  const info = op.list;
  if (!info) throw new Error(`${op.id} is not a list operation`);
  const params = (input.params ?? {}) as Record<string, unknown>;
  const paging = {
    limit: typeof params.limit === 'number' ? params.limit : undefined,
    offset: typeof params.offset === 'number' ? params.offset : undefined,
    orderBy: typeof params.orderBy === 'string' ? params.orderBy : undefined,
    startingAfter: typeof params.startingAfter === 'string' ? params.startingAfter : undefined,
  };

  const fetch = async (position: PagePosition, callOptions: ListOptions | undefined): Promise<PageResult<T>> => {
    const schemas = await loadSchemas(op.id);
    const extraQuery = {
      ...(position.limit !== undefined ? { limit: position.limit } : {}),
      ...(position.offset !== undefined ? { offset: position.offset } : {}),
      ...(position.startingAfter !== undefined ? { starting_after: position.startingAfter } : {}),
      ...(info.paginated ? { paginated: true } : {}),
    };
    const requestOptions = callOptions && { ...callOptions, concurrency: undefined };
    const { data } = await context.send(op, schemas, { ...input, extraQuery }, requestOptions);
    const envelope = !Array.isArray(data) && data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
    const rawItems = Array.isArray(data) ? data : envelope?.[info.dataKey || 'data'];
    if (!Array.isArray(rawItems)) {
      context.decode(op, data, schemas.response, schemas.responseKeys, 'response');
      return { items: [], totalCount: undefined };
    }
    const items = context.decode(op, rawItems, schemas.item && (() => arrayOf(schemas.item!)), schemas.itemKeys, 'items') as unknown[];
    const total = envelope?.total_count;
    return { items: items.map(wrap), totalCount: typeof total === 'number' ? total : undefined };
  };

  return new ListRequest<T>(
    { info, params: paging, fetch, warn: (message) => context.transport.logger.warn(message) },
    options,
  );
}
