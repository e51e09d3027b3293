/**
 * Emitter: src/generated/decoders/, the fast path of responses. For every response schema, a
 * decoder: one pass over the parsed JSON that renames keys to camelCase (known keys by name, keys
 * Clerk added later by camelCase; the keys of its own an object with `additionalProperties` carries
 * are kept as sent) and checks each known field against the same rules as the zod
 * schema of that name, only noting whether everything matched. The zod schema stays the authority:
 * when a decoder notes a mismatch, the runtime asks zod for the details. Decoding costs a fraction
 * of JSON.parse; zod's parse of the same page costs more.
 */
import { deduplicate } from './dedupe.js';
import { rowFields } from './emit-operations.js';
import type { Model } from './model.js';
import { camelCase, identifier, pascalCase, propertyAccess } from './names.js';
import { isSchemaUnion, isTypeTag, isWrapper, refName, typeOf, type Resolver } from './resolve.js';
import type { Schema } from './spec.js';

export class DecoderEmitter {
  /** Function name -> code. */
  readonly functions = new Map<string, string>();
  /** Known-key set name -> the wire keys of an object schema. */
  readonly knownKeys = new Map<string, string[]>();
  private readonly inProgress = new Set<string>();
  /** The spec name of each component decoded, by its identifier: record factories are keyed by spec names. */
  private readonly specNames = new Map<string, string>();

  /** `records`: the schemas record classes follow; their decoders can allocate the record itself. */
  constructor(
    private readonly resolver: Resolver,
    private readonly records: ReadonlySet<string>,
  ) {}

  /** The decoder function of a named schema, written once. */
  named(name: string, node: Schema): string {
    if (node.$ref && !node.nullable) return this.component(node.$ref);
    const fn = `decode${name}`;
    if (this.functions.has(fn) || this.inProgress.has(fn)) return fn;
    this.inProgress.add(fn);
    this.functions.set(fn, this.functionFor(fn, node, name));
    this.inProgress.delete(fn);
    return fn;
  }

  component(ref: string): string {
    const component = refName(ref);
    this.specNames.set(identifier(component), component);
    return this.named(identifier(component), this.resolver.component(component));
  }

  /** `(x) is valid` for a leaf schema, or undefined when the node needs a function. */
  private leaf(node: Schema): string | undefined {
    if (node.$ref || node.allOf || node.oneOf || isSchemaUnion(node.anyOf)) return undefined;
    switch (typeOf(node)) {
      case 'string':
        return "typeof x === 'string'";
      case 'integer':
      case 'number':
        return "typeof x === 'number'";
      case 'boolean':
        return "typeof x === 'boolean'";
      case 'object':
        if (Object.keys(node.properties ?? {}).length > 0) return undefined;
        if (node.additionalProperties && typeof node.additionalProperties === 'object') return undefined;
        return "x !== null && typeof x === 'object' && !Array.isArray(x)";
      case 'array':
        return undefined;
      default:
        return 'true';
    }
  }

  /** The decoder function for a node that is not a leaf. */
  private complex(node: Schema, context: string): string {
    if (node.$ref) return this.component(node.$ref);
    if (node.allOf) {
      if (isWrapper(node)) return this.inner(node.allOf[0]!, context);
      return this.named(context, this.resolver.mergeAllOf(node));
    }
    return this.named(context, node);
  }

  /** The decoder of a wrapped schema (single allOf entry), nullable or not. */
  private inner(node: Schema, context: string): string {
    const leaf = this.leaf(node);
    if (leaf === undefined) return this.complex(node, context);
    const fn = `decode${context}`;
    if (!this.functions.has(fn)) {
      this.functions.set(fn, `function ${fn}(x: unknown, s: DecodeState): unknown {\n  if (!(${nullableCheck(leaf, node)})) s.ok = false;\n  return x;\n}`);
    }
    return fn;
  }

  /** Statements that decode `x` (already read) into `target`, or note a mismatch. */
  private assign(node: Schema, target: string, context: string): string {
    const leaf = this.leaf(node);
    if (leaf !== undefined) {
      const check = nullableCheck(leaf, node);
      return check === 'true' ? `${target} = x;` : `if (!(${check})) s.ok = false; ${target} = x;`;
    }
    const fn = this.complex(node, context);
    const wrapperNullable = node.nullable || (isWrapper(node) && node.allOf![0]!.nullable);
    return wrapperNullable ? `${target} = x === null ? null : ${fn}(x, s);` : `${target} = ${fn}(x, s);`;
  }

  private functionFor(fn: string, node: Schema, context: string): string {
    if (node.allOf && !isWrapper(node)) return this.objectFunction(fn, this.resolver.mergeAllOf(node), context);
    if (node.allOf) {
      const inner = this.inner(node.allOf[0]!, `${context}Inner`);
      return `function ${fn}(x: unknown, s: DecodeState): unknown {\n  return ${node.nullable ? `x === null ? null : ` : ''}${inner}(x, s);\n}`;
    }
    if (node.$ref) {
      const inner = this.component(node.$ref);
      return `function ${fn}(x: unknown, s: DecodeState): unknown {\n  return ${node.nullable ? `x === null ? null : ` : ''}${inner}(x, s);\n}`;
    }
    if (node.oneOf) return this.unionFunction(fn, node, context);
    if (isSchemaUnion(node.anyOf)) return this.unionFunction(fn, { ...node, oneOf: node.anyOf, anyOf: undefined }, context);
    const type = typeOf(node);
    if (type === 'array') {
      return [
        `function ${fn}(v: unknown, s: DecodeState): unknown {`,
        ...(node.nullable ? ['  if (v === null) return null;'] : []),
        `  if (!Array.isArray(v)) { s.ok = false; return v; }`,
        `  const out = new Array<unknown>(v.length);`,
        `  for (let i = 0; i < v.length; i++) {`,
        `    const x: unknown = v[i];`,
        `    ${this.assign(node.items ?? {}, 'out[i]', `${context}Item`)}`,
        `  }`,
        `  return out;`,
        `}`,
      ].join('\n');
    }
    if (type === 'object' && Object.keys(node.properties ?? {}).length > 0) return this.objectFunction(fn, node, context);
    if (type === 'object' && node.additionalProperties && typeof node.additionalProperties === 'object') {
      return [
        `function ${fn}(u: unknown, s: DecodeState): unknown {`,
        ...(node.nullable ? ['  if (u === null) return null;'] : []),
        `  if (u === null || typeof u !== 'object' || Array.isArray(u)) { s.ok = false; return u; }`,
        `  const v = u as WireObject;`,
        `  const out: Fields = {};`,
        `  for (const key in v) {`,
        `    const x = v[key];`,
        `    ${this.assign(node.additionalProperties, 'out[key]', `${context}Value`)}`,
        `  }`,
        `  return out;`,
        `}`,
      ].join('\n');
    }
    const leaf = this.leaf(node) ?? 'true';
    return `function ${fn}(x: unknown, s: DecodeState): unknown {\n  if (!(${nullableCheck(leaf, node)})) s.ok = false;\n  return x;\n}`;
  }

  private objectFunction(fn: string, node: Schema, context: string): string {
    const required = new Set(node.required ?? []);
    const known = Object.keys(node.properties!);
    const knownName = `known${fn.slice('decode'.length)}`;
    this.knownKeys.set(knownName, known);
    // An inline schema named by its kind (`ApiKey`) has no spec name but that one.
    const schema = fn === `decode${context}` ? (this.specNames.get(context) ?? context) : undefined;
    const lines = [
      `function ${fn}(u: unknown, s: DecodeState): unknown {`,
      ...(node.nullable ? ['  if (u === null) return null;'] : []),
      `  if (u === null || typeof u !== 'object' || Array.isArray(u)) { s.ok = false; return u; }`,
      `  const v = u as WireObject;`,
      // A record schema's object is allocated by the caller's factory (a record) when it gave one.
      schema !== undefined && this.records.has(schema)
        ? `  const r: Fields = s.records === undefined ? {} : newObject(s.records, ${JSON.stringify(schema)});`
        : `  const r: Fields = {};`,
      `  let n = 0;`,
      `  let x: unknown;`,
    ];
    for (const [key, schema] of Object.entries(node.properties!)) {
      const target = `r${propertyAccess(camelCase(key))}`;
      const missing = required.has(key) ? ' else s.ok = false;' : '';
      const body = isTypeTag(key, schema)
        ? `if (x !== ${JSON.stringify(schema.enum![0])}) s.ok = false; ${target} = x;`
        : this.assign(schema, target, `${context}${pascalCase(key)}`);
      lines.push(`  x = v${propertyAccess(key)};`, `  if (x !== undefined) { n++; ${body} }${missing}`);
    }
    const extra = node.additionalProperties;
    if (extra && typeof extra === 'object') {
      // Keys of the sender's own, to values the schema describes: keys kept, values decoded.
      lines.push(
        `  if (n !== countKeys(v)) {`,
        `    for (const key in v) {`,
        `      if (${knownName}.has(key)) continue;`,
        `      x = v[key];`,
        `      ${this.assign(extra, 'r[key]', `${context}Value`)}`,
        `    }`,
        `  }`,
      );
    } else {
      // Keys the schema does not declare: the sender's own where it allows them (kept as sent),
      // otherwise fields Clerk added after this spec (re-cased).
      lines.push(`  if (n !== countKeys(v)) ${extra ? 'copyExtra' : 'copyUnknown'}(v, r, ${knownName});`);
    }
    lines.push(`  return r;`, `}`);
    return lines.join('\n');
  }

  private unionFunction(fn: string, node: Schema, context: string): string {
    const variants = node.oneOf!.map((variant, index) => this.complexOrLeafFunction(variant, `${context}Variant${index}`));
    const nullable = node.nullable ? '  if (x === null) return null;\n' : '';
    if (variants.length === 1) return `function ${fn}(x: unknown, s: DecodeState): unknown {\n${nullable}  return ${variants[0]}(x, s);\n}`;
    const discriminator = node.discriminator?.propertyName;
    if (discriminator) {
      const cases = node.oneOf!.map((variant, index) => {
        const tag = this.resolver.ref(variant).properties?.[discriminator]?.enum?.[0];
        return `    case ${JSON.stringify(tag)}: return ${variants[index]}(x, s);`;
      });
      return [
        `function ${fn}(x: unknown, s: DecodeState): unknown {`,
        nullable.trimEnd(),
        `  if (x === null || typeof x !== 'object' || Array.isArray(x)) { s.ok = false; return x; }`,
        `  const tag = (x as WireObject)${propertyAccess(discriminator)};`,
        `  switch (tag) {`,
        ...cases,
        `    default:`,
        `      // A variant Clerk added later: accepted when tagged, its keys re-cased.`,
        `      if (typeof tag !== 'string') s.ok = false;`,
        `      return renameAll(x);`,
        `  }`,
        `}`,
      ]
        .filter(Boolean)
        .join('\n');
    }
    return [
      `function ${fn}(x: unknown, s: DecodeState): unknown {`,
      nullable.trimEnd(),
      ...variants.map((variant) => `  { const t: DecodeState = { ok: true, records: s.records }; const r = ${variant}(x, t); if (t.ok) return r; }`),
      `  s.ok = false;`,
      `  return renameAll(x);`,
      `}`,
    ]
      .filter(Boolean)
      .join('\n');
  }

  private complexOrLeafFunction(node: Schema, context: string): string {
    if (this.leaf(node) === undefined) return this.complex(node, context);
    return this.inner(node, context);
  }
}

function nullableCheck(check: string, node: Schema): string {
  return node.nullable ? `x === null || (${check})` : check;
}

/**
 * The fast path of queries: for an operation whose query parameters are all plain values (strings,
 * numbers, booleans, closed sets, patterns, arrays of them), a function that checks the params by
 * the rules of the operation's zod query schema (emit-zod.ts) and returns them keyed by wire name,
 * or `undefined` whenever it is not sure they pass: the caller then asks zod, which has the last
 * word and the messages. The usual list call thus sends its request without loading zod.
 */
class QueryCheckEmitter {
  /** Module-level constants (sets of accepted values, patterns) the checks share. */
  readonly constants = new Map<string, string>();

  private constant(code: string): string {
    for (const [name, existing] of this.constants) if (existing === code) return name;
    const name = `query${this.constants.size}`;
    this.constants.set(name, code);
    return name;
  }

  private oneOf(values: readonly string[]): string {
    return `${this.constant(`new Set(${JSON.stringify(values)})`)}.has(x as string)`;
  }

  /** `(x) passes`, or undefined when the node is not a plain value this checker knows. */
  check(node: Schema, key: string): string | undefined {
    if (node.$ref || node.allOf || node.oneOf || node.anyOf) return undefined;
    const check = this.base(node, key);
    if (check === undefined) return undefined;
    return node.nullable ? `x === null || (${check})` : check;
  }

  private base(node: Schema, key: string): string | undefined {
    switch (typeOf(node)) {
      case 'string': {
        if (node.format === 'binary') return undefined;
        if (isTypeTag(key, node)) return `x === ${JSON.stringify(node.enum![0])}`;
        if (node['x-ordering']) return this.oneOf(node['x-ordering'].flatMap((field) => [field, `+${field}`, `-${field}`]));
        if (node['x-exclude'] && node.enum) return this.oneOf(node.enum.filter((v): v is string => typeof v === 'string').flatMap((value) => [value, `-${value}`]));
        if (node['x-template'] && node.pattern) return `typeof x === 'string' && ${this.constant(`new RegExp(${JSON.stringify(node.pattern)})`)}.test(x)`;
        if (node.enum) return this.oneOf(node.enum.filter((v): v is string => typeof v === 'string'));
        const checks = ["typeof x === 'string'"];
        if (node.minLength !== undefined) checks.push(`x.length >= ${node.minLength}`);
        if (node.maxLength !== undefined) checks.push(`x.length <= ${node.maxLength}`);
        if (node.pattern !== undefined) checks.push(`${this.constant(`new RegExp(${JSON.stringify(node.pattern)})`)}.test(x)`);
        return checks.join(' && ');
      }
      case 'integer':
      case 'number': {
        const checks = [node.type === 'integer' ? "typeof x === 'number' && Number.isSafeInteger(x)" : "typeof x === 'number' && Number.isFinite(x)"];
        if (node.minimum !== undefined) checks.push(`x >= ${node.minimum}`);
        if (node.maximum !== undefined) checks.push(`x <= ${node.maximum}`);
        return checks.join(' && ');
      }
      case 'boolean':
        return node.enum && node.enum.length === 1 ? `x === ${JSON.stringify(node.enum[0])}` : "typeof x === 'boolean'";
      case 'array': {
        const item = this.check(node.items ?? {}, '');
        if (item === undefined || !node.items || typeOf(node.items) === undefined) return undefined;
        const checks = [`Array.isArray(x) && x.every((x: unknown) => ${item})`];
        if (node.minItems !== undefined) checks.push(`x.length >= ${node.minItems}`);
        if (node.maxItems !== undefined) checks.push(`x.length <= ${node.maxItems}`);
        return checks.join(' && ');
      }
      default:
        return undefined;
    }
  }

  /** The checking function of an operation's query object (wire names), or undefined. */
  function(name: string, query: Schema): string | undefined {
    if (query.anyOf || typeOf(query) !== 'object') return undefined;
    const cases: string[] = [];
    for (const [wire, node] of Object.entries(query.properties ?? {})) {
      const check = this.check(node, wire);
      if (check === undefined) return undefined;
      cases.push(`      case ${JSON.stringify(camelCase(wire))}:\n        if (x !== undefined && !(${check})) return undefined;\n        wire[${JSON.stringify(wire)}] = x;\n        break;`);
    }
    const required = (query.required ?? []).map((wire) => `wire[${JSON.stringify(wire)}] === undefined`);
    return [
      `function ${name}(params: unknown): WireQuery | undefined {`,
      `  if (params === null || typeof params !== 'object' || Array.isArray(params)) return undefined;`,
      `  const wire: WireQuery = {};`,
      `  for (const key in params) {`,
      `    const x: unknown = (params as Record<string, unknown>)[key];`,
      `    switch (key) {`,
      ...cases,
      `      default:`,
      `        return undefined;`,
      `    }`,
      `  }`,
      ...(required.length ? [`  if (${required.join(' || ')}) return undefined;`] : []),
      `  return wire;`,
      `}`,
    ].join('\n');
  }
}

/** The runtime helpers a decoder module may import from src/core/decoding.ts. */
const RUNTIME_VALUES = ['copyExtra', 'copyUnknown', 'countKeys', 'newObject', 'renameAll'] as const;
const RUNTIME_TYPES = ['DecodeState', 'DecoderGroup', 'Fields', 'WireObject', 'WireQuery'] as const;
/** Names a module-level item of a decoder module refers to: decoders, known-key sets, query checks and their constants. */
const ITEM_REFERENCE = /\b(?:decode|known|query)\w+/g;

/** `emailSMSTemplates` -> `email-sms-templates`: a group's module name. */
function moduleName(group: string): string {
  return group
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1-$2')
    .toLowerCase();
}

/** The import of the runtime helpers `code` uses, from `from`. */
function runtimeImport(code: string, from: string): string {
  const used = (name: string) => new RegExp(`\\b${name}\\b`).test(code);
  const names = [...RUNTIME_VALUES.filter(used), ...RUNTIME_TYPES.filter(used).map((name) => `type ${name}`)];
  return names.length ? `import { ${names.join(', ')} } from '${from}';` : '';
}

/**
 * The group modules, under src/generated/decoders/: one per API group (its operations' rows beyond
 * the entry's references, their decoders and query checks, and the functions no other group
 * reaches), `shared.ts` (the functions two groups or more reach), `index.ts` (a loader per group:
 * a call loads its group's module only, so a users listing compiles the users decoders, not every
 * operation's), and `all.ts` (every group at once, and the full operation table, for tests and
 * tools).
 */
export function decoderFiles(model: Model, header: string): Map<string, string> {
  const decoders = new DecoderEmitter(model.resolver, model.records);
  for (const component of model.components) decoders.component(`#/components/schemas/${component}`);
  const queries = new QueryCheckEmitter();
  /** Per group: its operations' rows, decoder and query-check bindings, and the functions those bindings name. */
  const groups = new Map<string, { rows: string[]; bindings: string[]; queryBindings: string[]; roots: string[] }>();
  const queryFunctions = new Map<string, string>();
  const responseBindings = new Map<string, string[]>();
  for (const op of model.operations) {
    const group = groups.get(op.group) ?? { rows: [], bindings: [], queryBindings: [], roots: [] };
    groups.set(op.group, group);
    group.rows.push(`  ${op.id}: ${rowFields(op)},`);
    const queryCheck = op.query && queries.function(`query${op.id}`, op.query);
    if (queryCheck) {
      queryFunctions.set(`query${op.id}`, queryCheck);
      group.queryBindings.push(`  ${op.id}: query${op.id},`);
      group.roots.push(`query${op.id}`);
    }
    const names = model.names.get(op.id)!;
    if (op.response) {
      const binding = [`response: ${decoders.named(names.response!, op.response)}`];
      if (op.list) binding.push(`items: ${decoders.named(`${names.item}Items`, { type: 'array', items: op.list.item })}`);
      responseBindings.set(op.id, binding);
    }
  }
  const { knownKeys, functions, aliases } = deduplicate(decoders.knownKeys, decoders.functions);
  const canonical = (code: string) => code.replace(/\bdecode\w+/g, (name) => aliases.get(name) ?? name);
  for (const op of model.operations) {
    const binding = responseBindings.get(op.id);
    if (!binding) continue;
    const group = groups.get(op.group)!;
    const row = canonical(`  ${op.id}: { ${binding.join(', ')} },`);
    group.bindings.push(row);
    group.roots.push(...row.slice(row.indexOf(':') + 1).match(ITEM_REFERENCE)!);
  }

  // Every module-level item, in output order: known-key sets, decoders, query constants, query checks.
  const items = new Map<string, string>();
  for (const [name, keys] of knownKeys) items.set(name, `const ${name} = new Set(${JSON.stringify(keys)});`);
  for (const [name, code] of functions) items.set(name, code);
  for (const [name, code] of queries.constants) items.set(name, `const ${name} = ${code};`);
  for (const [name, code] of queryFunctions) items.set(name, code);
  const references = (name: string) => [...new Set(items.get(name)!.match(ITEM_REFERENCE) ?? [])].filter((ref) => ref !== name && items.has(ref));

  // The groups that reach each item.
  const reach = new Map<string, Set<string>>();
  const visit = (name: string, group: string): void => {
    const groupsOf = reach.get(name) ?? new Set<string>();
    if (groupsOf.has(group)) return;
    groupsOf.add(group);
    reach.set(name, groupsOf);
    for (const ref of references(name)) visit(ref, group);
  };
  for (const [group, { roots }] of groups) for (const root of roots) visit(root, group);
  /** The one group that reaches an item; undefined when none or several do. */
  const home = (name: string) => {
    const groupsOf = reach.get(name);
    return groupsOf?.size === 1 ? [...groupsOf][0]! : undefined;
  };

  const files = new Map<string, string>();
  const fileHeader = header.replace('Do not edit:', 'Plain checks, no zod. Do not edit:');
  const shared = [...items.keys()].filter((name) => (reach.get(name)?.size ?? 0) > 1);
  /** Items in output order: constants one per line, functions apart. */
  const joinItems = (names: readonly string[]) => names.map((name) => items.get(name)!).map((code) => (code.startsWith('const ') ? code : `\n${code}\n`)).join('\n').replace(/\n{3,}/g, '\n\n').trim();
  const sharedCode = joinItems(shared);
  files.set(
    'shared.ts',
    [
      fileHeader,
      runtimeImport(sharedCode, '../../core/decoding.js'),
      '',
      sharedCode,
      '',
      `export { ${shared.join(', ')} };`,
      '',
    ].join('\n'),
  );

  const modules = new Map<string, string>();
  for (const [group, { rows, bindings, queryBindings }] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const module = moduleName(group);
    if ([...modules.values()].includes(module) || module === 'shared' || module === 'index' || module === 'all') {
      throw new Error(`decoder module name clash: ${group} -> ${module}`);
    }
    modules.set(group, module);
    const own = [...items.keys()].filter((name) => home(name) === group);
    const code = joinItems(own);
    const tables = [
      `/** The rows of the ${group} operations, by operationId: what src/generated/operations.ts does not hold (see \`operationInfo\`). */`,
      "export const operationRows: DecoderGroup['operationRows'] = {",
      ...rows,
      '};',
      '',
      `/** Decoders of each ${group} operation's response (and of a list's items), by operationId. */`,
      "export const operationDecoders: DecoderGroup['operationDecoders'] = {",
      ...bindings,
      '};',
      '',
      '/**',
      ` * The query params of each ${group} operation whose query is made of plain values, checked by the rules of its`,
      ' * zod schema and keyed by wire name; `undefined` when they may not pass (zod then decides), by operationId.',
      ' */',
      "export const operationQueries: DecoderGroup['operationQueries'] = {",
      ...queryBindings,
      '};',
    ].join('\n');
    const fromShared = shared.filter((name) => new RegExp(`\\b${name}\\b`).test(`${code}\n${tables}`));
    files.set(
      `${module}.ts`,
      [
        fileHeader,
        runtimeImport(`${code}\n${tables}`, '../../core/decoding.js'),
        ...(fromShared.length ? [`import { ${fromShared.join(', ')} } from './shared.js';`] : []),
        '',
        ...(code ? [code, ''] : []),
        tables,
        '',
      ].join('\n'),
    );
  }
  files.set(
    'index.ts',
    [
      fileHeader,
      `import type { DecoderGroup } from '../../core/decoding.js';`,
      '',
      '/** The loader of each group\'s module, by the group of src/generated/operations.ts. */',
      'export const decoderGroups: Readonly<Record<string, () => Promise<DecoderGroup>>> = {',
      ...[...modules].map(([group, module]) => `  ${group}: () => import('./${module}.js'),`),
      '};',
      '',
    ].join('\n'),
  );
  const imports = [...modules].map(([group, module]) => `import * as ${group} from './${module}.js';`);
  files.set(
    'all.ts',
    [
      fileHeader,
      `import type { DecoderGroup } from '../../core/decoding.js';`,
      `import { operationInfo, operations, type OperationId, type OperationInfo } from '../operations.js';`,
      ...imports,
      '',
      '/** Every group\'s module at once (tests and tools; the client loads one group at a time through `decoderGroups`). */',
      `const all: readonly DecoderGroup[] = [${[...modules.keys()].join(', ')}];`,
      '',
      '/** Decoders of every operation, by operationId. */',
      `export const operationDecoders: DecoderGroup['operationDecoders'] = Object.assign({}, ...all.map((group) => group.operationDecoders));`,
      '',
      '/** Plain query checks of every operation that has one, by operationId. */',
      `export const operationQueries: DecoderGroup['operationQueries'] = Object.assign({}, ...all.map((group) => group.operationQueries));`,
      '',
      '/** Rows of every operation, by operationId, as in its group\'s module. */',
      `const operationRows: DecoderGroup['operationRows'] = Object.assign({}, ...all.map((group) => group.operationRows));`,
      '',
      '/** Every operation\'s full row (its reference, its group\'s row and the defaults), by operationId: what a call runs on. */',
      'export const operationTable = Object.fromEntries(',
      '  Object.entries(operations).map(([id, ref]) => [id, operationInfo(ref, operationRows[id]!)]),',
      ') as { readonly [Id in OperationId]: OperationInfo & { readonly id: Id } };',
      '',
    ].join('\n'),
  );
  return files;
}
