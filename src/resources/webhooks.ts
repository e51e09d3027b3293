import type { ClientContext } from '../core/operation.js';
import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  SvixUrl,
} from '../generated/types.js';
import type { WebhookBody } from '../webhooks/body.js';
import type { WebhookEvent } from '../webhooks/event.js';
import type { WebhookHeaders } from '../webhooks/headers.js';
import { loadVerifier } from '../webhooks/index.js';
import type { VerifyWebhookOptions } from '../webhooks/options.js';
import type { EventContextFor } from '../webhooks/verify.js';
import { Group, type PathValues } from './base.js';
import { webhookRecords, type WebhookRecords } from './webhook-records.js';

/**
 * The event `clerk.webhooks.verify()` returns: a {@link WebhookEvent} whose API objects (a user, an
 * organization, a membership, …) are the client's records, with their methods.
 *
 * @example
 * ```ts
 * async function onUserCreated(event: Extract<ClientWebhookEvent, { type: 'user.created' }>) {
 *   await event.data.updateMetadata({ publicMetadata: { onboarded: false } });
 * }
 * ```
 */
export type ClientWebhookEvent = WebhookEvent<WebhookRecords>;

/** A webhook request as a server framework hands it over, when it is not a Fetch `Request`. */
export interface WebhookRequest {
  /** The raw body, exactly as received. */
  body: WebhookBody;
  headers: WebhookHeaders;
}

/**
 * `clerk.webhooks`: verifying the deliveries, and the Svix application that sends them (one per
 * instance, so every method works on it directly).
 *
 * @example
 * ```ts
 * const event = await clerk.webhooks.verify(request);
 * const { svixUrl } = await clerk.webhooks.createSvixApp();
 * const dashboard = await clerk.webhooks.generateSvixAuthUrl();
 * ```
 */
export class Webhooks extends Group {
  static override readonly fluentPath = 'clerk.webhooks';

  readonly #events: EventContextFor;

  constructor(context: ClientContext, path?: PathValues) {
    super(context, path);
    const records = webhookRecords(context);
    this.#events = (policy) => ({
      reportMismatch: (name, issues) =>
        context.reportMismatch(name, issues, {
          strictResponses: policy.strictResponses ?? context.transport.strictResponses,
          logger: policy.logger ?? context.transport.logger,
        }),
      records,
    });
  }

  /**
   * Verifies a webhook delivery and returns its event: a Fetch `Request`, or `{ body, headers }`
   * with the raw body (an Express `req` with `express.raw()` on the route is one). The signing
   * secret defaults to the CLERK_WEBHOOK_SIGNING_SECRET environment variable. No request is sent.
   * The event's data is typed by its `type`, and API objects in it are records with their methods;
   * an event that does not match its schema follows the client's `strictResponses`.
   *
   * @throws {WebhookVerificationError} the delivery is not authentic, too old or too new, or its
   *   body was parsed before it got here (`reason` says which).
   * @example
   * ```ts
   * export async function POST(request: Request) {
   *   const event = await clerk.webhooks.verify(request);
   *   if (event.type === 'user.created') await event.data.updateMetadata({ publicMetadata: { onboarded: false } });
   *   if (event.type === 'user.deleted') await removeAccount(event.data.id);
   *   return new Response(null, { status: 204 });
   * }
   * ```
   */
  async verify(request: Request | WebhookRequest, options?: VerifyWebhookOptions): Promise<ClientWebhookEvent> {
    const { verifyRequestEvent } = await loadVerifier();
    return verifyRequestEvent<WebhookRecords>(request, options, this.#events);
  }

  /** Creates the instance's Svix application and returns a link to its dashboard (`POST /webhooks/svix`). */
  createSvixApp(options?: RequestOptions): Promise<SvixUrl> {
    return this.$call('createSvixApp', ops.CreateSvixApp, undefined, options);
  }

  /** Deletes the instance's Svix application: webhooks stop being delivered (`DELETE /webhooks/svix`). */
  async deleteSvixApp(options?: RequestOptions): Promise<void> {
    await this.$call('deleteSvixApp', ops.DeleteSvixApp, undefined, options);
  }

  /** A fresh, signed-in link to the Svix dashboard, where endpoints are managed (`POST /webhooks/svix_url`). */
  generateSvixAuthUrl(options?: RequestOptions): Promise<SvixUrl> {
    return this.$call('generateSvixAuthUrl', ops.GenerateSvixAuthURL, undefined, options);
  }

  /** @deprecated Renamed {@link Webhooks.generateSvixAuthUrl} (acronyms are words in every name). */
  generateSvixAuthURL(options?: RequestOptions): Promise<SvixUrl> {
    return this.generateSvixAuthUrl(options);
  }
}
