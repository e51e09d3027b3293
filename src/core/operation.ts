import { operationInfo, type OperationInfo, type OperationRef } from '../generated/operations.js';
import { decoderGroups } from '../generated/decoders/index.js';
import type { DecodeState, DecoderGroup, OperationDecoders, QueryCheck, RecordFactories } from './decoding.js';
import { toWire, type KeyMap } from './casing.js';
import { ClerkValidationError, type ValidationIssue } from './errors.js';
import type { RequestOptions } from './options.js';
import { lazy } from './lazy.js';
import { buildPath } from './path.js';
import { preloadTransport, type QueryValue, type Transport, type WireRequest, type WireResponse } from './transport.js';
import { reportMismatch, schemaIssues, type ResponsePolicy } from './response-policy.js';
import { validateInput, type Schema } from './validation.js';

/** The zod schemas and key maps of one operation, from the generated schema module. */
export interface OperationSchemas {
  readonly query?: () => Schema;
  readonly queryKeys?: KeyMap;
  readonly body?: () => Schema;
  readonly bodyKeys?: KeyMap;
  readonly response?: () => Schema;
  readonly item?: () => Schema;
}

type SchemaModule = { operationSchemas: Record<string, OperationSchemas> };

/**
 * The generated zod schemas load on the first call that needs them, not at import: zod and several
 * hundred schema definitions stay off the start-up path of applications that import the client.
 */
const schemaModule = lazy(() => import('../generated/schemas.js') as Promise<unknown> as Promise<SchemaModule>);

/** The zod schemas of operation `id` (none for an operation without params or answer). */
export function loadSchemas(id: string): Promise<OperationSchemas> {
  return schemaModule().then((module) => module.operationSchemas[id] ?? {});
}

const groupModules = new Map<string, Promise<DecoderGroup>>();

/**
 * An API group's generated module (src/generated/decoders/), loaded on the group's first call: the
 * rows of its operations, their decoders (plain JavaScript, no zod) and query checks. A users
 * listing loads and compiles the users module and what it shares with other groups, not every
 * operation's (bench/RESULTS.md, the first answer in a fresh process and the bundle).
 */
function loadGroup(group: string): Promise<DecoderGroup> {
  let module = groupModules.get(group);
  if (module === undefined) {
    const load = decoderGroups[group];
    if (load === undefined) throw new Error(`clerk-fluent: no generated module for the API group ${group}`);
    module = load();
    groupModules.set(group, module);
  }
  return module;
}

/**
 * An operation as a call runs it: its full row, its answer's decoders, and the plain check of its
 * query when its params are all plain values (the check lives with the decoders, which the answer
 * needs anyway, so a list call sends its request without loading zod and the schemas: measured
 * on a fresh process's first `users.list()`, zod's import was the largest single cost).
 */
interface Runnable {
  readonly op: OperationInfo;
  readonly decoders: OperationDecoders;
  readonly query: QueryCheck | undefined;
}

const runnables = new Map<string, Runnable>();

/** The runnable form of `ref`, from its group's module: made once per operation, then read from `runnables`. */
async function runnable(ref: OperationRef): Promise<Runnable> {
  const module = await loadGroup(ref.group);
  const row = module.operationRows[ref.id];
  if (row === undefined) throw new Error(`clerk-fluent: the ${ref.group} module has no row for ${ref.id}`);
  const made: Runnable = { op: operationInfo(ref, row), decoders: module.operationDecoders[ref.id] ?? {}, query: module.operationQueries[ref.id] };
  runnables.set(ref.id, made);
  return made;
}

/** What a resource method hands to {@link ClientContext.call}. */
export interface CallInput {
  /** Path parameter values by wire name (`user_id`). */
  readonly path?: Readonly<Record<string, unknown>>;
  /** The method's params object, camelCase: the query for reads, the body for writes. */
  readonly params?: unknown;
  /** Wire query parameters added by the pagination engine after validation. */
  readonly extraQuery?: Readonly<Record<string, string | number | boolean | undefined>>;
  /**
   * How the user reached the method's object (`clerk.organizations(…).memberships`; a `{wire_name}`
   * is filled from `path`) and the method (`create`): errors name the call the user wrote by them.
   */
  readonly fluentPath?: string;
  readonly method?: string;
}

/**
 * The call as the user wrote it, for messages: `clerk.organizations(…).memberships.create`. Built
 * only when a message needs it; without a fluent path, the spec's group and name.
 */
export function callName(op: OperationInfo, input: CallInput): string {
  if (input.fluentPath === undefined || input.method === undefined) return `${op.group}.${op.name}`;
  const path = input.fluentPath.replace(/\{(\w+)\}/g, (_, wire: string) => String(input.path?.[wire] ?? '…'));
  return `${path}.${input.method}`;
}

/**
 * What every resource call goes through: input validation, the wire form, the transport, and the
 * response policy (warn once per schema, or throw with `strictResponses`).
 */
export class ClientContext {
  readonly transport: Transport;
  readonly #warned = new Set<string>();

  constructor(transport: Transport) {
    this.transport = transport;
  }

  /** Sends one operation and returns its response body, camelCase and checked. */
  async call(ref: OperationRef, input: CallInput, options?: RequestOptions, records?: RecordFactories): Promise<unknown> {
    const response = await this.send(ref, input, options);
    return this.#decode(runnables.get(ref.id) ?? (await runnable(ref)), response.data, 'response', records);
  }

  /** Validates the input and sends the request; the caller decodes the answer ({@link decode}). */
  async send(ref: OperationRef, input: CallInput, options?: RequestOptions): Promise<WireResponse> {
    preloadTransport();
    return this.transport.request(await this.prepare(ref, input), options);
  }

  /** The request `input` makes of `ref`, validated: what {@link send} hands the transport. */
  async prepare(ref: OperationRef, input: CallInput): Promise<WireRequest> {
    return this.#prepare(runnables.get(ref.id) ?? (await runnable(ref)), input);
  }

  /**
   * camelCases an answer and checks it with the operation's generated decoder (`items`: the items
   * of a list page). A mismatch is described by the zod schema, then warned once per schema, or
   * thrown with `strictResponses`; the data is returned as received otherwise. With `records`
   * (factories by schema name), the decoder allocates records of those schemas instead of plain
   * objects.
   */
  async decode(ref: OperationRef, data: unknown, part: 'response' | 'items', records?: RecordFactories): Promise<unknown> {
    return this.#decode(runnables.get(ref.id) ?? (await runnable(ref)), data, part, records);
  }

  async #prepare({ op, query }: Runnable, input: CallInput): Promise<WireRequest> {
    const params = () => `${callName(op, input)} params`;
    const camelName = (wire: string) => op.pathParams.find(([name]) => name === wire)?.[1] ?? wire;
    const request: { -readonly [K in keyof WireRequest]: WireRequest[K] } = {
      method: op.method,
      path: buildPath(op.path, input.path ?? {}, camelName),
    };
    if (op.response === 'text') request.responseType = 'text';

    if (op.query && !op.body) {
      // What the plain check accepts, zod accepts too and returns unchanged; anything else goes to zod.
      const wire = query?.(input.params ?? {});
      if (wire) {
        // Checked plain values (strings, numbers, booleans, arrays of them), as zod would return them.
        request.query = { ...(wire as Record<string, QueryValue>), ...input.extraQuery };
        return request;
      }
    }
    if (op.query || op.body) {
      const schemas = await loadSchemas(op.id);
      if (op.query && schemas.query) {
        const query = validateInput(schemas.query(), input.params ?? {}, params);
        request.query = { ...(toWire(query, schemas.queryKeys) as Record<string, never>), ...input.extraQuery };
        return request;
      }
      if (op.body && schemas.body) {
        const body = validateInput(schemas.body(), input.params ?? {}, params);
        const wire = toWire(body, schemas.bodyKeys);
        request.body = op.body === 'multipart' ? await toFormData(wire as Record<string, unknown>) : wire;
        return request;
      }
    }
    if (input.params !== undefined && !isEmptyObject(input.params)) {
      throw new ClerkValidationError(`${callName(op, input)} takes no params`, [{ path: '', message: 'takes no params' }]);
    }
    if (input.extraQuery) request.query = input.extraQuery;
    return request;
  }

  async #decode({ op, decoders }: Runnable, data: unknown, part: 'response' | 'items', records?: RecordFactories): Promise<unknown> {
    if (op.response !== 'json' || data === undefined) return data;
    const decoder = decoders[part];
    if (!decoder) return data;
    const state: DecodeState = { ok: true, records };
    const value = decoder(data, state);
    if (!state.ok) await this.#mismatch(op, part, value);
    return value;
  }

  async #mismatch(op: OperationInfo, part: 'response' | 'items', value: unknown): Promise<void> {
    const schemas = await loadSchemas(op.id);
    const schema = part === 'items' ? schemas.item : schemas.response;
    if (!schema) return;
    const issues: ValidationIssue[] =
      part === 'items' && Array.isArray(value)
        ? value.flatMap((item, index) => schemaIssues(schema(), item, `[${index}]`))
        : schemaIssues(schema(), value, '');
    // The decoder and zod are generated from the same spec; zod has the last word.
    this.reportMismatch(`${op.id} ${part}`, issues);
  }

  /**
   * The response policy for data from Clerk checked outside {@link decode} (a webhook event):
   * nothing without issues, a `ClerkResponseValidationError` with `strictResponses`, else a
   * warning once per `name`. `policy` replaces the client's settings for one call.
   */
  reportMismatch(name: string, issues: readonly ValidationIssue[], policy: ResponsePolicy = this.transport): void {
    reportMismatch(policy, this.#warned, name, issues);
  }
}

function isEmptyObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && Object.keys(value).length === 0;
}

/** Multipart bodies: files become Blobs (streams are read first), other fields strings. */
async function toFormData(fields: Record<string, unknown>): Promise<FormData> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') form.append(key, await toBlob(value), fileName(value));
    else form.append(key, String(value));
  }
  return form;
}

async function toBlob(value: object): Promise<Blob> {
  if (value instanceof Blob) return value;
  if (value instanceof ArrayBuffer) return new Blob([value]);
  if (ArrayBuffer.isView(value)) return new Blob([copyBytes(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))]);
  const chunks: BlobPart[] = [];
  const iterable =
    typeof ReadableStream !== 'undefined' && value instanceof ReadableStream
      ? readableToIterable(value as ReadableStream<Uint8Array>)
      : (value as AsyncIterable<Uint8Array>);
  for await (const chunk of iterable) chunks.push(typeof chunk === 'string' ? chunk : copyBytes(chunk));
  return new Blob(chunks);
}

/** Blob takes bytes backed by a plain ArrayBuffer; a view over shared memory is copied into one. */
function copyBytes(view: Uint8Array): Uint8Array<ArrayBuffer> {
  return view.buffer instanceof ArrayBuffer ? (view as Uint8Array<ArrayBuffer>) : new Uint8Array(view);
}

async function* readableToIterable(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

function fileName(value: object): string {
  if (typeof File !== 'undefined' && value instanceof File && value.name) return value.name;
  const path = (value as { path?: unknown }).path;
  return typeof path === 'string' ? (path.split(/[\\/]/).pop() ?? 'file') : 'file';
}
