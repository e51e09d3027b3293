/**
 * Emitter: src/generated/schemas.ts, the zod schemas (camelCase keys) of every named schema, the
 * key maps of requests, and each operation's binding of them. Requests are checked strictly (closed
 * enums, bounds, unknown keys refused); responses only by type, so what Clerk adds later passes.
 */
import { KeyMaps } from './key-maps.js';
import { componentName, type Mode, type Model } from './model.js';
import { camelCase, propertyKey } from './names.js';
import { isSchemaUnion, isTypeTag, isWrapper, refName, typeOf, type Resolver } from './resolve.js';
import type { Schema } from './spec.js';

export class ZodEmitter {
  constructor(private readonly resolver: Resolver) {}

  /** The zod expression for a schema node. */
  zod(node: Schema, mode: Mode): string {
    if (node.$ref) return `${componentName(refName(node.$ref), mode)}Schema()`;
    if (node.allOf) return this.nullable(this.zod(isWrapper(node) ? node.allOf[0]! : this.resolver.mergeAllOf(node), mode), node);
    if (node.oneOf) return this.nullable(this.oneOf(node, mode), node);
    if (isSchemaUnion(node.anyOf)) return this.nullable(this.oneOf({ ...node, oneOf: node.anyOf, anyOf: undefined }, mode), node);
    const base = this.base(node, mode);
    const withAnyOf = node.anyOf && mode === 'request' ? requiredAlternatives(base, node.anyOf) : base;
    return this.nullable(withAnyOf, node);
  }

  private nullable(code: string, node: Schema): string {
    return node.nullable ? `z.nullable(${code})` : code;
  }

  private base(node: Schema, mode: Mode): string {
    const type = typeOf(node);
    switch (type) {
      case 'string':
        return string(node, mode);
      case 'integer':
      case 'number':
        return number(node, mode, type);
      case 'boolean':
        if (node.enum && node.enum.length === 1 && mode === 'response') return 'z.boolean()';
        return node.enum && node.enum.length === 1 ? `z.literal(${JSON.stringify(node.enum[0])})` : 'z.boolean()';
      case 'array': {
        const items = node.items ? this.zod(node.items, mode) : 'z.unknown()';
        const checks: string[] = [];
        if (mode === 'request' && node.minItems !== undefined) checks.push(`z.minLength(${node.minItems})`);
        if (mode === 'request' && node.maxItems !== undefined) checks.push(`z.maxLength(${node.maxItems})`);
        return withChecks(`z.array(${items})`, checks);
      }
      case 'object':
        return this.object(node, mode);
      default:
        return 'z.unknown()';
    }
  }

  private object(node: Schema, mode: Mode): string {
    const properties = Object.entries(node.properties ?? {});
    if (properties.length === 0) {
      const extra = node.additionalProperties;
      if (extra && typeof extra === 'object') return `z.record(z.string(), ${this.zod(extra, mode)})`;
      return 'z.record(z.string(), z.unknown())';
    }
    const required = new Set(node.required ?? []);
    const fields = properties.map(([key, schema]) => {
      let code = isTypeTag(key, schema) ? `z.literal(${JSON.stringify(schema.enum![0])})` : this.zod(schema, mode);
      if (!required.has(key)) code = `z.optional(${code})`;
      const doc = schema.deprecated ? '/** @deprecated */ ' : '';
      return `${doc}${propertyKey(camelCase(key))}: ${code}`;
    });
    // Requests refuse keys the schema does not know, so a typo fails before anything is sent.
    // Responses only check the keys they know: the parse result is not used (the renamed object
    // is, with any key Clerk added kept), and z.object checks several times faster than a
    // catch-all object.
    // Objects that allow keys of their own keep them in both directions.
    if (node.additionalProperties) return `z.looseObject({ ${fields.join(', ')} })`;
    return `z.${mode === 'response' ? 'object' : 'strictObject'}({ ${fields.join(', ')} })`;
  }

  private oneOf(node: Schema, mode: Mode): string {
    const variants = node.oneOf!.map((variant) => this.zod(variant, mode));
    if (variants.length === 1) return variants[0]!;
    const discriminator = node.discriminator?.propertyName;
    if (discriminator) {
      // A variant Clerk adds later must not fail validation: responses accept any other object too.
      return mode === 'response'
        ? `discriminated(${JSON.stringify(discriminator)}, ${JSON.stringify(this.tags(node, discriminator))}, [${variants.join(', ')}])`
        : `z.discriminatedUnion(${JSON.stringify(discriminator)}, [${variants.join(', ')}])`;
    }
    return `z.union([${variants.join(', ')}])`;
  }

  /** The discriminator values of a union's variants. */
  private tags(node: Schema, discriminator: string): string[] {
    return node.oneOf!.map((variant) => String(this.resolver.ref(variant).properties?.[discriminator]?.enum?.[0]));
  }
}

function string(node: Schema, mode: Mode): string {
  if (node.format === 'binary') return 'upload()';
  // Values and formats from spec/facts.yml, checked with messages that say what is accepted.
  if (mode === 'request' && node['x-ordering']) return `ordering(${JSON.stringify(node['x-ordering'])})`;
  if (mode === 'request' && node['x-exclude'] && node.enum) return `excludable(${JSON.stringify(node.enum)})`;
  if (mode === 'request' && node['x-template'] && node.pattern) return `formatted<${node['x-template']}>(${JSON.stringify(node.pattern)})`;
  if (node.enum) {
    const values = node.enum.filter((value): value is string => typeof value === 'string');
    // Responses: open enums (known values for autocomplete, any string accepted).
    // Requests: closed enums, so a typo fails before the request.
    return mode === 'response' ? `openEnum(${JSON.stringify(values)})` : `z.enum(${JSON.stringify(values)})`;
  }
  const checks: string[] = [];
  if (mode === 'request') {
    if (node.minLength !== undefined) checks.push(`z.minLength(${node.minLength})`);
    if (node.maxLength !== undefined) checks.push(`z.maxLength(${node.maxLength})`);
    if (node.pattern !== undefined) checks.push(`z.regex(new RegExp(${JSON.stringify(node.pattern)}))`);
  }
  return withChecks('z.string()', checks);
}

function number(node: Schema, mode: Mode, type: 'integer' | 'number'): string {
  if (mode === 'response') return 'z.number()';
  const checks: string[] = [];
  if (node.minimum !== undefined) checks.push(`z.minimum(${node.minimum})`);
  if (node.maximum !== undefined) checks.push(`z.maximum(${node.maximum})`);
  return withChecks(type === 'integer' ? 'z.int()' : 'z.number()', checks);
}

/** `base.check(a, b)` when there are checks, else `base`. */
function withChecks(base: string, checks: string[]): string {
  return checks.length ? `${base}.check(${checks.join(', ')})` : base;
}

/** `anyOf: [{required: [a]}, {required: [b]}]` in a request: at least one of the groups is present. */
function requiredAlternatives(code: string, anyOf: Schema[]): string {
  const groups = anyOf.map((part) => (part.required ?? []).map(camelCase));
  if (groups.some((group) => group.length === 0)) return code;
  const message = `one of ${groups.map((group) => group.join(' + ')).join(' or ')} is required`;
  return `${code}.check(z.refine((value) => ${groups
    .map((group) => `(${group.map((key) => `value.${key} !== undefined`).join(' && ')})`)
    .join(' || ')}, { message: ${JSON.stringify(message)} }))`;
}

/** The file: every schema, every key map, and the operation bindings (the builders are src/core/schema-builders.ts). */
export function schemasFile(model: Model, header: string): string {
  const emitter = new ZodEmitter(model.resolver);
  const keyMaps = KeyMaps.of(model);
  const lines: string[] = [
    header,
    `import * as z from 'zod/mini';`,
    `import type { KeyMap } from '../core/casing.js';`,
    `import { discriminated, excludable, formatted, lazy, openEnum, ordering, upload } from '../core/schema-builders.js';`,
    '',
  ];
  for (const [name, { node, mode }] of model.schemas) lines.push(`export const ${name}Schema = lazy(() => ${emitter.zod(node, mode)});`);
  lines.push('');
  for (const [name, entries] of [...keyMaps.maps].sort(([a], [b]) => a.localeCompare(b))) {
    // Entries, or the name of the map this one reuses.
    const reused = /^\w+$/.test(entries);
    lines.push(`export const ${name}: KeyMap = () => ${reused ? `${entries}()` : entries};`);
  }
  lines.push('');
  lines.push(
    '/** The runtime schemas and key maps of one operation. */',
    'export interface OperationSchemaBinding {',
    '  readonly query?: () => z.ZodMiniType;',
    '  readonly queryKeys?: KeyMap;',
    '  readonly body?: () => z.ZodMiniType;',
    '  readonly bodyKeys?: KeyMap;',
    '  readonly response?: () => z.ZodMiniType;',
    '  readonly item?: () => z.ZodMiniType;',
    '}',
    '',
    '/** Runtime schemas and key maps of each operation, by operationId. */',
    'export const operationSchemas: Readonly<Record<string, OperationSchemaBinding>> = {',
  );
  for (const op of model.operations) {
    const names = model.names.get(op.id)!;
    const binding: string[] = [];
    if (op.query) {
      binding.push(`query: ${names.query}Schema`);
      const keys = keyMaps.keys(names.query!, op.query);
      if (keys) binding.push(`queryKeys: ${keys}`);
    }
    if (op.body) {
      binding.push(`body: ${names.body}Schema`);
      const keys = keyMaps.keys(names.body!, op.body);
      if (keys) binding.push(`bodyKeys: ${keys}`);
    }
    if (names.response) binding.push(`response: ${names.response}Schema`);
    if (names.item) binding.push(`item: ${names.item}Schema`);
    lines.push(`  ${op.id}: { ${binding.join(', ')} },`);
  }
  lines.push('};', '');
  return lines.join('\n');
}
