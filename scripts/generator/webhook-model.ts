/**
 * The webhook events spec (spec/webhooks-<version>.yml), loaded and modelled for the webhook
 * emitters (emit-webhooks.ts): every event under `x-webhooks` with its payload schema (the envelope
 * and its `data`) and its example, and how the spec's schemas relate to the Backend API's:
 *
 * - a webhook schema that is the same as an API schema (same name, or the same `object` tag, and
 *   every payload it describes is one the API schema describes: the same fields, the same types,
 *   nothing the API requires missing) is typed as the API's type, and is a record where the API's
 *   is one (scripts/records.ts);
 * - a schema that is an API record plus fields of its own (`allOf: [Session, { user }]`) is that
 *   record with those fields;
 * - anything else gets a type of its own.
 *
 * The same stages as the API spec: load (here), resolve (resolve.ts), model (here), emit.
 */
import { WEBHOOKS_SPEC } from '../config.js';
import { recordSchemas } from '../records.js';
import { identifier, pascalCase } from './names.js';
import { Resolver, isSchemaUnion, isWrapper, refName } from './resolve.js';
import { readYaml, type Schema, type Spec } from './spec.js';

type MediaType = { schema: Schema; example?: unknown; examples?: Record<string, { $ref?: string; value?: unknown }> };

/** The parts of the webhook events spec the generator reads. */
export interface WebhookSpec {
  info: { version: string };
  'x-webhooks': Record<string, { post?: { operationId?: string; requestBody?: { content?: Record<string, MediaType> } } }>;
  components: { schemas: Record<string, Schema>; examples?: Record<string, { value?: unknown }> };
}

export interface WebhookEventModel {
  /** As Clerk sends it: `user.created`. */
  type: string;
  /** The name of its interface and of its decoder and schema: `UserCreatedEvent`. */
  name: string;
  /** The whole payload as one object schema: the envelope's fields and `data`. */
  schema: Schema;
  /** The `data` field's schema. */
  data: Schema;
  /** The spec's example payload, if it has one. */
  example: unknown;
}

/** A schema that is an API record plus fields of its own. */
export interface RecordExtension {
  /** The API record schema (`Session`). */
  record: string;
  /** Its fields beside the record's, as one object schema. */
  fields: Schema;
}

export interface WebhookModel {
  readonly specFile: string;
  readonly resolver: Resolver;
  /** Webhook component names, sorted. */
  readonly components: readonly string[];
  /** The events, sorted by type. */
  readonly events: readonly WebhookEventModel[];
  /** Webhook component -> the API component it is the same as. */
  readonly sameAsApi: ReadonlyMap<string, string>;
  /** Webhook component -> the API record schema it is (a subset of {@link sameAsApi}). */
  readonly records: ReadonlyMap<string, string>;
  /** The record a schema node is, or extends with fields of its own; undefined otherwise. */
  recordOf(node: Schema): { record: string; fields?: Schema } | undefined;
}

/** Reads the vendored webhook events spec, with `$ref`s beside `nullable` made wrappers (see {@link wrapNullableRefs}). */
export function loadWebhookSpec(): WebhookSpec {
  const spec = readYaml<WebhookSpec>(WEBHOOKS_SPEC);
  wrapNullableRefs(spec.components.schemas);
  for (const item of Object.values(spec['x-webhooks'])) wrapNullableRefs(item);
  return spec;
}

/**
 * `{ nullable: true, $ref }`, which OpenAPI 3.0 reads as the reference alone, written
 * `{ nullable: true, allOf: [{ $ref }] }`: the form every emitter reads as "the component, or null",
 * as the spec means it.
 */
function wrapNullableRefs(node: unknown): void {
  if (Array.isArray(node)) {
    node.forEach(wrapNullableRefs);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'example' || key === 'examples') continue;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const child = value as Schema;
      if (child.$ref && child.nullable) {
        const { $ref, ...rest } = child;
        record[key] = { ...rest, allOf: [{ $ref }] };
      }
    }
    wrapNullableRefs(record[key]);
  }
}

/**
 * The model of the webhook events. `api` is the Backend API spec as the API emitters read it
 * (src/generated/types.ts has a type for each of its components).
 */
export function buildWebhookModel(spec: WebhookSpec, api: Spec): WebhookModel {
  const resolver = new Resolver(spec as unknown as Spec);
  const apiResolver = new Resolver(api);
  const components = Object.keys(spec.components.schemas).sort();

  const compare = new Compatibility(resolver, apiResolver);
  const sameAsApi = new Map<string, string>();
  for (const component of components) {
    const same = candidates(component, spec, api).find((candidate) => compare.fits(component, candidate));
    if (same) sameAsApi.set(component, same);
  }
  const recordSet = new Set(recordSchemas);
  const records = new Map([...sameAsApi].filter(([, target]) => recordSet.has(target)));

  const recordOf = (node: Schema): { record: string; fields?: Schema } | undefined => {
    if (node.$ref) {
      const component = refName(node.$ref);
      const record = records.get(component);
      return record ? { record } : recordOf(resolver.component(component));
    }
    if (!node.allOf || isWrapper(node)) return undefined;
    const bases = node.allOf.filter((part) => part.$ref && records.has(refName(part.$ref)));
    if (bases.length !== 1) return undefined;
    const rest = node.allOf.filter((part) => part !== bases[0]);
    const fields = resolver.mergeAllOf({ allOf: rest, ...(node.properties ? { properties: node.properties, required: node.required ?? [] } : {}) });
    return { record: records.get(refName(bases[0]!.$ref!))!, fields };
  };

  const events = Object.entries(spec['x-webhooks'])
    .map(([type, item]) => eventModel(type, item.post?.requestBody?.content?.['application/json'], resolver, spec))
    .sort((a, b) => a.type.localeCompare(b.type));
  const names = new Set(components.map(identifier));
  for (const event of events) {
    if (names.has(event.name)) throw new Error(`${WEBHOOKS_SPEC}: the event ${event.type} and a component are both named ${event.name}`);
    names.add(event.name);
  }
  return { specFile: WEBHOOKS_SPEC, resolver, components, events, sameAsApi, records, recordOf };
}

function eventModel(type: string, media: MediaType | undefined, resolver: Resolver, spec: WebhookSpec): WebhookEventModel {
  if (!media?.schema) throw new Error(`${WEBHOOKS_SPEC}: the event ${type} has no application/json payload schema`);
  const node = media.schema;
  const schema = node.allOf ? resolver.mergeAllOf(node) : resolver.ref(node);
  // Required keys beside the allOf (not inside one of its parts) apply to the merged object too.
  schema.required = [...new Set([...(schema.required ?? []), ...(node.allOf ? (node.required ?? []) : [])])];
  const data = schema.properties?.data;
  if (!data) throw new Error(`${WEBHOOKS_SPEC}: the event ${type} has no data`);
  const named = Object.values(media.examples ?? {})[0];
  const example = media.example ?? (named?.$ref ? spec.components.examples?.[refName(named.$ref)]?.value : named?.value);
  return { type, name: `${pascalCase(type)}Event`, schema, data, example };
}

/** The API components a webhook component may be: the one of its name, then those of its `object` tag. */
function candidates(component: string, spec: WebhookSpec, api: Spec): string[] {
  const tags = (schema: Schema | undefined) => (schema?.properties?.object?.enum ?? []).map(String);
  const own = tags(spec.components.schemas[component]);
  const byTag = own.length === 1 ? Object.keys(api.components.schemas).filter((name) => tags(api.components.schemas[name]).join() === own[0]) : [];
  return [...new Set([...(api.components.schemas[component] ? [component] : []), ...byTag.sort()])];
}

/** Keywords that change neither the type, the decoder nor the check of a schema. */
const NEUTRAL = new Set(['description', 'summary', 'title', 'example', 'examples', 'deprecated', 'readOnly', 'writeOnly', 'default', 'externalDocs']);
/** Keywords compared structurally rather than as values. */
const STRUCTURAL = new Set(['$ref', 'properties', 'required', 'items', 'allOf', 'oneOf', 'anyOf', 'additionalProperties', 'enum']);

/**
 * Whether a webhook schema fits an API schema: every payload the webhook schema describes is one
 * the API schema describes, with the same fields and types, so that the API's type (and record)
 * holds for it. The API schema may have optional fields the webhook's lacks (it is newer).
 */
class Compatibility {
  /** Pairs of components being compared: assumed to fit while their own fields are compared (recursion). */
  private readonly assumed = new Set<string>();
  private readonly known = new Map<string, boolean>();

  constructor(
    private readonly webhook: Resolver,
    private readonly api: Resolver,
  ) {}

  fits(component: string, apiComponent: string): boolean {
    return this.nodes({ $ref: `#/components/schemas/${component}` }, { $ref: `#/components/schemas/${apiComponent}` });
  }

  private nodes(w: Schema, a: Schema): boolean {
    if (w.$ref || a.$ref) {
      const key = `${w.$ref ?? JSON.stringify(w)} ${a.$ref ?? JSON.stringify(a)}`;
      const known = this.known.get(key);
      if (known !== undefined) return known;
      if (this.assumed.has(key)) return true;
      this.assumed.add(key);
      const result = this.nodes(this.siblings(w, this.webhook), this.siblings(a, this.api));
      this.assumed.delete(key);
      this.known.set(key, result);
      return result;
    }
    const ws = this.normal(w, this.webhook);
    const as = this.normal(a, this.api);
    if (JSON.stringify(values(ws)) !== JSON.stringify(values(as))) return false;
    // Answers' enums are open (any string passes): a webhook's values among the API's is enough.
    if (Boolean(ws.enum) !== Boolean(as.enum) || (ws.enum && !ws.enum.every((value) => as.enum!.includes(value)))) return false;
    if (Boolean(ws.items) !== Boolean(as.items) || (ws.items && !this.nodes(ws.items, as.items!))) return false;
    for (const key of ['oneOf', 'anyOf'] as const) {
      const wv = ws[key] ?? [];
      const av = as[key] ?? [];
      if (wv.length !== av.length) return false;
      // Parts that only list required keys constrain the object; they are compared as they are.
      if (!isSchemaUnion(wv) || !isSchemaUnion(av)) {
        if (JSON.stringify(wv) !== JSON.stringify(av)) return false;
      } else if (wv.some((variant, index) => !this.nodes(variant, av[index]!))) return false;
    }
    const wExtra = ws.additionalProperties;
    const aExtra = as.additionalProperties;
    if (typeof wExtra === 'object' || typeof aExtra === 'object') {
      if (typeof wExtra !== 'object' || typeof aExtra !== 'object' || !this.nodes(wExtra, aExtra)) return false;
    } else if (Boolean(wExtra) !== Boolean(aExtra)) return false;
    const wProps = ws.properties ?? {};
    const aProps = as.properties ?? {};
    const wRequired = new Set(ws.required ?? []);
    for (const [key, schema] of Object.entries(wProps)) if (!aProps[key] || !this.nodes(schema, aProps[key])) return false;
    return (as.required ?? []).every((key) => wRequired.has(key) && key in wProps);
  }

  /** A `$ref` with keywords beside it: the referenced schema with those keywords laid over. */
  private siblings(node: Schema, resolver: Resolver): Schema {
    if (!node.$ref) return node;
    const { $ref, ...rest } = node;
    return { ...resolver.ref({ $ref }), ...rest };
  }

  /** allOf merged; a single-part allOf (a wrapper) unwrapped into its part with the wrapper's keywords. */
  private normal(node: Schema, resolver: Resolver): Schema {
    if (!node.allOf) return node;
    if (isWrapper(node)) {
      const { allOf, ...rest } = node;
      return this.normal({ ...this.siblings(allOf[0]!, resolver), ...rest }, resolver);
    }
    const { allOf: _parts, properties: _properties, required: _required, ...rest } = node;
    return { ...rest, ...resolver.mergeAllOf(node) };
  }
}

/** The keywords of a schema node that are values (type, enum, nullable, format, …), sorted. */
function values(node: Schema): Array<[string, unknown]> {
  const entries = Object.entries(node).filter(([key]) => !NEUTRAL.has(key) && !STRUCTURAL.has(key));
  // `nullable: false` says what its absence says; `type` is implied by properties or items.
  const normal = entries.filter(([key, value]) => !(key === 'nullable' && value === false));
  if (!normal.some(([key]) => key === 'type') && (node.properties || node.items)) normal.push(['type', node.properties ? 'object' : 'array']);
  return normal.sort(([a], [b]) => a.localeCompare(b));
}
