import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type { SvixURL } from '../generated/types.js';
import { Handle } from './base.js';

/**
 * `clerk.webhooks`: the Svix application that delivers the instance's webhooks. There is one per
 * instance, so every method works on it directly.
 *
 * @example
 * ```ts
 * const { svixUrl } = await clerk.webhooks.createSvixApp();
 * const dashboard = await clerk.webhooks.generateSvixAuthURL();
 * ```
 */
export class Webhooks extends Handle {
  /** Creates the instance's Svix application and returns a link to its dashboard (`POST /webhooks/svix`). */
  createSvixApp(options?: RequestOptions): Promise<SvixURL> {
    return this.$call(ops.CreateSvixApp, undefined, options) as Promise<SvixURL>;
  }

  /** Deletes the instance's Svix application: webhooks stop being delivered (`DELETE /webhooks/svix`). */
  async deleteSvixApp(options?: RequestOptions): Promise<void> {
    await this.$call(ops.DeleteSvixApp, undefined, options);
  }

  /** A fresh, signed-in link to the Svix dashboard, where endpoints are managed (`POST /webhooks/svix_url`). */
  generateSvixAuthURL(options?: RequestOptions): Promise<SvixURL> {
    return this.$call(ops.GenerateSvixAuthURL, undefined, options) as Promise<SvixURL>;
  }
}
