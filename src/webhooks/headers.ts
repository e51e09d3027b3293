/**
 * Reading the three signature headers from whatever the server framework hands over: a Fetch
 * `Headers`, Node's `IncomingHttpHeaders` (lower-case names, a `string[]` for a repeated header) or
 * a plain object in any letter case. Clerk sends the `svix-*` names; the Standard Webhooks names
 * (`webhook-*`) are read when there is no `svix-id`.
 */
import { ClerkValidationError, WebhookVerificationError, describeValue } from '../core/errors.js';

/**
 * The headers of a webhook request as the server received them: a Fetch `Headers`, Node's
 * `request.headers`, or a plain object (names in any case).
 */
export type WebhookHeaders = Headers | { readonly [name: string]: string | readonly string[] | undefined };

/** The signature headers of one delivery, trimmed. */
export interface SignatureHeaders {
  id: string;
  timestamp: string;
  signature: string;
  /** The id as error fields carry it (cut: it comes from the sender, whoever that is). */
  webhookId: string;
  /** The names they were read under, for messages. */
  names: HeaderFamily;
}

interface HeaderFamily {
  id: string;
  timestamp: string;
  signature: string;
}

const SVIX: HeaderFamily = { id: 'svix-id', timestamp: 'svix-timestamp', signature: 'svix-signature' };
const STANDARD: HeaderFamily = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' };
const WANTED = new Set([...Object.values(SVIX), ...Object.values(STANDARD)]);
const MAX_ID_IN_ERRORS = 100;

type Lookup = (name: string) => string[] | undefined;

/** The signature headers, or a {@link WebhookVerificationError} saying which is missing or malformed. */
export function readSignatureHeaders(headers: unknown): SignatureHeaders {
  const lookup = lookupIn(headers);
  const names = lookup(SVIX.id) !== undefined || lookup(STANDARD.id) === undefined ? SVIX : STANDARD;
  const id = single(lookup, names.id, undefined);
  const webhookId = id?.slice(0, MAX_ID_IN_ERRORS);
  const timestamp = single(lookup, names.timestamp, webhookId);
  const signature = lookup(names.signature)?.join(' ');
  const missing = [id === undefined && names.id, timestamp === undefined && names.timestamp, !signature && names.signature].filter(Boolean);
  if (missing.length > 0) {
    const fromClerk = id === undefined && names === SVIX ? ` (nor ${STANDARD.id}): is this a webhook request from Clerk?` : '';
    throw new WebhookVerificationError('missing-header', `The webhook request has no ${missing.join(', ')} header${missing.length > 1 ? 's' : ''}${fromClerk}`, webhookId);
  }
  return { id: id!, timestamp: timestamp!, signature: signature!, webhookId: webhookId!, names };
}

/** The one value of a header that must not be repeated with different values; `undefined` when absent or empty. */
function single(lookup: Lookup, name: string, webhookId: string | undefined): string | undefined {
  const values = lookup(name);
  if (values === undefined) return undefined;
  const distinct = [...new Set(values)];
  if (distinct.length > 1) throw new WebhookVerificationError('invalid-header', `The webhook request has ${distinct.length} different ${name} headers`, webhookId);
  return distinct[0];
}

/** A lookup by lower-case name returning the non-empty, trimmed values of that header. */
function lookupIn(headers: unknown): Lookup {
  if (headers !== null && typeof headers === 'object' && typeof (headers as Headers).get === 'function') {
    return (name) => nonEmpty((headers as Headers).get(name));
  }
  if (headers === null || typeof headers !== 'object' || Array.isArray(headers)) {
    const problem = `must be the request's headers (a Headers, Node's request.headers or a plain object), got ${describeValue(headers)}`;
    throw new ClerkValidationError(`headers: ${problem}`, [{ path: 'headers', message: problem }]);
  }
  // One pass over the object: names may come in any case, and two spellings of one name add up.
  const found = new Map<string, string[]>();
  for (const [key, value] of Object.entries(headers)) {
    const name = key.toLowerCase();
    if (!WANTED.has(name)) continue;
    const values = (Array.isArray(value) ? value : [value]).flatMap((item: unknown) => {
      if (item === undefined || item === null) return [];
      if (typeof item !== 'string') throw new WebhookVerificationError('invalid-header', `The ${name} header must be a string, got ${describeValue(item)}`);
      return nonEmpty(item) ?? [];
    });
    if (values.length > 0) found.set(name, [...(found.get(name) ?? []), ...values]);
  }
  return (name) => found.get(name);
}

function nonEmpty(value: string | null): string[] | undefined {
  const trimmed = value?.trim();
  return trimmed ? [trimmed] : undefined;
}
