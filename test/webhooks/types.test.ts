/**
 * Type-level checks of the webhook API (run by `npm run typecheck`): the inputs a server framework
 * hands over are accepted as they are, without casts.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { describe, expectTypeOf, it } from 'vitest';
import {
  Clerk,
  verifyWebhook,
  type ClientWebhookEvent,
  type UnknownWebhookEventType,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookRecords,
  type WebhookVerificationError,
  type WebhookVerificationReason,
} from '../../src/index.js';
import { signWebhook, type SignedWebhook } from '../../src/testing/index.js';

// Never read at run time: the calls below sit in functions that are only type-checked.
declare const nodeHeaders: IncomingHttpHeaders;
declare const buffer: Buffer;
declare const request: Request;

describe('webhook types', () => {
  it('verifyWebhook takes every raw body and header form, and returns the event', () => {
    expectTypeOf(() => verifyWebhook(buffer, nodeHeaders)).returns.toEqualTypeOf<Promise<WebhookEvent>>();
    expectTypeOf(() => verifyWebhook('{}', new Headers(), { signingSecret: process.env.CLERK_WEBHOOK_SIGNING_SECRET })).returns.toEqualTypeOf<Promise<WebhookEvent>>();
    expectTypeOf(() => verifyWebhook(new ArrayBuffer(0), { 'Svix-Id': 'msg_1' }, { signingSecret: ['whsec_a', 'whsec_b'], toleranceInSeconds: 60 })).returns.toEqualTypeOf<Promise<WebhookEvent>>();
    expectTypeOf(() => verifyWebhook(request)).returns.toEqualTypeOf<Promise<WebhookEvent>>();
    // A body that is not raw needs its headers: the overloads do not take a string without them.
    // @ts-expect-error headers are required with a raw body
    expectTypeOf(() => verifyWebhook('{}')).toBeFunction();
  });

  it('the event is the whole envelope', () => {
    expectTypeOf<WebhookEvent['type']>().toEqualTypeOf<WebhookEventType | UnknownWebhookEventType>();
    expectTypeOf<WebhookEvent['timestamp']>().toEqualTypeOf<number>();
    expectTypeOf<WebhookEvent['instanceId']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<WebhookEvent['eventAttributes']>['httpRequest']>().toEqualTypeOf<{ clientIp?: string; userAgent?: string } | undefined>();
  });

  it('clerk.webhooks.verify takes a Request or { body, headers }', () => {
    const clerk = new Clerk({ secretKey: 'sk_test_types' });
    expectTypeOf(() => clerk.webhooks.verify(request)).returns.toEqualTypeOf<Promise<ClientWebhookEvent>>();
    expectTypeOf(() => clerk.webhooks.verify({ body: buffer, headers: nodeHeaders }, { toleranceInSeconds: 10 })).returns.toEqualTypeOf<Promise<WebhookEvent<WebhookRecords>>>();
  });

  it('the reason is a closed union; signWebhook gives what a Request takes', () => {
    expectTypeOf<WebhookVerificationError['reason']>().toEqualTypeOf<WebhookVerificationReason>();
    expectTypeOf<'invalid-signature'>().toExtend<WebhookVerificationReason>();
    expectTypeOf<SignedWebhook['headers']>().toExtend<HeadersInit>();
    expectTypeOf(() => signWebhook({}, { signingSecret: 'whsec_x' })).returns.toEqualTypeOf<Promise<SignedWebhook>>();
  });
});
