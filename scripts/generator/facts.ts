/**
 * Part of the load stage: spec/facts.yml merged into the spec. The vendored spec types some
 * parameters and fields as plain strings where Clerk's prose lists their values (orderings,
 * filters) or their format (role and permission keys); the facts file records those values, and
 * this module writes them into the schema nodes as extensions the emitters read:
 *
 *   x-ordering  the fields an `order_by` takes (each also with `+` or `-`); `enum` lists them all
 *   x-exclude   an enum whose values may also be sent prefixed `-`
 *   x-template  the TypeScript template literal type of a `pattern` (`org:${string}`)
 *
 * A fact that no longer fits the spec (operation, parameter or field gone, values the spec now
 * lists itself) stops the generator: adopting a new spec version reviews each one.
 */
import type { Operation, Parameter, Schema, Spec } from './spec.js';

export interface Facts {
  orderings?: Record<string, string[]>;
  parameters?: Record<string, Record<string, { enum?: string[]; exclude?: boolean }>>;
  fields?: Record<string, Record<string, { enum?: string[]; pattern?: string }>>;
}

export function applyFacts(spec: Spec, facts: Facts, file: string): void {
  const byId = new Map(Object.values(spec.paths).flatMap((item) => Object.values(item).map((op) => [op.operationId, op] as const)));
  const operation = (id: string): Operation => {
    const op = byId.get(id);
    if (!op) throw new Error(`${file}: no operation ${id} in the spec`);
    return op;
  };
  for (const [id, fields] of Object.entries(facts.orderings ?? {})) {
    updateParameter(spec, operation(id), 'order_by', file, (schema) => {
      if (schema.enum) throw new Error(`${file}: the spec now lists ${id} order_by's values itself: remove the fact`);
      return { ...schema, enum: fields.flatMap((field) => [field, `+${field}`, `-${field}`]), 'x-ordering': fields };
    });
  }
  for (const [id, parameters] of Object.entries(facts.parameters ?? {})) {
    for (const [name, fact] of Object.entries(parameters)) {
      updateParameter(spec, operation(id), name, file, (schema) => {
        const values = (node: Schema): Schema => {
          if (fact.enum && node.enum) throw new Error(`${file}: the spec now lists ${id} ${name}'s values itself: remove them from the fact`);
          const withValues = fact.enum ? { ...node, enum: fact.enum } : node;
          if (fact.exclude && !withValues.enum) throw new Error(`${file}: ${id} ${name} has no values to exclude`);
          return fact.exclude ? { ...withValues, 'x-exclude': true } : withValues;
        };
        return schema.type === 'array' && schema.items ? { ...schema, items: values(schema.items) } : values(schema);
      });
    }
  }
  for (const [id, fields] of Object.entries(facts.fields ?? {})) {
    const op = operation(id);
    const body = op.requestBody?.content?.['application/json']?.schema;
    for (const [name, fact] of Object.entries(fields)) {
      const field = body?.properties?.[name];
      if (!field || field.type !== 'string') throw new Error(`${file}: ${id} has no string body field ${name}`);
      if (fact.enum) {
        if (field.enum) throw new Error(`${file}: the spec now lists ${id} ${name}'s values itself: remove the fact`);
        field.enum = fact.enum;
      }
      if (fact.pattern) {
        if (field.pattern) throw new Error(`${file}: the spec now gives ${id} ${name}'s format itself: remove the fact`);
        field.pattern = fact.pattern;
        const template = templateOf(fact.pattern);
        if (template) field['x-template'] = template;
      }
    }
  }
}

/** Replaces an operation's query parameter with a copy whose schema `update` returns (a shared `$ref` stays untouched). */
function updateParameter(spec: Spec, op: Operation, name: string, file: string, update: (schema: Schema) => Schema): void {
  const parameters = op.parameters ?? [];
  const index = parameters.findIndex((parameter) => resolveParameter(spec, parameter).name === name);
  const parameter = index < 0 ? undefined : resolveParameter(spec, parameters[index]!);
  if (!parameter || parameter.in !== 'query' || !parameter.schema) throw new Error(`${file}: ${op.operationId} has no query parameter ${name}`);
  const type = parameter.schema.type === 'array' ? parameter.schema.items?.type : parameter.schema.type;
  if (type !== 'string') throw new Error(`${file}: ${op.operationId} ${name} is not a string parameter`);
  parameters[index] = { ...parameter, schema: update(parameter.schema) };
}

function resolveParameter(spec: Spec, parameter: Parameter): Parameter {
  if (!parameter.$ref) return parameter;
  const name = parameter.$ref.split('/').pop()!;
  return spec.components.parameters[name]!;
}

/**
 * The TypeScript template literal type of a regular expression made of literal text and repeated
 * character classes (`^org:[a-z0-9_]+$` -> `` `org:${string}` ``), lookaheads ignored; undefined
 * for anything else.
 */
export function templateOf(pattern: string): string | undefined {
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '').replace(/\(\?!([^()]*)\)/g, '');
  let out = '';
  for (let index = 0; index < body.length; ) {
    const rest = body.slice(index);
    const repeated = /^\[[^\]]+\](\+|\*|\{\d+(,\d*)?\})/.exec(rest);
    if (repeated) {
      if (!out.endsWith('${string}')) out += '${string}';
      index += repeated[0].length;
    } else if (/^[A-Za-z0-9:_\-/@]/.test(rest)) {
      out += rest[0];
      index += 1;
    } else {
      return undefined;
    }
  }
  return `\`${out}\``;
}
