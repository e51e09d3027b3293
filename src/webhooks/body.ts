/**
 * The body of a webhook request, exactly as it came over the wire. The signature covers those
 * bytes: a body that was parsed and serialised again (Express's `express.json()`, say) differs in
 * spacing or key order and can never be verified, so it is refused with a message that says how to
 * get the raw body instead.
 */
import { ClerkError, WebhookVerificationError, describeValue } from '../core/errors.js';

/** A raw webhook body: the text, or the bytes as received (a Node `Buffer` is a `Uint8Array`). */
export type WebhookBody = string | Uint8Array | ArrayBuffer;

/** What a Fetch `Request` offers that the verifier uses. */
export interface RequestLike {
  readonly headers: Headers;
  readonly bodyUsed: boolean;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** A body accepted as raw: its content, or a request to read it from once the headers passed. */
export type RawBody = { text: string } | { bytes: Uint8Array } | { request: RequestLike };

const EXPRESS_HINT = "With Express, give the webhook route express.raw({ type: 'application/json' }) instead of express.json().";

export function isRequestLike(value: unknown): value is RequestLike {
  return (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as RequestLike).arrayBuffer === 'function' &&
    typeof (value as RequestLike).headers?.get === 'function'
  );
}

/** `body` as a raw body, or a `body-not-raw` {@link WebhookVerificationError}. */
export function rawBody(body: unknown): RawBody {
  if (typeof body === 'string') return { text: body };
  if (body instanceof Uint8Array) return { bytes: body };
  if (body instanceof ArrayBuffer || Object.prototype.toString.call(body) === '[object ArrayBuffer]') return { bytes: new Uint8Array(body as ArrayBuffer) };
  if (ArrayBuffer.isView(body)) return { bytes: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  if (isRequestLike(body)) {
    if (body.bodyUsed) throw notRaw('The request body was already read, so it cannot be verified: verify the request before reading its body, or pass the body you read (as text or bytes).');
    return { request: body };
  }
  if (body === undefined || body === null) {
    throw notRaw(`The webhook body is ${body}: pass the raw body as received (a string, Uint8Array or ArrayBuffer) or the Fetch Request. ${EXPRESS_HINT}`);
  }
  const what = typeof body === 'object' ? 'an object parsed from the JSON' : describeValue(body);
  throw notRaw(
    `The webhook body is ${what}, but the signature covers the exact bytes Clerk sent: pass the raw body (a string, Uint8Array or ArrayBuffer) or the Fetch Request. ${EXPRESS_HINT}`,
  );
}

/** The content of a raw body; a request's is read now. */
export async function readRawBody(body: RawBody): Promise<string | Uint8Array> {
  if ('text' in body) return body.text;
  if ('bytes' in body) return body.bytes;
  try {
    return new Uint8Array(await body.request.arrayBuffer());
  } catch (error) {
    throw new ClerkError('The webhook request body could not be read (the connection may have closed)', { cause: error });
  }
}

function notRaw(message: string): WebhookVerificationError {
  return new WebhookVerificationError('body-not-raw', message);
}
