/**
 * Emitter: src/generated/operations.ts, the operation table the client runs on: method, path,
 * parameters, body encoding, answer kind and list shape of every operation, by operationId.
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
    '/** Every operation, by operationId: each row names what differs from {@link DEFAULTS}. */',
    'export const operations = table({',
  );
  for (const op of model.operations) lines.push(`  ${row(op)},`);
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

function row(op: OperationModel): string {
  const list = op.list
    ? `{ shape: '${op.list.shape}', dataKey: ${JSON.stringify(op.list.dataKey)}, paginated: ${op.list.paginated}, limit: ${op.list.limit}, ` +
      `maxLimit: ${op.list.maxLimit ?? 'undefined'}, defaultLimit: ${op.list.defaultLimit ?? 'undefined'}, offset: ${op.list.offset}, ` +
      `cursor: ${op.list.cursor ? JSON.stringify(op.list.cursor) : 'undefined'}, orderBy: ${op.list.orderBy} }`
    : undefined;
  // Only what differs from DEFAULTS (the emitted TABLE below), in the order of OperationInfo.
  const fields = [
    op.method !== 'GET' && `method: '${op.method}'`,
    `path: '${op.path}'`,
    `group: '${op.group}'`,
    `name: '${op.name}'`,
    op.pathParams.length > 0 && `pathParams: [${op.pathParams.map((p) => `['${p.wire}', '${p.camel}']`).join(', ')}]`,
    op.query && 'query: true',
    op.bodyEncoding && `body: '${op.bodyEncoding}'`,
    op.bodyRequired && 'bodyRequired: true',
    op.responseType !== 'json' && `response: '${op.responseType}'`,
    list && `list: ${list}`,
    op.deprecated && 'deprecated: true',
    op.beta && 'beta: true',
    op.legacy && `legacy: ${JSON.stringify(op.legacy)}`,
  ].filter(Boolean);
  return `${op.id}: { ${fields.join(', ')} }`;
}

/** The defaults of a row and the function that fills them in, emitted before the table. */
const TABLE = [
  '/** What a row of the table below leaves out. */',
  'const DEFAULTS = {',
  "  method: 'GET',",
  '  pathParams: [],',
  '  query: false,',
  '  body: undefined,',
  '  bodyRequired: false,',
  "  response: 'json',",
  '  list: undefined,',
  '  deprecated: false,',
  '  beta: false,',
  '  legacy: undefined,',
  "} as const satisfies Omit<OperationInfo, 'id' | 'path' | 'group' | 'name'>;",
  '',
  "type Row = Partial<Omit<OperationInfo, 'id'>> & Pick<OperationInfo, 'path' | 'group' | 'name'>;",
  '',
  '/** The rows with their defaults and their id: every row an object of the same shape. */',
  'function table(rows: { readonly [Id in OperationId]: Row }): { readonly [Id in OperationId]: OperationInfo & { readonly id: Id } } {',
  '  const filled: Record<string, OperationInfo> = {};',
  '  for (const [id, row] of Object.entries(rows)) filled[id] = { id, ...DEFAULTS, ...row };',
  '  return filled as { readonly [Id in OperationId]: OperationInfo & { readonly id: Id } };',
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
  '/** One row of the operation table. */',
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
