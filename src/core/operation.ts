import type { OperationInfo } from '../generated/operations.js';
import { decoderGroups } from '../generated/decoders/index.js';
import type { DecodeState, DecoderGroup, OperationDecoders, QueryCheck, RecordFactories } from './decoding.js';
import { toWire, type KeyMap } from './casing.js';
import { ClerkValidationError, type ValidationIssue } from './errors.js';
import type { RequestOptions } from './options.js';
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
let schemaModule: Promise<SchemaModule> | undefined;

/**
 * The generated zod schemas load on the first call that needs them, not at import: zod and several
 * hundred schema definitions stay off the start-up path of applications that import the client.
 */
export function loadSchemas(id: string): Promise<OperationSchemas> {
  schemaModule ??= import('../generated/schemas.js') as Promise<unknown> as Promise<SchemaModule>;
  return schemaModule.then((module) => module.operationSchemas[id] ?? {});
}

const noDecoders: DecoderGroup = { operationDecoders: {}, operationQueries: {} };
const decoderModules = new Map<string, Promise<DecoderGroup>>();

/**
 * The generated decoders (plain JavaScript, no zod) of an operation's API group, loaded on the
 * group's first request: a users listing compiles the users decoders and those they share with
 * other groups, not every operation's (bench/RESULTS.md, the first answer in a fresh process).
 */
function loadDecoderGroup(group: string): Promise<DecoderGroup> {
  let module = decoderModules.get(group);
  if (module === undefined) {
    const load = decoderGroups[group];
    module = load === undefined ? Promise.resolve(noDecoders) : load();
    decoderModules.set(group, module);
  }
  return module;
}

function loadDecoders(op: OperationInfo): Promise<OperationDecoders> {
  return loadDecoderGroup(op.group).then((module) => module.operationDecoders[op.id] ?? {});
}

/**
 * The generated plain check of an operation's query, when its params are all plain values. It lives
 * with the decoders (which the answer needs anyway), so that a list call sends its request without
 * loading zod and the schemas: measured on a fresh process's first `users.list()`, zod's import was
 * the largest single cost (bench/RESULTS.md).
 */
function loadQueryCheck(op: OperationInfo): Promise<QueryCheck | undefined> {
  return loadDecoderGroup(op.group).then((module) => module.operationQueries[op.id]);
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
  async call(op: OperationInfo, input: CallInput, options?: RequestOptions, records?: RecordFactories): Promise<unknown> {
    const response = await this.send(op, input, options);
    return this.decode(op, response.data, 'response', records);
  }

  /** Validates the input and sends the request; the caller decodes the answer. */
  async send(op: OperationInfo, input: CallInput, options?: RequestOptions): Promise<WireResponse> {
    preloadTransport();
    const request = await this.prepare(op, input);
    return this.transport.request(request, options);
  }

  async prepare(op: OperationInfo, input: CallInput): Promise<WireRequest> {
    const params = () => `${callName(op, input)} params`;
    const camelName = (wire: string) => op.pathParams.find(([name]) => name === wire)?.[1] ?? wire;
    const request: { -readonly [K in keyof WireRequest]: WireRequest[K] } = {
      method: op.method,
      path: buildPath(op.path, input.path ?? {}, camelName),
    };
    if (op.response === 'text') request.responseType = 'text';

    if (op.query && !op.body) {
      // What the plain check accepts, zod accepts too and returns unchanged; anything else goes to zod.
      const wire = (await loadQueryCheck(op))?.(input.params ?? {});
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

  /**
   * camelCases an answer and checks it with the operation's generated decoder (`items`: the items
   * of a list page). A mismatch is described by the zod schema, then warned once per schema, or
   * thrown with `strictResponses`; the data is returned as received otherwise. With `records`
   * (factories by schema name), the decoder allocates records of those schemas instead of plain
   * objects.
   */
  async decode(op: OperationInfo, data: unknown, part: 'response' | 'items', records?: RecordFactories): Promise<unknown> {
    if (op.response !== 'json' || data === undefined) return data;
    const decoder = (await loadDecoders(op))[part];
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
