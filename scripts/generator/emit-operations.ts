/**
 * Emitter: src/generated/operations.ts, the operation table every resource names: each
 * operation's id, API group and list shape, and its types. The rest of each row (method, path,
 * parameters, body encoding, answer kind) is written into its group's module under
 * src/generated/decoders/ by {@link rowFields}, and read on the group's first call: the client's
 * entry then carries a reference per operation, not all 251 rows.
 */
import type { Model, OperationModel, OperationNames } from './model.js';

export function operationsFile(model: Model, header: string): string {
  const lines: string[] = [header, `import type * as T from './types.js';`, ''];
  lines.push(
    `/** The API version the schemas were generated from, sent as \`Clerk-API-Version\` by default. */`,
    `export const SPEC_VERSION = ${JSON.stringify(model.version)};`,
    '',
    ...INTERFACES,
    ...TABLE,
    '/** Every operation, by operationId: its group (whose module holds the rest of its row) and, for a list, how it pages. */',
    'export const operations = table({',
  );
  for (const op of model.operations) lines.push(`  ${reference(op)},`);
  // Typed by OperationTypes rather than by the table's literal type, so that declarations naming
  // an operation id stay small: the table's own type never reaches the published declarations.
  lines.push(
    '});',
    '',
    '/** An operationId. */',
    'export type OperationId = keyof OperationTypes;',
    '',
  );
  lines.push(
    '/**',
    " * What each operation takes and answers, by operationId: `params`, the call's camelCase params (the",
    ' * query of a read, the body of a write; `undefined` when it takes none), `result`, its decoded',
    " * answer, and for a list, `item`. The helpers of src/resources/base.ts read a method's types from",
    ' * here, so a method that declares other types than its operation fails the type check.',
    ' */',
    'export interface OperationTypes {',
  );
  for (const op of model.operations) lines.push(`  ${op.id}: ${types(op, model.names.get(op.id)!)};`);
  lines.push('}', '');
  return lines.join('\n');
}

function types(op: OperationModel, names: OperationNames): string {
  const params = names.query ?? names.body;
  const result = op.responseType === 'text' ? 'string' : op.responseType === 'empty' ? 'void' : names.response ? `T.${op.typeName}Response` : 'unknown';
  return `{ params: ${params ? `T.${params}` : 'undefined'}; result: ${result}${names.item ? `; item: T.${op.typeName}Item` : ''} }`;
}

function reference(op: OperationModel): string {
  const list = op.list
    ? `{ shape: '${op.list.shape}', dataKey: ${JSON.stringify(op.list.dataKey)}, paginated: ${op.list.paginated}, limit: ${op.list.limit}, ` +
      `maxLimit: ${op.list.maxLimit ?? 'undefined'}, defaultLimit: ${op.list.defaultLimit ?? 'undefined'}, offset: ${op.list.offset}, ` +
      `cursor: ${op.list.cursor ? JSON.stringify(op.list.cursor) : 'undefined'}, orderBy: ${op.list.orderBy} }`
    : undefined;
  return `${op.id}: { group: '${op.group}'${list ? `, list: ${list}` : ''} }`;
}

/**
 * The rest of an operation's row, as written into its group's module: only what differs from
 * DEFAULTS (the emitted TABLE below), in the order of OperationInfo.
 */
export function rowFields(op: OperationModel): string {
  const fields = [
    op.method !== 'GET' && `method: '${op.method}'`,
    `path: '${op.path}'`,
    `name: '${op.name}'`,
    op.pathParams.length > 0 && `pathParams: [${op.pathParams.map((p) => `['${p.wire}', '${p.camel}']`).join(', ')}]`,
    op.query && 'query: true',
    op.bodyEncoding && `body: '${op.bodyEncoding}'`,
    op.bodyRequired && 'bodyRequired: true',
    op.responseType !== 'json' && `response: '${op.responseType}'`,
    op.deprecated && 'deprecated: true',
    op.beta && 'beta: true',
    op.legacy && `legacy: ${JSON.stringify(op.legacy)}`,
  ].filter(Boolean);
  return `{ ${fields.join(', ')} }`;
}

/** The defaults of a row, and the functions that make the references and fill rows in, emitted before the table. */
const TABLE = [
  '/** What a row in a group module leaves out. */',
  'const DEFAULTS = {',
  "  method: 'GET',",
  '  pathParams: [],',
  '  query: false,',
  '  body: undefined,',
  '  bodyRequired: false,',
  "  response: 'json',",
  '  deprecated: false,',
  '  beta: false,',
  '  legacy: undefined,',
  "} as const satisfies Omit<OperationInfo, 'id' | 'path' | 'group' | 'name' | 'list'>;",
  '',
  '/** The rest of an operation\'s row, as its group\'s module writes it: what differs from {@link DEFAULTS}. */',
  "export type OperationRow = Partial<Omit<OperationInfo, 'id' | 'group' | 'list'>> & Pick<OperationInfo, 'path' | 'name'>;",
  '',
  '/** An operation as resources name it: its id, its group (whose module holds the rest of its row) and how it pages. */',
  'export interface OperationRef {',
  '  readonly id: string;',
  '  readonly group: string;',
  '  readonly list: ListInfo | undefined;',
  '}',
  '',
  '/** An operation\'s full row: its reference, its row from its group\'s module, and the defaults; every row an object of the same shape. */',
  'export function operationInfo(ref: OperationRef, row: OperationRow): OperationInfo {',
  '  return { id: ref.id, ...DEFAULTS, ...row, group: ref.group, list: ref.list };',
  '}',
  '',
  '/** The references with their id, every one an object of the same shape. */',
  "function table(refs: { readonly [Id in OperationId]: Pick<OperationRef, 'group'> & Partial<OperationRef> }): { readonly [Id in OperationId]: OperationRef & { readonly id: Id } } {",
  '  const filled: Record<string, OperationRef> = {};',
  '  for (const [id, ref] of Object.entries(refs)) filled[id] = { id, group: ref.group, list: ref.list };',
  '  return filled as { readonly [Id in OperationId]: OperationRef & { readonly id: Id } };',
  '}',
  '',
];

const INTERFACES = [
  '/** How a list operation pages. */',
  'export interface ListInfo {',
  '  /** `array`: a bare JSON array; `envelope`: `{ [dataKey]: [...], total_count }`. */',
  "  readonly shape: 'array' | 'envelope';",
  '  readonly dataKey: string;',
  '  /** Accepts `paginated=true` (answers with a total). */',
  '  readonly paginated: boolean;',
  '  /** Accepts `limit`, and its largest value. */',
  '  readonly limit: boolean;',
  '  readonly maxLimit: number | undefined;',
  '  /** The page size the API uses when none is sent. */',
  '  readonly defaultLimit: number | undefined;',
  '  readonly offset: boolean;',
  '  /** The cursor parameter (`starting_after`), when the list has one. */',
  '  readonly cursor: string | undefined;',
  '  readonly orderBy: boolean;',
  '}',
  '',
  '/** One operation\'s full row (see {@link operationInfo}). */',
  'export interface OperationInfo {',
  '  readonly id: string;',
  "  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';",
  '  /** The path template, as in the spec. */',
  '  readonly path: string;',
  "  /** The spec's `x-speakeasy-group` and `x-speakeasy-name-override` (or scripts/naming.ts). */",
  '  readonly group: string;',
  '  readonly name: string;',
  '  /** Path parameters in order: wire name and camelCase name. */',
  '  readonly pathParams: ReadonlyArray<readonly [wire: string, camel: string]>;',
  '  readonly query: boolean;',
  "  readonly body: 'json' | 'multipart' | undefined;",
  '  readonly bodyRequired: boolean;',
  "  readonly response: 'json' | 'text' | 'empty';",
  '  readonly list: ListInfo | undefined;',
  '  readonly deprecated: boolean;',
  '  readonly beta: boolean;',
  '  /** Set for operations that newer API versions dropped: why it is still here. */',
  '  readonly legacy: string | undefined;',
  '}',
  '',
];
