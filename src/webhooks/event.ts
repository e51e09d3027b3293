/**
 * The event a verified delivery becomes. Today every event is the generic one below, with `data` as
 * Clerk sent it; the types generated from Clerk's webhook spec narrow `WebhookEvent` by `type` and
 * decode `data` in {@link toWebhookEvent}, the one place a verified payload becomes an event.
 */
import { camelCase } from '../core/casing.js';

/** Where the action behind an event came from, when Clerk says. */
export interface WebhookEventAttributes {
  httpRequest?: {
    /** The IP address of the client that made the request. */
    clientIp?: string;
    userAgent?: string;
  };
  [attribute: string]: unknown;
}

/**
 * A verified webhook event: the whole envelope Clerk sends, with camelCase keys.
 *
 * @example
 * ```ts
 * const event = await verifyWebhook(body, headers);
 * if (event.type === 'user.deleted') await removeAccount(event.data);
 * ```
 */
export interface GenericWebhookEvent {
  /** The event type, such as `user.created` or `organizationMembership.deleted`. */
  type: string;
  /** Always `event`. */
  object: string;
  /** When the event happened, as Clerk sent it (a Unix time). */
  timestamp: number;
  /** The id of the Clerk instance the event belongs to (`ins_…`). */
  instanceId: string;
  /** Where the action came from, for events Clerk attributes to a request. */
  eventAttributes?: WebhookEventAttributes;
  /** The object the event is about, as received. */
  data: unknown;
}

/** Every event {@link verifyWebhook} returns. */
export type WebhookEvent = GenericWebhookEvent;

/** The JSON body of a delivery whose signature holds, with its `type` checked. */
export interface VerifiedPayload {
  type: string;
  [key: string]: unknown;
}

/**
 * The event of a verified payload: the envelope's keys camelCased, `data` as received. The typed
 * layer generated from the webhook spec hooks in here: it picks the decoder of `payload.type` and
 * gives `data` its record or type, and an unknown type stays a {@link GenericWebhookEvent}.
 */
export function toWebhookEvent(payload: VerifiedPayload): WebhookEvent {
  return {
    type: payload.type,
    object: payload.object as string,
    timestamp: payload.timestamp as number,
    instanceId: payload.instance_id as string,
    eventAttributes: eventAttributes(payload.event_attributes),
    data: payload.data,
  };
}

/** `event_attributes` with the keys its schema describes camelCased; anything else passes as received. */
function eventAttributes(wire: unknown): WebhookEventAttributes | undefined {
  if (!isObject(wire)) return undefined;
  const attributes: WebhookEventAttributes = {};
  for (const [key, value] of Object.entries(wire)) {
    attributes[camelCase(key)] = key === 'http_request' && isObject(value) ? camelCaseKeys(value) : value;
  }
  return attributes;
}

function camelCaseKeys(wire: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(wire).map(([key, value]) => [camelCase(key), value]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
