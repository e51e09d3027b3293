/**
 * Verifying a delivery, in the order that trusts nothing early: the options (a programming error
 * fails before anything else), the body's form (refused if already parsed), the headers, the
 * timestamp against the clock, then the HMAC over the exact bytes with every secret, and only once
 * a signature holds is the body parsed.
 */
import { ClerkValidationError, WebhookVerificationError, describeValue } from '../core/errors.js';
import type { ResponsePolicy } from '../core/response-policy.js';
import type { WebhookRecordTypes } from '../generated/webhook-types.js';
import { isRequestLike, rawBody, readRawBody } from './body.js';
import { standaloneContext, toWebhookEvent, type VerifiedPayload, type WebhookEvent, type WebhookEventContext } from './event.js';
import { readSignatureHeaders, type SignatureHeaders } from './headers.js';
import { policyOptions, resolveVerifyOptions, type VerifyWebhookOptions } from './options.js';
import { defaultHmac, equalInConstantTime, signedPrefix, v1Signatures, type Hmac } from './signature.js';

const TIMESTAMP = /^\d{1,15}$/;

/** How an event is decoded for a caller, given the policy settings of the call's options. */
export type EventContextFor = (policy: Partial<ResponsePolicy>) => WebhookEventContext;

/**
 * The event of a delivery: {@link verifyPayload}, then {@link toWebhookEvent}. `contextFor` is a
 * client's (records, its policy); standalone otherwise.
 */
export async function verifyEvent<Records extends WebhookRecordTypes>(
  body: unknown,
  headers: unknown,
  options: VerifyWebhookOptions | undefined,
  contextFor: EventContextFor = standaloneContext,
): Promise<WebhookEvent<Records>> {
  const policy = policyOptions(options);
  return toWebhookEvent<Records>(await verifyPayload(body, headers, options), contextFor(policy));
}

/** The event of a delivery handed over as a Fetch `Request` or as `{ body, headers }`. */
export async function verifyRequestEvent<Records extends WebhookRecordTypes>(
  request: unknown,
  options: VerifyWebhookOptions | undefined,
  contextFor?: EventContextFor,
): Promise<WebhookEvent<Records>> {
  if (isRequestLike(request)) return verifyEvent<Records>(request, undefined, options, contextFor);
  if (request === null || typeof request !== 'object') {
    const problem = `must be a Fetch Request or { body, headers }, got ${describeValue(request)}`;
    throw new ClerkValidationError(`request: ${problem}`, [{ path: 'request', message: problem }]);
  }
  const { body, headers } = request as { body?: unknown; headers?: unknown };
  return verifyEvent<Records>(body, headers, options, contextFor);
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
