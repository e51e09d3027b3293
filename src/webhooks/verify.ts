/**
 * Verifying a delivery, in the order that trusts nothing early: the options (a programming error
 * fails before anything else), the body's form (refused if already parsed), the headers, the
 * timestamp against the clock, then the HMAC over the exact bytes with every secret, and only once
 * a signature holds is the body parsed.
 */
import { WebhookVerificationError } from '../core/errors.js';
import { isRequestLike, rawBody, readRawBody, type WebhookBody } from './body.js';
import { toWebhookEvent, type VerifiedPayload, type WebhookEvent } from './event.js';
import { readSignatureHeaders, type SignatureHeaders, type WebhookHeaders } from './headers.js';
import { resolveVerifyOptions, type VerifyWebhookOptions } from './options.js';
import { defaultHmac, equalInConstantTime, signedPrefix, v1Signatures, type Hmac } from './signature.js';

const TIMESTAMP = /^\d{1,15}$/;

/**
 * Verifies a webhook delivery from Clerk and returns its event. Pass the body exactly as received:
 * a string, a `Uint8Array` (a Node `Buffer`) or an `ArrayBuffer`, or the Fetch `Request` itself,
 * whose headers are read when `headers` is left out.
 *
 * @throws {WebhookVerificationError} the delivery is not authentic, too old or too new, or its body
 *   was parsed before it got here (`reason` says which): answer 400 and ignore it.
 * @throws {ClerkValidationError} no signing secret, or a malformed one.
 * @example
 * ```ts
 * // Express: the raw body on this route, not express.json().
 * app.post('/webhooks/clerk', express.raw({ type: 'application/json' }), async (req, res) => {
 *   const event = await verifyWebhook(req.body, req.headers, { signingSecret: process.env.CLERK_WEBHOOK_SIGNING_SECRET });
 *   if (event.type === 'user.created') await welcome(event.data);
 *   res.sendStatus(204);
 * });
 * ```
 */
export function verifyWebhook(request: Request, headers?: WebhookHeaders, options?: VerifyWebhookOptions): Promise<WebhookEvent>;
export function verifyWebhook(body: WebhookBody, headers: WebhookHeaders, options?: VerifyWebhookOptions): Promise<WebhookEvent>;
export async function verifyWebhook(body: WebhookBody | Request, headers?: WebhookHeaders, options?: VerifyWebhookOptions): Promise<WebhookEvent> {
  return toWebhookEvent(await verifyPayload(body, headers, options));
}

/**
 * The JSON body of an authentic delivery, parsed only after its signature was found to hold.
 * `headers` left out (or `undefined`) means those of `body`, when it is a request.
 */
export async function verifyPayload(body: unknown, headers: unknown, options: VerifyWebhookOptions | undefined, hmac: Hmac = defaultHmac()): Promise<VerifiedPayload> {
  const { keys, toleranceSeconds } = resolveVerifyOptions(options);
  const raw = rawBody(body);
  const signed = readSignatureHeaders(headers ?? (isRequestLike(body) ? body.headers : undefined));
  const { webhookId } = signed;
  const timestamp = checkTimestamp(signed, toleranceSeconds);
  const content = await readRawBody(raw);

  const candidates = v1Signatures(signed.signature);
  if (candidates.length === 0) {
    throw new WebhookVerificationError('invalid-signature', `The ${signed.names.signature} header holds no v1 signature`, webhookId);
  }
  const prefix = signedPrefix(signed.id, timestamp);
  let authentic = false;
  for (const key of keys) {
    const expected = await hmac(key, prefix, content);
    // Every candidate is compared, a match or not: the time taken says nothing about which matched.
    for (const candidate of candidates) authentic = equalInConstantTime(candidate, expected) || authentic;
    if (authentic) break;
  }
  if (!authentic) {
    const secrets = keys.length > 1 ? `any of the ${keys.length} signing secrets` : 'the signing secret';
    throw new WebhookVerificationError(
      'invalid-signature',
      `No signature of the webhook matches its body with ${secrets}: the body was changed after it was sent (read it raw, before any parser), the secret is not this endpoint's, or the request is forged`,
      webhookId,
    );
  }
  return parsePayload(content, webhookId);
}

/** The timestamp in seconds, when it is within the tolerance of this machine's clock. */
function checkTimestamp(signed: SignatureHeaders, toleranceSeconds: number): number {
  const { webhookId } = signed;
  if (!TIMESTAMP.test(signed.timestamp)) {
    throw new WebhookVerificationError('invalid-header', `The ${signed.names.timestamp} header is not a Unix time in seconds`, webhookId);
  }
  const timestamp = Number(signed.timestamp);
  const now = Math.floor(Date.now() / 1000);
  if (now - timestamp > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp-outside-tolerance',
      `The webhook was signed ${now - timestamp} s ago, more than the tolerance of ${toleranceSeconds} s: a replayed delivery, or this machine's clock is wrong`,
      webhookId,
    );
  }
  if (timestamp - now > toleranceSeconds) {
    throw new WebhookVerificationError(
      'timestamp-outside-tolerance',
      `The webhook is dated ${timestamp - now} s in the future, more than the tolerance of ${toleranceSeconds} s: this machine's clock is wrong`,
      webhookId,
    );
  }
  return timestamp;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

function parsePayload(content: string | Uint8Array, webhookId: string): VerifiedPayload {
  let payload: unknown;
  try {
    payload = JSON.parse(typeof content === 'string' ? content : utf8.decode(content));
  } catch {
    throw new WebhookVerificationError('body-not-json', 'The webhook is signed correctly but its body is not JSON', webhookId);
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload) || typeof (payload as { type?: unknown }).type !== 'string') {
    throw new WebhookVerificationError('body-not-json', 'The webhook is signed correctly but its body is not the JSON of an event (an object with a string `type`)', webhookId);
  }
  return payload as VerifiedPayload;
}
