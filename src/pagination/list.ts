import { unusableAnswer } from '../core/errors.js';
import type { ClientContext, CallInput } from '../core/operation.js';
import type { DecodeState } from '../core/decoding.js';
import type { OperationRef } from '../generated/operations.js';
import { ListRequest, type ListOptions, type PagePosition, type PageResult } from './list-request.js';

/**
 * The list request of a list operation: pages through `op` with the strategy its table row
 * describes, decoding each item and wrapping it with `wrap` (a record class, usually).
 */
export function listOperation<T>(
  context: ClientContext,
  op: OperationRef,
  input: CallInput,
  options: ListOptions | undefined,
  wrap: (data: unknown) => T,
  records?: DecodeState['records'],
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
    const extraQuery = {
      ...(position.limit !== undefined ? { limit: position.limit } : {}),
      ...(position.offset !== undefined ? { offset: position.offset } : {}),
      ...(position.startingAfter !== undefined ? { starting_after: position.startingAfter } : {}),
      ...(info.paginated ? { paginated: true } : {}),
    };
    const requestOptions = callOptions && { ...callOptions, concurrency: undefined };
    const { data } = await context.send(op, { ...input, extraQuery }, requestOptions);
    // Lists that accept paginated=true answer with an envelope when asked, a bare array otherwise.
    const envelope = !Array.isArray(data) && data !== null && typeof data === 'object' ? (data as Record<string, unknown>) : undefined;
    const dataKey = info.dataKey || 'data';
    const rawItems = Array.isArray(data) ? data : envelope?.[dataKey];
    // An answer with no list in it is not an empty page: a walk would end there, as if the list had.
    if (!Array.isArray(rawItems)) {
      const schema = `${op.id} response`;
      const enveloped = info.shape === 'envelope' || info.paginated;
      if (enveloped && envelope) throw unusableAnswer(schema, 'an array', rawItems, dataKey);
      throw unusableAnswer(schema, enveloped ? `an object with a \`${dataKey}\` array` : 'an array', data);
    }
    const items = (await context.decode(op, rawItems, 'items', records)) as unknown[];
    const total = envelope?.total_count;
    return { items: items.map(wrap), totalCount: typeof total === 'number' ? total : undefined };
  };

  return new ListRequest<T>(
    { info, params: paging, fetch, warn: (message) => context.transport.logger.warn(message) },
    options,
  );
}
