/**
 * Emitter: src/generated/wire-model.ts, the API as data, in wire form (snake_case, as on the
 * network): every operation (method, path, parameters, body, answer by status, list shape) and
 * every component schema, compact (`$ref`s kept as names). For what reads the API as a whole at
 * run time without the client: an in-memory fake of Clerk that answers and checks like it, and
 * decoders driven by a table. The package's main entry never imports it.
 *
 * The format is documented in the generated file's header (FORMAT below).
 */
import type { Model, OperationModel } from './model.js';
import { refName } from './resolve.js';
import type { Parameter, Response, Schema } from './spec.js';

/** Schema keywords kept, in the order they are written. */
const KEYWORDS = [
  'type', 'format', 'nullable', 'enum', 'const', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems',
  'default', 'readOnly', 'deprecated', 'example',
] as const;

type Compact = string | { [key: string]: unknown };

/** A schema node in the model's form: a component's name for a `$ref`, else the kept keywords. */
export function compact(node: Schema): Compact {
  if (node.$ref) return refName(node.$ref);
  const out: { [key: string]: unknown } = {};
  for (const key of KEYWORDS) if (node[key] !== undefined) out[key] = node[key];
  if (node['x-ordering']) out.ordering = node['x-ordering'];
  if (node['x-exclude']) out.exclude = true;
  if (node.items) out.items = compact(node.items);
  if (node.properties) out.properties = Object.fromEntries(Object.entries(node.properties).map(([key, value]) => [key, compact(value)]));
  if (node.required?.length) out.required = node.required;
  if (node.additionalProperties !== undefined) {
    out.additionalProperties = typeof node.additionalProperties === 'object' ? compact(node.additionalProperties) : node.additionalProperties;
  }
  for (const key of ['allOf', 'oneOf', 'anyOf'] as const) if (node[key]) out[key] = node[key]!.map(compact);
  if (node.discriminator) {
    const { propertyName, mapping } = node.discriminator;
    out.discriminator = mapping ? { propertyName, mapping: Object.fromEntries(Object.entries(mapping).map(([tag, ref]) => [tag, refName(ref)])) } : { propertyName };
  }
  return out;
}

function operation(op: OperationModel): { [key: string]: unknown } {
  const resolver = op.resolver;
  const out: { [key: string]: unknown } = { method: op.method, path: op.path };
  const parameters = (op.source.parameters ?? []).map((parameter) => resolver.ref<Parameter>(parameter));
  const params: Array<{ [key: string]: unknown }> = [];
  for (const { wire } of op.pathParams) {
    const declared = parameters.find((parameter) => parameter.in === 'path' && parameter.name === wire);
    params.push({ name: wire, in: 'path', required: true, schema: compact(declared?.schema ?? { type: 'string' }) });
  }
  for (const parameter of parameters.filter((p) => p.in === 'query')) {
    params.push({ name: parameter.name, in: 'query', ...(parameter.required ? { required: true } : {}), ...(parameter.deprecated ? { deprecated: true } : {}), schema: compact(parameter.schema ?? {}) });
  }
  if (params.length) out.params = params;
  if (op.body && op.bodyEncoding) out.body = { encoding: op.bodyEncoding, required: op.bodyRequired, schema: compact(op.body) };
  const responses: { [status: string]: unknown } = {};
  for (const [status, raw] of Object.entries(op.source.responses ?? {})) responses[status] = answer(resolver.ref<Response>(raw));
  out.responses = responses;
  if (op.list) {
    const { shape, dataKey, paginated, limit, maxLimit, defaultLimit, offset, cursor, orderBy } = op.list;
    out.list = { shape, ...(dataKey ? { dataKey } : {}), paginated, limit, ...(maxLimit !== undefined ? { maxLimit } : {}), ...(defaultLimit !== undefined ? { defaultLimit } : {}), offset, ...(cursor ? { cursor } : {}), orderBy };
  }
  if (op.deprecated) out.deprecated = true;
  if (op.legacy) out.legacy = true;
  return out;
}

/** An answer: its JSON body's schema, `null` for none, or `{ contentType, schema? }` for another type. */
function answer(response: Response): unknown {
  const content = response.content ?? {};
  const json = content['application/json'];
  if (json) return json.schema ? compact(json.schema) : {};
  const [contentType] = Object.keys(content);
  if (!contentType) return null;
  const schema = content[contentType]!.schema;
  return schema ? { contentType, schema: compact(schema) } : { contentType };
}

export function wireModelFile(model: Model, header: string): string {
  const schemas = model.resolver.spec.components.schemas;
  const lines = [header, FORMAT, `export const wireModel: WireModel = {`, `  version: ${JSON.stringify(model.version)},`, '  operations: {'];
  for (const op of model.operations) lines.push(`    ${op.id}: ${JSON.stringify(operation(op))},`);
  lines.push('  },', '  schemas: {');
  for (const name of model.components) lines.push(`    ${JSON.stringify(name)}: ${JSON.stringify(compact(schemas[name]!))},`);
  lines.push('  },', '};', '');
  return lines.join('\n');
}

const FORMAT = `/**
 * The API as data, in wire form: names and values as they travel on the network (snake_case), for
 * code that serves or checks the API as a whole (an in-memory fake of Clerk, table-driven
 * decoders). Facts only, no prose. Nothing in the package's main entry imports this module.
 *
 * - \`operations\`, by operationId: \`method\` and \`path\` (a template: \`/users/{user_id}\`);
 *   \`params\`, path parameters first, in path order, then the query's, each with its \`schema\`;
 *   \`body\`: how it is encoded (\`json\` or \`multipart\`), whether it is required, its schema;
 *   \`responses\` by status (errors included): the JSON body's schema, \`null\` for no body, or
 *   \`{ contentType, schema? }\` for a body of another type; \`list\`, for operations answering with
 *   a page: its \`shape\` (\`array\`, or \`envelope\`: \`{ [dataKey]: [...], total_count }\`) and the
 *   paging parameters it takes; \`deprecated\`; \`legacy\` for operations later versions dropped.
 * - \`schemas\`, by name: every component schema.
 *
 * A schema is a string, the name of a schema of \`schemas\` (a reference), or an object with the
 * OpenAPI keywords the API uses: \`type\`, \`format\`, \`nullable\`, \`enum\`, \`const\`, \`pattern\`,
 * \`minLength\`/\`maxLength\`, \`minimum\`/\`maximum\`, \`minItems\`/\`maxItems\`, \`default\`, \`readOnly\`,
 * \`deprecated\`, \`example\` (the spec's example value), \`items\`, \`properties\`, \`required\`,
 * \`additionalProperties\` (\`true\`, or the schema of the values), \`allOf\`/\`oneOf\`/\`anyOf\`, and
 * \`discriminator\` (\`propertyName\`, \`mapping\` from tag to schema name). Two more come from
 * spec/facts.yml, values the spec states only in prose: \`ordering\`, the fields an \`order_by\`
 * takes (\`enum\` then lists each as it is, with \`+\` and with \`-\`), and \`exclude\`, on an enum whose
 * values may be sent prefixed \`-\` to exclude them.
 */
export type WireSchema = string | WireSchemaObject;

/** A schema's keywords: see the module's description. */
export interface WireSchemaObject {
  readonly type?: string;
  readonly format?: string;
  readonly nullable?: boolean;
  readonly enum?: readonly unknown[];
  readonly const?: unknown;
  readonly pattern?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly default?: unknown;
  readonly readOnly?: boolean;
  readonly deprecated?: boolean;
  readonly example?: unknown;
  readonly ordering?: readonly string[];
  readonly exclude?: boolean;
  readonly items?: WireSchema;
  readonly properties?: { readonly [name: string]: WireSchema };
  readonly required?: readonly string[];
  readonly additionalProperties?: boolean | WireSchema;
  readonly allOf?: readonly WireSchema[];
  readonly oneOf?: readonly WireSchema[];
  readonly anyOf?: readonly WireSchema[];
  readonly discriminator?: { readonly propertyName: string; readonly mapping?: { readonly [tag: string]: string } };
}

export interface WireParameter {
  readonly name: string;
  readonly in: 'path' | 'query';
  /** Always true for path parameters; absent for optional query parameters. */
  readonly required?: boolean;
  readonly deprecated?: boolean;
  readonly schema: WireSchema;
}

export interface WireOperation {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly params?: readonly WireParameter[];
  readonly body?: { readonly encoding: 'json' | 'multipart'; readonly required: boolean; readonly schema: WireSchema };
  readonly responses: { readonly [status: string]: WireSchema | null | { readonly contentType: string; readonly schema?: WireSchema } };
  readonly list?: {
    readonly shape: 'array' | 'envelope';
    readonly dataKey?: string;
    readonly paginated: boolean;
    readonly limit: boolean;
    readonly maxLimit?: number;
    readonly defaultLimit?: number;
    readonly offset: boolean;
    readonly cursor?: string;
    readonly orderBy: boolean;
  };
  readonly deprecated?: boolean;
  readonly legacy?: boolean;
}

export interface WireModel {
  /** The API version the model describes. */
  readonly version: string;
  readonly operations: { readonly [operationId: string]: WireOperation };
  readonly schemas: { readonly [name: string]: WireSchema };
}
`;
