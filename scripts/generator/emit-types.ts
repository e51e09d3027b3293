/**
 * Emitter: src/generated/types.ts, the TypeScript type of every named schema, written out (what
 * its zod schema parses to), so that the published declarations are plain types rather than zod's
 * inferred ones: a tenth of the size, and quicker for the compilers of applications.
 * src/generated/type-checks.ts (emit-type-checks.ts) holds each type and its zod schema's output to
 * be the same.
 */
import { componentName, formerTypeNames, type Mode, type Model } from './model.js';
import { camelCase, group, propertyKey } from './names.js';
import { isSchemaUnion, isTypeTag, isWrapper, refName, typeOf, type Resolver } from './resolve.js';
import type { Schema } from './spec.js';

export class TypeEmitter {
  constructor(private readonly resolver: Resolver) {}

  /** The TypeScript type of a schema node. */
  ts(node: Schema, mode: Mode): string {
    if (node.$ref) return componentName(refName(node.$ref), mode);
    let type: string;
    if (node.allOf) {
      type = this.ts(isWrapper(node) ? node.allOf[0]! : this.resolver.mergeAllOf(node), mode);
    } else if (node.oneOf || isSchemaUnion(node.anyOf)) {
      const variants = (node.oneOf ?? node.anyOf)!.map((variant) => this.ts(variant, mode));
      type = variants.length === 1 ? variants[0]! : variants.map(group).join(' | ');
    } else {
      type = this.base(node, mode);
    }
    return node.nullable ? `${group(type)} | null` : type;
  }

  private base(node: Schema, mode: Mode): string {
    switch (typeOf(node)) {
      case 'string': {
        if (node.format === 'binary') return 'Upload';
        if (mode === 'request' && node['x-ordering']) return `\`\${"" | "+" | "-"}\${${literals(node['x-ordering'])}}\``;
        if (mode === 'request' && node['x-exclude'] && node.enum) return `\`\${"" | "-"}\${${literals(node.enum)}}\``;
        if (mode === 'request' && node['x-template'] && node.pattern) return node['x-template'];
        if (!node.enum) return 'string';
        const values = node.enum.filter((value): value is string => typeof value === 'string').map((value) => JSON.stringify(value));
        return mode === 'response' ? `LiteralUnion<${values.join(' | ')}, string>` : values.join(' | ');
      }
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return node.enum && node.enum.length === 1 && mode === 'request' ? JSON.stringify(node.enum[0]) : 'boolean';
      case 'array':
        return `Array<${node.items ? this.ts(node.items, mode) : 'unknown'}>`;
      case 'object':
        return this.object(node, mode);
      default:
        return 'unknown';
    }
  }

  private object(node: Schema, mode: Mode): string {
    const properties = Object.entries(node.properties ?? {});
    if (properties.length === 0) {
      const extra = node.additionalProperties;
      return `Record<string, ${extra && typeof extra === 'object' ? this.ts(extra, mode) : 'unknown'}>`;
    }
    const required = new Set(node.required ?? []);
    const fields = properties.map(([key, schema]) => {
      const type = isTypeTag(key, schema) ? JSON.stringify(schema.enum![0]) : this.ts(schema, mode);
      const doc = schema.deprecated ? '/** @deprecated */ ' : '';
      const name = propertyKey(camelCase(key));
      return required.has(key) ? `${doc}${name}: ${type}` : `${doc}${name}?: ${group(type)} | undefined`;
    });
    // Keys of the caller's own (or of Clerk's, in an answer), beside the declared ones.
    if (node.additionalProperties) fields.push('[key: string]: unknown');
    return `{ ${fields.join('; ')} }`;
  }
}

/** `"a" | "b"` */
function literals(values: unknown[]): string {
  return values.map((value) => JSON.stringify(value)).join(' | ');
}

/** The file: every named schema's type, and the aliases that give each operation's parts its own name. */
export function typesFile(model: Model, header: string): string {
  const emitter = new TypeEmitter(model.resolver);
  const lines: string[] = [header, `import type { LiteralUnion } from 'type-fest';`, ''];
  lines.push(
    '/** A file to upload: a Blob or File, bytes, or a readable stream. */',
    'export type Upload = Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;',
    '',
  );
  for (const [name, { node, mode }] of model.schemas) lines.push(`export type ${name} = ${emitter.ts(node, mode)};`);
  lines.push('');
  for (const op of model.operations) {
    const names = model.names.get(op.id)!;
    if (names.item && names.item !== `${op.typeName}Item`) lines.push(`export type ${op.typeName}Item = ${names.item};`);
    if (names.response && names.response !== `${op.typeName}Response`) lines.push(`export type ${op.typeName}Response = ${names.response};`);
  }
  lines.push('');
  const former = [...formerTypeNames(model)].sort(([a], [b]) => a.localeCompare(b));
  for (const [old, current] of former) lines.push(`/** @deprecated Renamed \`${current}\`. */`, `export type ${old} = ${current};`);
  lines.push('');
  return lines.join('\n');
}
