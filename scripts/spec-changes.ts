/**
 * What changed between two versions of Clerk's spec, as a readable Markdown summary: operations
 * added and removed; for each operation kept, its parameters, body fields and answers added,
 * removed or changed; schemas added and removed, and the fields of each schema kept. Written by
 * `npm run vendor-spec -- --version <date>` to spec/CHANGES.md, for whoever adopts the version.
 *
 * Shapes are compared flattened: an object's fields by dotted path down to the next named schema
 * (`$ref`s are compared by name, and the schema itself under "Schemas").
 */
import type { Operation, Parameter, Schema, Spec } from './generator/spec.js';
import { operationsOf } from './generator/spec.js';

/** Field path -> a short description of its type (`string, optional`, `Array<User>`, `"a" | "b" | null`). */
type Shape = Map<string, string>;

const OPTIONAL = ', optional';

interface Change {
  added: string[];
  removed: string[];
  changed: string[];
}

export function specChanges(before: Spec, after: Spec, versions: { from: string; to: string }): string {
  const lines: string[] = [`# Clerk Backend API: ${versions.from} -> ${versions.to}`, ''];
  const oldOps = byId(before);
  const newOps = byId(after);
  const added = [...newOps.keys()].filter((id) => !oldOps.has(id)).sort();
  const removed = [...oldOps.keys()].filter((id) => !newOps.has(id)).sort();
  const kept = [...newOps.keys()].filter((id) => oldOps.has(id)).sort();
  lines.push(
    `${added.length} operations added, ${removed.length} removed, ${kept.length} kept` +
      ` (${operationsOf(before).length} -> ${operationsOf(after).length}).`,
    '',
  );
  section(lines, 'Operations added', added.map((id) => `- \`${id}\`: ${signature(newOps.get(id)!)}`));
  section(lines, 'Operations removed', removed.map((id) => `- \`${id}\`: ${signature(oldOps.get(id)!)}`));

  const changedOps: string[] = [];
  for (const id of kept) {
    const was = oldOps.get(id)!;
    const now = newOps.get(id)!;
    const details: string[] = [];
    if (signature(was) !== signature(now)) details.push(`- moved: ${signature(was)} -> ${signature(now)}`);
    if (Boolean(was.op.deprecated) !== Boolean(now.op.deprecated)) details.push(`- ${now.op.deprecated ? 'deprecated' : 'no longer deprecated'}`);
    details.push(...describe(compare(parameters(before, was.op), parameters(after, now.op)), 'parameter'));
    details.push(...describe(compare(bodyShape(before, was.op), bodyShape(after, now.op)), 'body field'));
    details.push(...describe(compare(answers(before, was.op), answers(after, now.op)), 'answer'));
    if (details.length) changedOps.push(`### \`${id}\` (${signature(now)})`, '', ...details, '');
  }
  section(lines, 'Operations changed', changedOps, false);

  const oldSchemas = before.components?.schemas ?? {};
  const newSchemas = after.components?.schemas ?? {};
  section(lines, 'Schemas added', Object.keys(newSchemas).filter((name) => !(name in oldSchemas)).sort().map((name) => `- \`${name}\``));
  section(lines, 'Schemas removed', Object.keys(oldSchemas).filter((name) => !(name in newSchemas)).sort().map((name) => `- \`${name}\``));
  const changedSchemas: string[] = [];
  for (const name of Object.keys(newSchemas).filter((key) => key in oldSchemas).sort()) {
    const details = describe(compare(flatten(oldSchemas[name]!), flatten(newSchemas[name]!)), 'field');
    if (details.length) changedSchemas.push(`### \`${name}\``, '', ...details, '');
  }
  section(lines, 'Schemas changed', changedSchemas, false);
  if (lines.length === 4) lines.push('No differences in operations or schemas.', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function section(lines: string[], title: string, body: string[], trailingBlank = true): void {
  if (!body.length) return;
  lines.push(`## ${title}`, '', ...body);
  if (trailingBlank) lines.push('');
}

interface Located {
  op: Operation;
  method: string;
  path: string;
}

function byId(spec: Spec): Map<string, Located> {
  return new Map(operationsOf(spec).map(([path, method, op]) => [op.operationId, { op, method: method.toUpperCase(), path }]));
}

function signature(located: Located): string {
  return `\`${located.method} ${located.path}\``;
}

function resolve<T>(spec: Spec, node: T & { $ref?: string }): T {
  let current: unknown = node;
  while (current && typeof current === 'object' && (current as { $ref?: string }).$ref) {
    const path = (current as { $ref: string }).$ref.replace(/^#\//, '').split('/');
    current = path.reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], spec);
  }
  return current as T;
}

function parameters(spec: Spec, op: Operation): Shape {
  const shape: Shape = new Map();
  for (const raw of op.parameters ?? []) {
    const parameter = resolve<Parameter>(spec, raw);
    if (!parameter) continue;
    shape.set(`${parameter.in} \`${parameter.name}\``, `${typeText(parameter.schema ?? {})}${parameter.required ? '' : OPTIONAL}`);
  }
  return shape;
}

function bodyShape(spec: Spec, op: Operation): Shape {
  const body = op.requestBody ? resolve(spec, op.requestBody) : undefined;
  const content = body?.content ?? {};
  const [type] = Object.keys(content);
  const schema = type ? content[type]!.schema : undefined;
  const shape = schema ? flatten(schema) : new Map<string, string>();
  if (type && type !== 'application/json') shape.set('(encoding)', type);
  return shape;
}

/** Each status's answer: the schema's name, or its shape flattened under the status. */
function answers(spec: Spec, op: Operation): Shape {
  const shape: Shape = new Map();
  for (const [status, raw] of Object.entries(op.responses ?? {})) {
    const response = resolve(spec, raw);
    const content = response?.content ?? {};
    const [type] = Object.keys(content);
    const schema = type ? content[type]!.schema : undefined;
    if (!schema) shape.set(status, type ?? 'no body');
    else if (schema.$ref || schema.type === 'array') shape.set(status, typeText(schema));
    else for (const [path, text] of flatten(schema)) shape.set(path ? `${status} ${path}` : status, text);
  }
  return shape;
}

/** An object's fields by dotted path (inline objects walked, `$ref`s named); a non-object as one entry. */
export function flatten(node: Schema, prefix = '', out: Shape = new Map()): Shape {
  const merged = node.allOf && !(node.allOf.length === 1 && !node.properties) ? mergeParts(node) : node;
  if (!merged.properties) {
    out.set(prefix, typeText(node));
    return out;
  }
  const required = new Set(merged.required ?? []);
  for (const [key, value] of Object.entries(merged.properties)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const inner = value.allOf?.length === 1 && !value.properties ? value.allOf[0]! : value;
    if (!inner.$ref && (inner.properties || inner.allOf)) {
      out.set(path, `object${value.nullable || inner.nullable ? ' | null' : ''}${required.has(key) ? '' : OPTIONAL}`);
      flatten(inner, path, out);
    } else {
      out.set(path, `${typeText(value)}${required.has(key) ? '' : OPTIONAL}`);
    }
  }
  if (merged.additionalProperties) out.set(prefix ? `${prefix}.*` : '*', merged.additionalProperties === true ? 'any' : typeText(merged.additionalProperties));
  return out;
}

function mergeParts(node: Schema): Schema {
  const merged: Schema = { properties: {}, required: [] };
  for (const part of [...node.allOf!, { properties: node.properties, required: node.required }]) {
    Object.assign(merged.properties!, part.properties ?? {});
    merged.required!.push(...(part.required ?? []));
    if (part.$ref) merged.properties![`(${part.$ref.split('/').pop()})`] = { $ref: part.$ref };
  }
  return merged;
}

/** A short description of a schema's type. */
export function typeText(node: Schema): string {
  let text: string;
  if (node.$ref) text = node.$ref.split('/').pop()!;
  else if (node.allOf) text = node.allOf.map(typeText).join(' & ');
  else if (node.oneOf || node.anyOf) text = (node.oneOf ?? node.anyOf)!.map(typeText).join(' | ');
  else if (node.enum) text = node.enum.map((value) => JSON.stringify(value)).join(' | ');
  else if (node.type === 'array') text = `Array<${node.items ? typeText(node.items) : 'unknown'}>`;
  else if (node.properties) text = 'object';
  else text = node.type ?? 'any';
  const bounds = [node.minimum !== undefined ? `>= ${node.minimum}` : '', node.maximum !== undefined ? `<= ${node.maximum}` : '', node.format ?? '']
    .filter(Boolean)
    .join(', ');
  return `${text}${bounds ? ` (${bounds})` : ''}${node.nullable ? ' | null' : ''}`;
}

function compare(before: Shape, after: Shape): Change {
  const added = [...after.keys()].filter((key) => !before.has(key));
  const removed = [...before.keys()].filter((key) => !after.has(key));
  const changed = [...after.keys()].filter((key) => before.has(key) && before.get(key) !== after.get(key));
  return {
    added: added.map((key) => `${label(key)} (${after.get(key)})`),
    removed: removed.map((key) => `${label(key)} (${before.get(key)})`),
    changed: changed.map((key) => `${label(key)}: ${before.get(key)} -> ${after.get(key)}`),
  };
}

function label(key: string): string {
  return key.includes('`') ? key : `\`${key || '(root)'}\``;
}

function describe(change: Change, noun: string): string[] {
  return [
    ...change.added.map((text) => `- ${noun} added: ${text}`),
    ...change.removed.map((text) => `- ${noun} removed: ${text}`),
    ...change.changed.map((text) => `- ${noun} changed: ${text}`),
  ];
}
