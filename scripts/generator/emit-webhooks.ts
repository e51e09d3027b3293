/**
 * Emitters of the webhook events (the model: webhook-model.ts), one file each, made with the same
 * emitters as the API's answers:
 *
 *   webhook-types.ts        an interface per event (`UserCreatedEvent`), their union, the types
 *                           of the spec's own schemas; data that is an API object is typed as the
 *                           API's type, or as `R[schema]` where it is a record, so that the same
 *                           types serve plain data (verifyWebhook) and records (a client)
 *   webhook-decoders.ts     a decoder per event (envelope and data), the table of the records each
 *                           event's data holds, and the decoders' names for them
 *   webhook-schemas.ts      the zod schema of every event: asked only when a decoder notes a mismatch
 *   webhook-type-checks.ts  each written-out type against its zod schema (compile time only)
 */
import { deduplicate } from './dedupe.js';
import { DecoderEmitter } from './emit-decoders.js';
import { TypeEmitter } from './emit-types.js';
import { ZodEmitter } from './emit-zod.js';
import type { Mode } from './model.js';
import { identifier, propertyKey } from './names.js';
import { isSchemaUnion, isWrapper, refName } from './resolve.js';
import type { Schema } from './spec.js';
import type { WebhookModel } from './webhook-model.js';

/** The type parameter of the types that hold records: the type each record schema stands for. */
const R = 'R extends WebhookRecordTypes = WebhookPlainRecords';

/**
 * The records a schema reaches without passing through another record (whose class then decides
 * what its fields hold), and so whether its type takes `R`.
 */
class RecordReach {
  private readonly byComponent = new Map<string, ReadonlySet<string>>();

  constructor(private readonly model: WebhookModel) {}

  of(node: Schema): ReadonlySet<string> {
    const found = new Set<string>();
    this.walk(node, found);
    return found;
  }

  component(component: string): ReadonlySet<string> {
    const known = this.byComponent.get(component);
    if (known) return known;
    this.byComponent.set(component, new Set()); // a cycle reaches nothing more through itself
    const found = new Set<string>();
    this.walk(this.model.resolver.component(component), found);
    this.byComponent.set(component, found);
    return found;
  }

  private walk(node: Schema, found: Set<string>): void {
    if (node.$ref) {
      const component = refName(node.$ref);
      const record = this.model.records.get(component);
      if (record) found.add(record);
      else if (!this.model.sameAsApi.has(component)) for (const reached of this.component(component)) found.add(reached);
      return;
    }
    const extension = node.allOf && !isWrapper(node) ? this.model.recordOf(node) : undefined;
    if (extension?.fields) {
      found.add(extension.record);
      this.walk(extension.fields, found);
      return;
    }
    const parts = [...(node.allOf ?? []), ...(node.oneOf ?? []), ...(isSchemaUnion(node.anyOf) ? node.anyOf : [])];
    if (node.items) parts.push(node.items);
    parts.push(...Object.values(node.properties ?? {}));
    if (node.additionalProperties && typeof node.additionalProperties === 'object') parts.push(node.additionalProperties);
    for (const part of parts) this.walk(part, found);
  }
}

/**
 * Types with references resolved against the API: a webhook schema the same as an API one is
 * `Api.Name`, a record `R["Name"]`, a record with fields of its own `R["Name"] & { … }`; the spec's
 * own schemas keep their names.
 */
class WebhookTypeEmitter extends TypeEmitter {
  /** The record schemas written as `R[…]`. */
  readonly recordsUsed = new Set<string>();

  constructor(
    private readonly model: WebhookModel,
    private readonly reach: RecordReach,
  ) {
    super(model.resolver);
  }

  override ts(node: Schema, mode: Mode): string {
    if (node.$ref) return this.reference(refName(node.$ref));
    const extension = node.allOf && !isWrapper(node) ? this.model.recordOf(node) : undefined;
    if (extension?.fields) {
      const type = this.extension(extension.record, extension.fields, mode);
      return node.nullable ? `(${type}) | null` : type;
    }
    return super.ts(node, mode);
  }

  /** The name of a component's type. */
  reference(component: string): string {
    const record = this.model.records.get(component);
    if (record) return this.record(record);
    const api = this.model.sameAsApi.get(component);
    if (api) return `Api.${identifier(api)}`;
    return this.generic(component) ? `${identifier(component)}<R>` : identifier(component);
  }

  /** Whether a component of the spec's own holds records (its type takes `R`). */
  generic(component: string): boolean {
    return !this.model.sameAsApi.has(component) && this.reach.component(component).size > 0;
  }

  private record(schema: string): string {
    this.recordsUsed.add(schema);
    return `R[${JSON.stringify(schema)}]`;
  }

  /** A record and fields of its own; fields it redeclares replace the record's. */
  private extension(record: string, fields: Schema, mode: Mode): string {
    const own = this.ts({ ...fields, type: 'object' }, mode);
    const base = this.model.resolver;
    const recordComponent = [...this.model.records].find(([, target]) => target === record)![0];
    const recordFields = Object.keys(base.ref(base.component(recordComponent)).properties ?? {});
    const replaced = Object.keys(fields.properties ?? {}).filter((key) => recordFields.includes(key));
    const kept = replaced.length ? `Omit<${this.record(record)}, ${replaced.map((key) => JSON.stringify(key)).join(' | ')}>` : this.record(record);
    return `${kept} & ${own}`;
  }
}

export function webhookTypesFile(model: WebhookModel, header: string): string {
  const reach = new RecordReach(model);
  const emitter = new WebhookTypeEmitter(model, reach);
  const own = model.components.filter((component) => !model.sameAsApi.has(component));
  const body: string[] = [];

  body.push('/** Every event type this version knows, as Clerk sends it in `type`. */');
  body.push(`export type WebhookEventType = ${model.events.map((event) => JSON.stringify(event.type)).join(' | ')};`, '');
  for (const event of model.events) {
    const generic = reach.of(event.data).size > 0;
    const data = event.schema.required?.includes('data') ? `data: ${emitter.ts(event.data, 'response')}` : `data?: ${emitter.ts(event.data, 'response')} | undefined`;
    body.push(`/** The \`${event.type}\` event. */`);
    body.push(`export interface ${event.name}${generic ? `<${R}>` : ''} extends WebhookEventPayload {`);
    body.push(`  type: ${JSON.stringify(event.type)};`, `  ${data};`, '}', '');
  }
  body.push(
    '/** The events of every type this version knows: a union discriminated by `type`. */',
    `export type KnownWebhookEvent<${R}> =`,
    ...model.events.map((event, index) => `  | ${event.name}${reach.of(event.data).size > 0 ? '<R>' : ''}${index === model.events.length - 1 ? ';' : ''}`),
    '',
  );
  for (const component of own) {
    const type = emitter.ts(model.resolver.component(component), 'response');
    body.push(`export type ${identifier(component)}${emitter.generic(component) ? `<${R}>` : ''} = ${type};`);
  }
  body.push('');

  const records = [...emitter.recordsUsed].sort();
  const lines = [
    header,
    `import type { LiteralUnion } from 'type-fest';`,
    `import type * as Api from './types.js';`,
    '',
    '/** The API record schemas event data holds: a client hands them out as its record classes. */',
    `export type WebhookRecordSchema = ${records.map((record) => JSON.stringify(record)).join(' | ')};`,
    '',
    '/** What each record schema stands for in the event types: plain data, or a record class. */',
    'export type WebhookRecordTypes = { readonly [Schema in WebhookRecordSchema]: object };',
    '',
    '/** The record schemas as plain data (the API types), as `verifyWebhook` returns them. */',
    'export interface WebhookPlainRecords {',
    ...records.map((record) => `  ${propertyKey(record)}: Api.${identifier(record)};`),
    '}',
    '',
    ...body,
  ];
  return lines.join('\n');
}

/** The names the decoders give to objects that are records (they allocate them with `newObject`), with their record schema. */
function recordContexts(model: WebhookModel): Map<string, string> {
  const contexts = new Map<string, string>();
  for (const [component, record] of model.records) contexts.set(identifier(component), record);
  for (const component of model.components) {
    const extension = model.records.has(component) ? undefined : model.recordOf(model.resolver.component(component));
    if (extension?.fields) contexts.set(identifier(component), extension.record);
  }
  for (const event of model.events) {
    const extension = event.data.$ref ? undefined : model.recordOf(event.data);
    if (extension) contexts.set(`${event.name}Data`, extension.record);
  }
  return contexts;
}

export function webhookDecodersFile(model: WebhookModel, header: string): string {
  const contexts = recordContexts(model);
  const decoders = new DecoderEmitter(model.resolver, new Set(contexts.keys()));
  const envelope = decoders.component('#/components/schemas/WebhookEventPayload');
  const bindings = model.events.map((event) => [event.type, decoders.named(event.name, event.schema)] as const);
  const reach = new RecordReach(model);

  const { knownKeys, functions, aliases } = deduplicate(decoders.knownKeys, decoders.functions);
  const canonical = (name: string) => aliases.get(name) ?? name;
  const lines: string[] = [
    header.replace('Do not edit:', 'Plain checks, no zod. Do not edit:'),
    `import { copyExtra, copyUnknown, countKeys, newObject, renameAll, type DecodeState, type Decoder, type Fields, type WireObject } from '../core/decoding.js';`,
    '',
  ];
  for (const [name, keys] of knownKeys) lines.push(`const ${name} = new Set(${JSON.stringify(keys)});`);
  lines.push('');
  for (const [, code] of functions) lines.push(code, '');
  lines.push(
    '/** The decoder of each event type this version knows: the envelope and its data. */',
    'export const webhookEventDecoders: Readonly<Record<string, Decoder>> = {',
    ...bindings.map(([type, decoder]) => `  ${JSON.stringify(type)}: ${canonical(decoder)},`),
    '};',
    '',
    '/** The envelope alone, for an event type this version does not know. */',
    `export const decodeWebhookEnvelope: Decoder = ${canonical(envelope)};`,
    '',
    '/** The record schemas each event\'s data holds outside other records: a client gives the decoder their factories. */',
    'export const webhookEventRecords: Readonly<Record<string, readonly string[]>> = {',
    ...model.events.flatMap((event) => {
      const records = [...reach.of(event.data)].sort();
      return records.length ? [`  ${JSON.stringify(event.type)}: ${JSON.stringify(records)},`] : [];
    }),
    '};',
    '',
    '/** Objects the decoders allocate under another name than their record schema (a record with fields of its own). */',
    'export const webhookRecordAliases: Readonly<Record<string, string>> = {',
    ...[...contexts].filter(([context, record]) => context !== record).map(([context, record]) => `  ${propertyKey(context)}: ${JSON.stringify(record)},`),
    '};',
    '',
  );
  return lines.join('\n');
}

export function webhookSchemasFile(model: WebhookModel, header: string): string {
  const emitter = new ZodEmitter(model.resolver);
  const lines: string[] = [
    header,
    `import * as z from 'zod/mini';`,
    `import { discriminated, lazy, openEnum } from '../core/schema-builders.js';`,
    '',
  ];
  for (const component of model.components) {
    lines.push(`export const ${identifier(component)}Schema = lazy(() => ${emitter.zod(model.resolver.component(component), 'response')});`);
  }
  for (const event of model.events) lines.push(`export const ${event.name}Schema = lazy(() => ${emitter.zod(event.schema, 'response')});`);
  lines.push(
    '',
    '/** The schema of each event type this version knows, by type. */',
    'export const webhookEventSchemas: Readonly<Record<string, () => z.ZodMiniType>> = {',
    ...model.events.map((event) => `  ${JSON.stringify(event.type)}: ${event.name}Schema,`),
    '};',
    '',
    '/** The envelope alone. */',
    'export const webhookEnvelopeSchema: () => z.ZodMiniType = WebhookEventPayloadSchema;',
    '',
  );
  return lines.join('\n');
}

export function webhookTypeChecksFile(model: WebhookModel, header: string): string {
  const checks: string[] = [];
  for (const component of model.components.filter((name) => !model.sameAsApi.has(name))) {
    checks.push(`  ${identifier(component)}: Same<T.${identifier(component)}, Out<typeof S.${identifier(component)}Schema>>;`);
  }
  // An event's data as the written type has it (plain), against the data of the event's schema.
  for (const event of model.events) checks.push(`  ${event.name}: Same<T.${event.name}['data'], Out<typeof S.${event.name}Schema>['data']>;`);
  return [
    header,
    `import type * as z from 'zod/mini';`,
    `import type * as S from './webhook-schemas.js';`,
    `import type * as T from './webhook-types.js';`,
    '',
    '/** `true` when A and B are assignable to each other. */',
    'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    'type Out<Schema extends () => z.ZodMiniType> = z.output<ReturnType<Schema>>;',
    '',
    '/** Each written-out webhook type (plain) against its zod schema; a `false` here fails the type check. */',
    'export interface WebhookTypeChecks {',
    ...checks,
    '}',
    '',
    '/** Every entry of {@link WebhookTypeChecks} must be `true`. */',
    'export const webhookTypeChecks: { [K in keyof WebhookTypeChecks]: true } = {} as WebhookTypeChecks;',
    '',
  ].join('\n');
}
