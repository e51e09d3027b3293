/**
 * Stage 3, model: what the emitters write from. Every operation with its parts resolved (path
 * parameters, query, body, answer, list shape), and every schema that gets a name in the output,
 * in the order the output lists them, each with the mode it is written for.
 *
 * Nothing here writes code: the emitters (emit-*.ts) render this model, one output each.
 */
import { inlineSchemaNames, legacyOperations, operationNaming } from '../naming.js';
import { recordSchemas } from '../records.js';
import { camelCase, formerIdentifier, identifier, pascalCase } from './names.js';
import { Resolver, isSchemaUnion, isTypeTag, isWrapper, refName, typeOf } from './resolve.js';
import { operationsOf, type Method, type Operation, type Parameter, type Schema, type Sources } from './spec.js';

/** Responses are checked loosely and typed open; requests are checked strictly before sending. */
export type Mode = 'response' | 'request';

export interface ListModel {
  shape: 'array' | 'envelope';
  dataKey: string;
  item: Schema;
  paginated: boolean;
  limit: boolean;
  maxLimit: number | undefined;
  defaultLimit: number | undefined;
  offset: boolean;
  cursor: string | undefined;
  orderBy: boolean;
}

export interface OperationModel {
  id: string;
  typeName: string;
  method: string;
  path: string;
  group: string;
  name: string;
  pathParams: Array<{ wire: string; camel: string }>;
  /** The query parameters as one object schema (wire names), when there are any. */
  query: Schema | undefined;
  body: Schema | undefined;
  bodyRequired: boolean;
  bodyEncoding: 'json' | 'multipart' | undefined;
  response: Schema | undefined;
  /** The shared `components/responses` entry the response comes from, if any: its spec name and its name in the output. */
  responseComponent: string | undefined;
  responseName: string | undefined;
  responseType: 'json' | 'text' | 'empty';
  list: ListModel | undefined;
  deprecated: boolean;
  beta: boolean;
  legacy: string | undefined;
  /** The operation as the spec has it, and how to resolve it (the legacy spec's own refs). */
  source: Operation;
  resolver: Resolver;
}

/** The names an operation's parts are written under (each a key of {@link Model.schemas}). */
export interface OperationNames {
  query: string | undefined;
  body: string | undefined;
  response: string | undefined;
  item: string | undefined;
}

export interface NamedSchema {
  node: Schema;
  mode: Mode;
}

export interface Model {
  readonly version: string;
  readonly specFile: string;
  readonly resolver: Resolver;
  /** Sorted by id. */
  readonly operations: readonly OperationModel[];
  readonly names: ReadonlyMap<string, OperationNames>;
  /** Component schema names, sorted. */
  readonly components: readonly string[];
  /** Every named schema of the output, in output order: each after the components it uses. */
  readonly schemas: ReadonlyMap<string, NamedSchema>;
  /** Schemas whose objects are records (scripts/records.ts): their decoders allocate them. */
  readonly records: ReadonlySet<string>;
}

export function buildModel(sources: Sources): Model {
  const resolver = new Resolver(sources.spec);
  const legacyResolver = new Resolver(sources.legacy);
  const operations = operationsOf(sources.spec).map(([path, method, op]) => buildOperation(resolver, path, method, op));
  for (const legacy of legacyOperations) {
    const fromLegacy = legacy.source === 'legacy';
    const op = (fromLegacy ? sources.legacy : sources.supplement).paths[legacy.path]?.[legacy.method];
    if (!op) throw new Error(`${legacy.method} ${legacy.path} not found in ${fromLegacy ? sources.legacyFile : sources.supplementFile}`);
    operations.push(buildOperation(fromLegacy ? legacyResolver : resolver, legacy.path, legacy.method, op, legacy.reason));
  }
  operations.sort((a, b) => a.id.localeCompare(b.id));
  const ids = new Set<string>();
  for (const op of operations) {
    if (ids.has(op.id)) throw new Error(`duplicate operationId ${op.id}`);
    ids.add(op.id);
  }

  const registry = new SchemaRegistry(resolver);
  const inline = new InlineNames(operations);
  const components = Object.keys(sources.spec.components.schemas).sort();
  // Components first, so their names are taken before inline schemas.
  for (const component of components) registry.component(component, 'response');
  const names = new Map<string, OperationNames>();
  for (const op of operations) {
    const entry: OperationNames = { query: undefined, body: undefined, response: undefined, item: undefined };
    if (op.query) entry.query = registry.define(`${op.typeName}Query`, op.query, 'request');
    if (op.body) entry.body = registry.define(`${op.typeName}Body`, op.body, 'request');
    if (op.response) {
      const response = op.response;
      entry.response = response.$ref
        ? registry.component(refName(response.$ref), 'response')
        : op.list
          ? registry.define(`${op.typeName}Response`, response, 'response')
          : op.responseName
            ? registry.define(op.responseName, response, 'response')
            : registry.defineInline(inline.name(response, `${op.typeName}Response`), `${op.typeName}Response`, response, 'response');
      if (op.list) {
        const item = op.list.item;
        entry.item = item.$ref ? registry.component(refName(item.$ref), 'response') : registry.defineInline(inline.name(item, `${op.typeName}Item`), `${op.typeName}Item`, item, 'response');
      }
    }
    names.set(op.id, entry);
  }
  return {
    version: sources.spec.info.version,
    specFile: sources.specFile,
    resolver,
    operations,
    names,
    components,
    schemas: registry.schemas,
    records: new Set(recordSchemas),
  };
}

/** The name a component is written under in a mode: requests get their own (`UserInput`). */
export function componentName(component: string, mode: Mode): string {
  return mode === 'response' ? identifier(component) : `${identifier(component)}Input`;
}

/** The names types.ts exports: every named schema, and each operation's response and item under its operation's name. */
export function exportedTypeNames(model: Model): Set<string> {
  const names = new Set(model.schemas.keys());
  for (const op of model.operations) {
    const parts = model.names.get(op.id)!;
    if (parts.item) names.add(`${op.typeName}Item`);
    if (parts.response) names.add(`${op.typeName}Response`);
  }
  return names;
}

/**
 * The names types.ts exported before the naming rule (scripts/generator/names.ts `wordCase`) and
 * `componentNames`, by the name each has now: `JWTTemplate` -> `JwtTemplate`. They stay exported,
 * deprecated, so code written against them keeps compiling.
 */
export function formerTypeNames(model: Model): Map<string, string> {
  const exported = exportedTypeNames(model);
  const former = new Map<string, string>();
  const add = (old: string, current: string) => {
    if (old === current || !exported.has(current)) return;
    if (exported.has(old)) throw new Error(`${old}, renamed ${current}, is also the name of another type`);
    former.set(old, current);
  };
  for (const component of [...model.components, ...model.operations.map((op) => op.responseComponent).filter((name) => name !== undefined)]) {
    add(formerIdentifier(component), identifier(component));
    add(`${formerIdentifier(component)}Input`, `${identifier(component)}Input`);
  }
  for (const op of model.operations) {
    for (const part of ['Query', 'Body', 'Response', 'Item']) add(`${formerIdentifier(op.id)}${part}`, `${op.typeName}${part}`);
  }
  return former;
}

/**
 * The named schemas, each registered after every component it refers to (so the output can list
 * them in order), walking each schema as the emitters will: allOf merged, union variants, items,
 * properties, additional properties.
 */
class SchemaRegistry {
  readonly schemas = new Map<string, NamedSchema>();
  private readonly inProgress = new Set<string>();
  /** The component each name was given to: two components never share a name. */
  private readonly components = new Map<string, string>();

  constructor(private readonly resolver: Resolver) {}

  component(component: string, mode: Mode): string {
    const name = componentName(component, mode);
    const holder = this.components.get(name);
    if (holder !== undefined && holder !== component) throw new Error(`${component} and ${holder} would both be named ${name}`);
    this.components.set(name, component);
    return this.define(name, this.resolver.component(component), mode);
  }

  /** An inline schema under the name its kind gives it, or under `fallback` when a different schema has that name. */
  defineInline(name: string, fallback: string, node: Schema, mode: Mode): string {
    return this.isTakenByAnother(name, node) ? this.define(fallback, node, mode) : this.define(name, node, mode);
  }

  private isTakenByAnother(name: string, node: Schema): boolean {
    const taken = this.schemas.get(name);
    return taken !== undefined && taken.node !== node && JSON.stringify(taken.node) !== JSON.stringify(node);
  }

  define(name: string, node: Schema, mode: Mode): string {
    if (this.isTakenByAnother(name, node)) throw new Error(`two different schemas would both be named ${name}: name one in scripts/naming.ts`);
    if (this.schemas.has(name) || this.inProgress.has(name)) return name;
    this.inProgress.add(name);
    this.visit(node, mode);
    this.inProgress.delete(name);
    this.schemas.set(name, { node, mode });
    return name;
  }

  private visit(node: Schema, mode: Mode): void {
    if (node.$ref) {
      this.component(refName(node.$ref), mode);
    } else if (node.allOf) {
      this.visit(isWrapper(node) ? node.allOf[0]! : this.resolver.mergeAllOf(node), mode);
    } else if (node.oneOf || isSchemaUnion(node.anyOf)) {
      for (const variant of node.oneOf ?? node.anyOf!) this.visit(variant, mode);
    } else if (typeOf(node) === 'array') {
      if (node.items) this.visit(node.items, mode);
    } else if (typeOf(node) === 'object') {
      const properties = Object.entries(node.properties ?? {});
      for (const [key, schema] of properties) if (!isTypeTag(key, schema)) this.visit(schema, mode);
      if (properties.length === 0 && node.additionalProperties && typeof node.additionalProperties === 'object') {
        this.visit(node.additionalProperties, mode);
      }
    }
  }
}

/**
 * Inline answers about the same kind of object (`object: api_key`) come in several shapes: the
 * create answer carries a secret the others leave out. The kind's name (`ApiKey`) goes to the
 * shape most operations answer with (ties: the first operation); every other shape keeps its
 * operation's name (`CreateApiKeyResponse`), or the name scripts/naming.ts gives it.
 */
class InlineNames {
  private readonly byShape = new Map<string, string>();

  constructor(operations: readonly OperationModel[]) {
    const uses = new Map<string, { kind: string; count: number; first: string }>();
    for (const op of operations) {
      const inline = [op.list ? op.list.item : op.response].filter((node): node is Schema => Boolean(node && !node.$ref));
      for (const node of inline) {
        const kind = node.properties?.object?.enum?.[0];
        if (typeof kind !== 'string') continue;
        const shape = JSON.stringify(node);
        const entry = uses.get(shape) ?? { kind, count: 0, first: op.id };
        entry.count += 1;
        uses.set(shape, entry);
      }
    }
    const byKind = new Map<string, Array<[string, { count: number; first: string }]>>();
    for (const [shape, entry] of uses) byKind.set(entry.kind, [...(byKind.get(entry.kind) ?? []), [shape, entry]]);
    for (const [kind, shapes] of byKind) {
      shapes.sort(([, a], [, b]) => b.count - a.count || a.first.localeCompare(b.first));
      this.byShape.set(shapes[0]![0], pascalCase(kind));
    }
  }

  name(schema: Schema, fallback: string): string {
    const shape = JSON.stringify(schema);
    const known = this.byShape.get(shape);
    if (known) return known;
    const name = inlineSchemaNames[fallback] ?? fallback;
    this.byShape.set(shape, name);
    return name;
  }
}

function buildOperation(resolver: Resolver, path: string, method: Method, op: Operation, legacy?: string): OperationModel {
  const naming = operationNaming[op.operationId];
  const group = naming?.group ?? op['x-speakeasy-group'];
  const name = naming?.name ?? op['x-speakeasy-name-override'];
  if (!group || !name) throw new Error(`${op.operationId}: no x-speakeasy group/name; add it to scripts/naming.ts`);

  const parameters = (op.parameters ?? []).map((parameter) => resolver.ref(parameter));
  const pathParams = parameters.filter((p) => p.in === 'path').map((p) => ({ wire: p.name, camel: camelCase(p.name) }));
  const declaredPathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  for (const param of declaredPathParams) {
    if (!pathParams.some((p) => p.wire === param)) pathParams.push({ wire: param, camel: camelCase(param) });
  }
  pathParams.sort((a, b) => declaredPathParams.indexOf(a.wire) - declaredPathParams.indexOf(b.wire));

  // Parameters whose camelCase names collide (the interstitial's deprecated `frontendApi` beside
  // `frontend_api`): the non-deprecated one wins.
  const queryParams = new Map<string, Parameter>();
  for (const parameter of parameters.filter((p) => p.in === 'query')) {
    const camel = camelCase(parameter.name);
    const existing = queryParams.get(camel);
    if (existing && !existing.deprecated) continue;
    queryParams.set(camel, parameter);
  }
  const query: Schema | undefined = queryParams.size
    ? {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries([...queryParams.values()].map((p) => [p.name, { ...(p.schema ?? {}), ...(p.deprecated ? { deprecated: true } : {}) }])),
        required: [...queryParams.values()].filter((p) => p.required).map((p) => p.name),
      }
    : undefined;

  const requestBody = op.requestBody ? resolver.ref(op.requestBody) : undefined;
  let body: Schema | undefined;
  let bodyEncoding: OperationModel['bodyEncoding'];
  if (requestBody?.content) {
    const json = requestBody.content['application/json'];
    const multipart = requestBody.content['multipart/form-data'];
    body = json?.schema ?? multipart?.schema;
    bodyEncoding = json ? 'json' : multipart ? 'multipart' : undefined;
    if (!bodyEncoding) throw new Error(`${op.operationId}: unsupported request content ${Object.keys(requestBody.content)}`);
  }

  const success = Object.keys(op.responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .sort()[0];
  const responseRef = success ? op.responses![success]!.$ref : undefined;
  const content = success ? resolver.ref(op.responses![success]!).content : undefined;
  let response: Schema | undefined;
  let responseType: OperationModel['responseType'] = 'empty';
  if (content?.['application/json']) {
    response = content['application/json'].schema;
    responseType = 'json';
  } else if (content && Object.keys(content).some((type) => type.startsWith('text/'))) {
    responseType = 'text';
  } else if (!content && success === '200' && op.operationId === 'GetPublicInterstitial') {
    responseType = 'text';
  }

  return {
    id: op.operationId,
    typeName: identifier(op.operationId),
    method: method.toUpperCase(),
    path,
    group,
    name,
    pathParams,
    query,
    body,
    bodyRequired: Boolean(requestBody?.required),
    bodyEncoding,
    response,
    responseComponent: responseRef?.startsWith('#/components/responses/') ? refName(responseRef) : undefined,
    responseName: responseRef?.startsWith('#/components/responses/') ? identifier(refName(responseRef)) : undefined,
    responseType,
    list: method === 'get' && response ? listModel(resolver, response, queryParams) : undefined,
    deprecated: Boolean(op.deprecated),
    beta: (op.tags ?? []).includes('Beta Features'),
    legacy,
    source: op,
    resolver,
  };
}

function listModel(resolver: Resolver, response: Schema, query: Map<string, Parameter>): ListModel | undefined {
  const names = new Set([...query.values()].map((p) => p.name));
  const limitParam = [...query.values()].find((p) => p.name === 'limit');
  const common = {
    paginated: names.has('paginated'),
    limit: names.has('limit'),
    maxLimit: limitParam?.schema?.maximum,
    defaultLimit: typeof limitParam?.schema?.default === 'number' ? limitParam.schema.default : undefined,
    offset: names.has('offset'),
    cursor: names.has('starting_after') ? 'starting_after' : undefined,
    orderBy: names.has('order_by'),
  };
  const resolved = resolver.ref(response);
  if (resolved.type === 'array' && resolved.items) return { shape: 'array', dataKey: '', item: resolved.items, ...common };
  const properties = resolved.properties ?? {};
  const arrays = Object.entries(properties).filter(([, schema]) => resolver.ref(schema).type === 'array');
  if ('total_count' in properties && arrays.length === 1) {
    const [dataKey, schema] = arrays[0]!;
    return { shape: 'envelope', dataKey, item: resolver.ref(schema).items!, ...common };
  }
  return undefined;
}
