/**
 * Webhook verification as the package exports it. The verifier itself (headers, secrets, HMAC,
 * parsing) is loaded by the first verification, so an application that never receives a webhook
 * does not load it at start.
 */
import type { WebhookPlainRecords } from '../generated/webhook-types.js';
import type { WebhookBody } from './body.js';
import type { WebhookEvent } from './event.js';
import type { WebhookHeaders } from './headers.js';
import type { VerifyWebhookOptions } from './options.js';
import { lazy } from '../core/lazy.js';

type Verifier = typeof import('./verify.js');
/** The verifier module, loaded on the first verification. */
export const loadVerifier = lazy<Verifier>(() => import('./verify.js'));

/**
 * Verifies a webhook delivery from Clerk and returns its event. Pass the body exactly as received:
 * a string, a `Uint8Array` (a Node `Buffer`) or an `ArrayBuffer`, or the Fetch `Request` itself,
 * whose headers are read when `headers` is left out. The event's `data` is plain camelCase data,
 * typed by the event's `type` (through a client, `clerk.webhooks.verify()` makes API objects records).
 *
 * @throws {WebhookVerificationError} the delivery is not authentic, too old or too new, or its body
 *   was parsed before it got here (`reason` says which): answer 400 and ignore it.
 * @throws {ClerkValidationError} no signing secret, or a malformed one.
 * @throws {ClerkResponseValidationError} with `strictResponses`, an authentic event of a known type
 *   that does not match its schema (without it: a warning, once per event type).
 * @example
 * ```ts
 * // Express: the raw body on this route, not express.json().
 * app.post('/webhooks/clerk', express.raw({ type: 'application/json' }), async (req, res) => {
 *   const event = await verifyWebhook(req.body, req.headers, { signingSecret: process.env.CLERK_WEBHOOK_SIGNING_SECRET });
 *   if (event.type === 'user.created') await welcome(event.data.firstName);
 *   res.sendStatus(204);
 * });
 * ```
 */
export function verifyWebhook(request: Request, headers?: WebhookHeaders, options?: VerifyWebhookOptions): Promise<WebhookEvent>;
export function verifyWebhook(body: WebhookBody, headers: WebhookHeaders, options?: VerifyWebhookOptions): Promise<WebhookEvent>;
export async function verifyWebhook(body: WebhookBody | Request, headers?: WebhookHeaders, options?: VerifyWebhookOptions): Promise<WebhookEvent> {
  const { verifyEvent } = await loadVerifier();
  return verifyEvent<WebhookPlainRecords>(body, headers, options);
}
