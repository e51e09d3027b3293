/**
 * Webhook deliveries: each change of state the fake makes (`user.created`, `session.revoked`, …)
 * becomes an event in Clerk's envelope, signed with each subscriber's signing secret exactly as
 * Clerk signs (svix-id, svix-timestamp, svix-signature), and POSTed to the subscriber after the
 * answer that caused it, in the order the events happened.
 */
import { ClerkValidationError, describeValue } from '../../core/errors.js';
import { signingKey } from '../../webhooks/secret.js';
import { signWebhook } from '../sign-webhook.js';
import type { Random } from './random.js';

/** Where deliveries go: a Fetch handler (called in-process) or the URL of an endpoint. */
export type WebhookTarget = string | URL | ((request: Request) => Response | void | Promise<Response | void>);

/** Options of `fake.webhooks.subscribe`. */
export interface WebhookSubscribeOptions {
  /**
   * The secret the deliveries are signed with: the one your handler verifies with.
   * @example 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
   */
  signingSecret: string;
  /**
   * Only these event types are delivered.
   * @default every event
   * @example ['user.created', 'user.deleted']
   */
  events?: readonly string[];
}

/** One delivery attempt, as the fake made it. */
export interface WebhookDelivery {
  /** The `svix-id` of the delivery. */
  readonly id: string;
  readonly type: string;
  /** The URL delivered to, or `'function'` for a handler. */
  readonly target: string;
  /** The event as sent: `{ type, object, timestamp, instance_id, event_attributes, data }`. */
  readonly payload: Record<string, unknown>;
  /** The subscriber's answer status; `null` when it threw or could not be reached. */
  readonly status: number | null;
  /** Why the delivery failed (a thrown error, a connection failure), if it did. */
  readonly error?: string;
}

export interface WebhookSubscription {
  /** Stops deliveries to this subscriber. */
  unsubscribe(): void;
}

/** `fake.webhooks`. */
export interface FakeWebhooks {
  /**
   * Delivers every later event (or those in `options.events`) to `target`, signed with
   * `options.signingSecret`. Subscriptions outlive `fake.reset()`.
   * @example
   * ```ts
   * fake.webhooks.subscribe((request) => app.fetch(request), { signingSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
   * ```
   */
  subscribe(target: WebhookTarget, options: WebhookSubscribeOptions): WebhookSubscription;
  /** Every delivery so far (cleared by `fake.reset()`). */
  readonly deliveries: readonly WebhookDelivery[];
  /** Resolves once every delivery queued so far has been answered. */
  settled(): Promise<void>;
}

interface Subscriber {
  readonly target: WebhookTarget;
  readonly signingSecret: string;
  readonly events: ReadonlySet<string> | undefined;
  /** The end of this subscriber's queue: deliveries to one subscriber go one at a time, in order. */
  tail: Promise<void>;
}

export interface PendingEvent {
  readonly type: string;
  readonly data: unknown;
  /** Milliseconds, the fake's clock. */
  readonly timestamp: number;
  readonly userAgent: string;
}

export class WebhookHub implements FakeWebhooks {
  readonly #subscribers = new Set<Subscriber>();
  readonly #deliveries: WebhookDelivery[] = [];
  readonly #inflight = new Set<Promise<void>>();
  readonly #instanceId: string;
  readonly #random: () => Random;

  constructor(instanceId: string, random: () => Random) {
    this.#instanceId = instanceId;
    this.#random = random;
  }

  get deliveries(): readonly WebhookDelivery[] {
    return this.#deliveries;
  }

  subscribe(target: WebhookTarget, options: WebhookSubscribeOptions): WebhookSubscription {
    if (typeof target !== 'function' && typeof target !== 'string' && !(target instanceof URL)) {
      throw new ClerkValidationError(`target: must be a function taking a Request, or a URL, got ${describeValue(target)}`, [
        { path: 'target', message: 'must be a function or a URL' },
      ]);
    }
    if (typeof target !== 'function') parseUrl(target);
    if (options === null || typeof options !== 'object') {
      throw new ClerkValidationError('options: must be an object with a signingSecret', [{ path: 'options', message: 'must be an object' }]);
    }
    signingKey(options.signingSecret, 'signingSecret');
    if (options.events !== undefined && (!Array.isArray(options.events) || !options.events.every((type) => typeof type === 'string'))) {
      throw new ClerkValidationError('events: must be a list of event types', [{ path: 'events', message: 'must be a list of event types' }]);
    }
    const subscriber: Subscriber = {
      target,
      signingSecret: options.signingSecret,
      events: options.events ? new Set(options.events) : undefined,
      tail: Promise.resolve(),
    };
    this.#subscribers.add(subscriber);
    return { unsubscribe: () => void this.#subscribers.delete(subscriber) };
  }

  async settled(): Promise<void> {
    while (this.#inflight.size > 0) await Promise.all([...this.#inflight]);
  }

  /** Sends the events after the current answer has gone out (on a later turn of the event loop). */
  dispatch(events: readonly PendingEvent[]): void {
    const sent = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => this.#send(events));
    this.#inflight.add(sent);
    void sent.finally(() => this.#inflight.delete(sent));
  }

  #send(events: readonly PendingEvent[]): void {
    for (const event of events) {
      const payload = {
        data: event.data,
        object: 'event',
        type: event.type,
        timestamp: event.timestamp,
        instance_id: this.#instanceId,
        event_attributes: { http_request: { client_ip: '127.0.0.1', user_agent: event.userAgent } },
      };
      for (const subscriber of this.#subscribers) {
        if (subscriber.events && !subscriber.events.has(event.type)) continue;
        const id = `msg_${this.#random().base62(27)}`;
        const delivery = subscriber.tail.then(() => this.#deliver(subscriber, id, payload));
        subscriber.tail = delivery;
        this.#inflight.add(delivery);
        void delivery.finally(() => this.#inflight.delete(delivery));
      }
    }
  }

  clear(): void {
    this.#deliveries.length = 0;
  }

  async #deliver(subscriber: Subscriber, id: string, payload: Record<string, unknown> & { type: string }): Promise<void> {
    const signed = await signWebhook(payload, { signingSecret: subscriber.signingSecret, id });
    const target = typeof subscriber.target === 'function' ? 'function' : String(subscriber.target);
    let status: number | null = null;
    let error: string | undefined;
    try {
      if (typeof subscriber.target === 'function') {
        const request = new Request('http://webhooks.fake-clerk.localhost/', { method: 'POST', body: signed.body, headers: signed.headers });
        const response = await subscriber.target(request);
        status = response instanceof Response ? response.status : 200;
        await response?.body?.cancel();
      } else {
        const response = await fetch(subscriber.target, { method: 'POST', body: signed.body, headers: signed.headers });
        status = response.status;
        await response.body?.cancel();
      }
    } catch (caught) {
      error = caught instanceof Error ? caught.message : String(caught);
    }
    this.#deliveries.push({ id, type: payload.type, target, payload, status, ...(error === undefined ? {} : { error }) });
  }
}

function parseUrl(target: string | URL): URL {
  try {
    const url = new URL(String(target));
    if (url.protocol === 'http:' || url.protocol === 'https:') return url;
  } catch {
    // refused below
  }
  throw new ClerkValidationError(`target: ${JSON.stringify(String(target))} is not an http(s) URL`, [{ path: 'target', message: 'must be an http(s) URL' }]);
}
