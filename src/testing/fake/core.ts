/**
 * What a resource handler works with: the request as parsed ({@link Call}) and the fake's insides
 * ({@link Core}: records, clock, ids, events, the signing key). Handlers return the answer's body
 * (sent with the operation's success status), or a {@link Reply} for another status.
 */
import type { Clock } from './clock.js';
import type { Random } from './random.js';
import type { Store } from './state/store.js';

/** Who sent the request: the instance's secret key, or a machine's secret key. */
export type Caller = { readonly kind: 'instance' } | { readonly kind: 'machine'; readonly machineId: string };

export interface Call {
  readonly operationId: string;
  /** Path parameters, decoded. */
  readonly params: Readonly<Record<string, string>>;
  /** Query parameters the operation takes, typed by their schemas (numbers, booleans, arrays). */
  readonly query: Readonly<Record<string, unknown>>;
  /** The body, checked against the operation's schema: its fields are as the spec types them. */
  readonly body: Readonly<Record<string, unknown>>;
  /** The body whatever its shape (a list, for the bulk operations); `body` is `{}` when it is not an object. */
  readonly payload: unknown;
  readonly caller: Caller;
}

export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {}
}

export interface InstanceInfo {
  /** `ins_…`: the `kid` of the signing key and the `instance_id` of webhook events. */
  readonly id: string;
  /** The Frontend API host the publishable key encodes (`fake-…clerk.accounts.dev`). */
  readonly frontendApi: string;
  /** `https://<frontendApi>`: the `iss` of session tokens. */
  readonly issuer: string;
  /** The claim format of the session tokens the fake signs. */
  readonly sessionTokenVersion: 1 | 2;
}

export interface Core {
  readonly store: Store;
  readonly clock: Clock;
  /** The stream of ids and secrets of new records; reset with the fake. */
  readonly random: Random;
  readonly instance: InstanceInfo;
  /** Queues a webhook event; it is delivered after the answer that caused it. */
  emit(type: string, data: unknown): void;
  /** An RS256 JWT signed with the instance's key (`kid` = instance id). */
  signJwt(header: Record<string, unknown>, payload: Record<string, unknown>): Promise<string>;
}

export type Handler = (call: Call, core: Core) => unknown;
export type Handlers = Readonly<Record<string, Handler>>;
