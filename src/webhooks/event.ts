/**
 * The event a verified delivery becomes: {@link toWebhookEvent}, the one place a verified payload
 * is decoded, by the decoder generated for its type from Clerk's webhook events spec (envelope and
 * data camelCased and checked in one pass, no zod unless something does not match). A type this
 * version does not know keeps its data as received.
 */
import type { DecodeState, Fields, RecordFactories } from '../core/decoding.js';
import type { ValidationIssue } from '../core/errors.js';
import { consoleLogger, reportMismatch, schemaIssues, type ResponsePolicy } from '../core/response-policy.js';
import { lazy } from '../core/lazy.js';
import { decodeWebhookEnvelope, webhookEventDecoders, webhookEventRecords, webhookRecordAliases } from '../generated/webhook-decoders.js';
import type { KnownWebhookEvent, WebhookEventPayload, WebhookPlainRecords, WebhookRecordTypes } from '../generated/webhook-types.js';

declare const unknownEventType: unique symbol;

/**
 * The `type` of an event this version does not know: at run time the string Clerk sent. Typed
 * apart from `string` so that no known type's literal matches it, which keeps `switch (event.type)`
 * narrowing `event.data` in each known case; in the `default` case, `String(event.type)` (or a
 * template literal) gives the string.
 */
export interface UnknownWebhookEventType extends String {
  readonly [unknownEventType]: true;
}

/**
 * An event of a type this version does not know (one Clerk added later): the envelope camelCased,
 * `data` as received.
 */
export interface UnknownWebhookEvent extends Omit<WebhookEventPayload, 'type'> {
  type: UnknownWebhookEventType;
  data: unknown;
}

/**
 * A verified webhook event: the whole envelope Clerk sends, camelCase (`type`, `object`,
 * `timestamp`, `instanceId`, `eventAttributes`, `data`), discriminated by `type` over every event
 * type this version knows, and {@link UnknownWebhookEvent} for the others. Metadata keys are as
 * sent. `Records` is what the API objects in `data` are: plain data by default (what
 * {@link verifyWebhook} returns), the record classes through a client (`ClientWebhookEvent`).
 *
 * @example
 * ```ts
 * const event = await verifyWebhook(body, headers);
 * switch (event.type) {
 *   case 'user.created': await welcome(event.data.emailAddresses[0]?.emailAddress); break;
 *   case 'organizationMembership.deleted': await revokeAccess(event.data.organization.id); break;
 * }
 * type UserCreated = Extract<WebhookEvent, { type: 'user.created' }>;
 * ```
 */
export type WebhookEvent<Records extends WebhookRecordTypes = WebhookPlainRecords> = KnownWebhookEvent<Records> | UnknownWebhookEvent;

/** The JSON body of a delivery whose signature holds, with its `type` checked. */
export interface VerifiedPayload {
  type: string;
  [key: string]: unknown;
}

/**
 * What the caller adds to decoding: its response policy and, through a client, records for the API
 * objects in the data.
 */
export interface WebhookEventContext {
  /** Applies the response policy to what a known event's schema finds wrong with it. */
  reportMismatch(name: string, issues: readonly ValidationIssue[]): void;
  /** Records: without them, the data is plain. */
  readonly records?: {
    /** Factories of the records of these schemas (and of the records they hold), by schema. */
    factories(schemas: readonly string[]): RecordFactories;
    /** Locates the records the decoder made in `data`, so that their methods act on the right object. */
    settle(data: unknown): void;
  };
}

const standaloneWarnings = new Set<string>();

/**
 * The context without a client: plain data, and the policy `policy` sets (by default: warn, once
 * per event type in this process, on `console.warn`).
 */
export function standaloneContext(policy: Partial<ResponsePolicy> = {}): WebhookEventContext {
  const settings: ResponsePolicy = { strictResponses: policy.strictResponses ?? false, logger: policy.logger ?? consoleLogger };
  return { reportMismatch: (name, issues) => reportMismatch(settings, standaloneWarnings, name, issues) };
}

type SchemaModule = typeof import('../generated/webhook-schemas.js');
/** The zod schemas of the events: loaded only to describe a payload that does not match. */
const loadSchemas = lazy<SchemaModule>(() => import('../generated/webhook-schemas.js'));

/**
 * The event of a verified payload: decoded by its type's generated decoder (the data of API
 * objects made records when `context` has them), checked, and held to the response policy.
 */
export async function toWebhookEvent<Records extends WebhookRecordTypes = WebhookPlainRecords>(
  payload: VerifiedPayload,
  context: WebhookEventContext = standaloneContext(),
): Promise<WebhookEvent<Records>> {
  const { type } = payload;
  const state: DecodeState = { ok: true };
  if (!Object.hasOwn(webhookEventDecoders, type)) {
    // The envelope camelCased; `data`, a key the envelope's schema does not describe, as received.
    const event = decodeWebhookEnvelope(payload, state);
    if (!state.ok) await check(context, 'webhook event envelope', undefined, event);
    return event as UnknownWebhookEvent;
  }
  const records = context.records && Object.hasOwn(webhookEventRecords, type) ? webhookEventRecords[type]! : [];
  if (records.length > 0) state.records = withAliases(context.records!.factories(records));
  const event = webhookEventDecoders[type]!(payload, state) as Fields;
  if (!state.ok) await check(context, `${type} webhook event`, type, event);
  if (state.records !== undefined) context.records!.settle(event.data);
  return event as unknown as WebhookEvent<Records>;
}

/** Asks the event's zod schema what does not match, and applies the policy to it. */
async function check(context: WebhookEventContext, name: string, type: string | undefined, event: unknown): Promise<void> {
  const schemas = await loadSchemas();
  const schema = type === undefined ? schemas.webhookEnvelopeSchema : schemas.webhookEventSchemas[type];
  if (schema) context.reportMismatch(name, schemaIssues(schema(), event, ''));
}

const aliased = new WeakMap<RecordFactories, RecordFactories>();

/**
 * The factories under the names the decoders also give records (a record with fields of its own,
 * such as a session with its user, is allocated under the payload's name).
 */
function withAliases(factories: RecordFactories): RecordFactories {
  let all = aliased.get(factories);
  if (all === undefined) {
    const table: { [schema: string]: () => object } = { ...factories };
    for (const [alias, schema] of Object.entries(webhookRecordAliases)) if (factories[schema]) table[alias] = factories[schema];
    all = table;
    aliased.set(factories, all);
  }
  return all;
}
