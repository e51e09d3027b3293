/**
 * The events of Clerk's webhook events spec (the vendored copy in spec/), for tests: every type,
 * the spec's example of each, and a payload made from each event's schema with every field it
 * describes (required or not) filled in with a value of its type, with the event it must become.
 */
import { camelCase } from '../../src/core/casing.js';
import { isSchemaUnion, isWrapper, typeOf, Resolver } from '../../scripts/generator/resolve.js';
import type { Schema, Spec } from '../../scripts/generator/spec.js';
import { loadWebhookSpec } from '../../scripts/generator/webhook-model.js';

export type Payload = { type: string; object: string; timestamp: number; instance_id: string; data: Record<string, unknown>; [key: string]: unknown };

const spec = loadWebhookSpec();
const resolver = new Resolver(spec as unknown as Spec);
const media = (type: string) => spec['x-webhooks'][type]!.post!.requestBody!.content!['application/json']!;

/** Every event type of the spec, sorted. */
export const specEventTypes: readonly string[] = Object.keys(spec['x-webhooks']).sort();

/** The spec's example payload of an event type (inline, or among the components' examples). */
export function specExample(type: string): Payload {
  const { example, examples } = media(type);
  const named = Object.values(examples ?? {})[0];
  const value = example ?? (named?.$ref ? spec.components.examples?.[named.$ref.split('/').pop()!]?.value : named?.value);
  if (value === undefined) throw new Error(`the spec has no example of ${type}`);
  return structuredClone(value) as Payload;
}

/** Keys of an object that allows keys of its own, as an application might write them: not all snake_case, so that re-casing would show. */
export const OWN_KEYS = { 'Odd Key': 1, plan_tier: 'pro', camelKey: true } as const;

/**
 * A payload of `type` made from its schema (every field it describes, objects that allow keys of
 * their own given {@link OWN_KEYS}, each union its first variant, each enum its first value), and
 * the event a decoder must make of it, worked out here on its own: described keys camelCased,
 * keys of the sender's own as sent.
 */
export function samplePayload(type: string, timestamp = 1716883200): { payload: Payload; expected: Record<string, unknown> } {
  const [wire, decoded] = sample(media(type).schema, 'event', 0) as [Record<string, unknown>, Record<string, unknown>];
  const envelope = { type, object: 'event', timestamp, instance_id: 'ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S' };
  return {
    payload: { ...wire, ...envelope } as Payload,
    expected: { ...decoded, type, object: 'event', timestamp, instanceId: envelope.instance_id },
  };
}

/** `[wire value, decoded value]` of a schema node. */
function sample(node: Schema, key: string, depth: number): [unknown, unknown] {
  if (node.$ref) return sample(resolver.ref(node), key, depth);
  if (node.allOf) return sample(isWrapper(node) ? node.allOf[0]! : resolver.mergeAllOf(node), key, depth);
  if (node.oneOf) return sample(node.oneOf[0]!, key, depth);
  if (isSchemaUnion(node.anyOf)) return sample(node.anyOf[0]!, key, depth);
  const same = (value: unknown): [unknown, unknown] => [value, value];
  if (node.enum?.length) return same(node.enum[0]);
  switch (typeOf(node)) {
    case 'string':
      return same(key === 'id' ? 'id_2g7np7Hrk0SN6kj5EDMLDaKNL0S' : `${key} value`);
    case 'integer':
    case 'number':
      return same(1716883200);
    case 'boolean':
      return same(true);
    case 'array': {
      if (depth > 6 || !node.items) return [[], []];
      const [wire, decoded] = sample(node.items, key, depth + 1);
      return [[wire], [decoded]];
    }
    case 'object': {
      const wire: Record<string, unknown> = {};
      const decoded: Record<string, unknown> = {};
      const required = new Set(node.required ?? []);
      for (const [name, property] of Object.entries(node.properties ?? {})) {
        if (depth > 6 && !required.has(name)) continue;
        [wire[name], decoded[camelCase(name)]] = sample(property, name, depth + 1);
      }
      const extra = node.additionalProperties;
      const freeForm = Object.keys(node.properties ?? {}).length === 0 && extra !== false && typeof extra !== 'object';
      if (extra === true || freeForm) {
        Object.assign(wire, OWN_KEYS);
        Object.assign(decoded, OWN_KEYS);
      } else if (extra && typeof extra === 'object') {
        [wire['Own Key'], decoded['Own Key']] = sample(extra, 'value', depth + 1);
      }
      return [wire, decoded];
    }
    default:
      return same(`${key} value`);
  }
}

