import { ClerkValidationError, describeValue } from '../core/errors.js';
import { signingKey } from '../webhooks/secret.js';
import { defaultHmac, signedPrefix } from '../webhooks/signature.js';

/** Options of {@link signWebhook}. */
export interface SignWebhookOptions {
  /**
   * The signing secret (`whsec_…`) the handler under test verifies with; several sign the delivery
   * once each, as Clerk does while a secret is being rotated.
   *
   * @example
   * ```ts
   * await signWebhook(event, { signingSecret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw' });
   * ```
   */
  signingSecret: string | readonly string[];
  /**
   * The delivery id, sent as `svix-id` (the same for every retry of one delivery).
   *
   * @default a new random `msg_…` id
   * @example
   * ```ts
   * await signWebhook(event, { signingSecret, id: 'msg_retry_test' });
   * ```
   */
  id?: string;
  /**
   * When the delivery was signed: a `Date`, or a Unix time in seconds. Set it in the past to test
   * that a handler refuses stale deliveries.
   *
   * @default now
   * @example
   * ```ts
   * await signWebhook(event, { signingSecret, timestamp: new Date(Date.now() - 10 * 60_000) });
   * ```
   */
  timestamp?: Date | number;
}

/** A signed delivery: pass both to `new Request(url, { method: 'POST', body, headers })`. */
export interface SignedWebhook {
  /** The body as sent: the payload's JSON, or the payload itself when it is a string. */
  body: string;
  /** The headers Clerk sends with a delivery. */
  headers: {
    'content-type': 'application/json';
    'svix-id': string;
    'svix-timestamp': string;
    'svix-signature': string;
  };
}

/** Seconds since 1970 above which a number is surely milliseconds (year 5138 in seconds). */
const SURELY_MILLISECONDS = 1e11;

/**
 * Signs a webhook payload the way Clerk does, for tests of a webhook handler: the result verifies
 * with `verifyWebhook`, with `@clerk/backend`'s and with any Svix or Standard Webhooks library
 * given the same secret.
 *
 * @param payload The event as Clerk sends it (snake_case JSON: `type`, `object`, `timestamp`,
 *   `instance_id`, `data`, …), as an object or already serialised.
 * @example
 * ```ts
 * import { signWebhook } from 'clerk-fluent/testing';
 *
 * const { body, headers } = await signWebhook(
 *   { type: 'user.created', object: 'event', timestamp: Date.now(), instance_id: 'ins_1', data: { id: 'user_1', object: 'user' } },
 *   { signingSecret: process.env.CLERK_WEBHOOK_SIGNING_SECRET! },
 * );
 * const response = await handler(new Request('http://localhost/webhooks', { method: 'POST', body, headers }));
 * ```
 */
export async function signWebhook(payload: unknown, options: SignWebhookOptions): Promise<SignedWebhook> {
  if (options === null || typeof options !== 'object') invalid('options', `must be an object with a signingSecret, got ${describeValue(options)}`);
  const secrets: readonly unknown[] = Array.isArray(options.signingSecret) ? options.signingSecret : [options.signingSecret];
  if (secrets.length === 0) invalid('signingSecret', 'must hold at least one secret');
  const keys = secrets.map((secret, index) => signingKey(secret, Array.isArray(options.signingSecret) ? `signingSecret[${index}]` : 'signingSecret'));
  const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
  if (typeof body !== 'string') invalid('payload', `must be a JSON value or a string, got ${describeValue(payload)}`);
  const id = options.id ?? randomMessageId();
  if (typeof id !== 'string' || id.trim() === '' || id !== id.trim()) invalid('id', 'must be a non-empty string without surrounding spaces');
  const timestamp = timestampSeconds(options.timestamp);

  const hmac = defaultHmac();
  const prefix = signedPrefix(id, timestamp);
  const signatures = await Promise.all(keys.map(async (key) => `v1,${await hmac(key, prefix, body)}`));
  return {
    body,
    headers: { 'content-type': 'application/json', 'svix-id': id, 'svix-timestamp': String(timestamp), 'svix-signature': signatures.join(' ') },
  };
}

function timestampSeconds(timestamp: Date | number | undefined): number {
  if (timestamp === undefined) return Math.floor(Date.now() / 1000);
  if (timestamp instanceof Date) {
    if (Number.isNaN(timestamp.getTime())) invalid('timestamp', 'is an invalid Date');
    return Math.floor(timestamp.getTime() / 1000);
  }
  if (typeof timestamp !== 'number' || !Number.isInteger(timestamp) || timestamp < 0) {
    invalid('timestamp', `must be a Date or a whole number of seconds since 1970, got ${typeof timestamp === 'number' ? timestamp : describeValue(timestamp)}`);
  }
  if (timestamp >= SURELY_MILLISECONDS) invalid('timestamp', `must be in seconds, not milliseconds (${timestamp}): pass Math.floor(ms / 1000) or a Date`);
  return timestamp;
}

const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** A random id shaped like Svix's (`msg_` and 27 letters or digits). */
function randomMessageId(): string {
  const random = crypto.getRandomValues(new Uint8Array(27));
  let id = 'msg_';
  for (const byte of random) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return id;
}

function invalid(path: string, problem: string): never {
  throw new ClerkValidationError(`${path}: ${problem}`, [{ path, message: problem }]);
}
