import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  RedirectUrl as RedirectUrlData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.redirectUrls`: the URLs native and mobile apps may be sent back to after OAuth or a magic
 * link; `clerk.redirectUrls(id)` for one.
 *
 * @example
 * ```ts
 * await clerk.redirectUrls.create({ url: 'myapp://oauth-callback' });
 * ```
 */
export class RedirectUrlsCollection extends Collection<RedirectUrlHandle> {
  static override readonly fluentPath = 'clerk.redirectUrls';

  protected $handle(id: string): RedirectUrlHandle {
    return this.$nested(RedirectUrlHandle, { id });
  }

  /** Lists the redirect URLs (`GET /redirect_urls`). */
  list(params?: OperationParams<'ListRedirectURLs'>, options?: ListOptions): ListRequest<RedirectUrl> {
    return this.$list('list', RedirectUrl, ops.ListRedirectURLs, params, options);
  }

  /** Allows a redirect URL (`POST /redirect_urls`). */
  create(params: OperationParams<'CreateRedirectURL'>, options?: RequestOptions): Promise<RedirectUrl> {
    return this.$record('create', RedirectUrl, ops.CreateRedirectURL, params, options);
  }

  /** Retrieves a redirect URL (`GET /redirect_urls/{id}`); the same as `clerk.redirectUrls(id).get()`. */
  get(id: string, options?: RequestOptions): Promise<RedirectUrl> {
    return this.$handle(id).get(options);
  }
}

/** `clerk.redirectUrls(id)`, also the methods of a `RedirectURL` record. */
export class RedirectUrlHandle extends Handle {
  static override readonly fluentPath = 'clerk.redirectUrls(…)';

  /** Retrieves the redirect URL (`GET /redirect_urls/{id}`). */
  get(options?: RequestOptions): Promise<RedirectUrl> {
    return this.$record('get', RedirectUrl, ops.GetRedirectURL, undefined, options);
  }

  /** Removes the redirect URL (`DELETE /redirect_urls/{id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteRedirectURL, undefined, options);
  }
}

export interface RedirectUrl extends RedirectUrlData {}
/** An allowed redirect URL, as a record. */
export class RedirectUrl extends RedirectUrlHandle {
  static schema = 'RedirectURL';
  static locate = locateById('id');

  /** Fetches the redirect URL again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
