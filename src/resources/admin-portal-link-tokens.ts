import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  AdminPortalLinkToken as AdminPortalLinkTokenData,
} from '../generated/types.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.adminPortalLinkTokens`: short-lived links that let an organization's IT contact open
 * Clerk's admin portal, to set up their enterprise connection themselves. Create here;
 * `clerk.adminPortalLinkTokens(id).revoke()` to withdraw one.
 *
 * @example
 * ```ts
 * const link = await clerk.adminPortalLinkTokens.create({ organizationId: org.id, secondsUntilExpiration: 3600 });
 * await clerk.adminPortalLinkTokens(link.id).revoke({ revocationReason: 'sent to the wrong person' });
 * ```
 */
export class AdminPortalLinkTokensCollection extends Collection<AdminPortalLinkTokenHandle> {
  static override readonly fluentPath = 'clerk.adminPortalLinkTokens';

  protected $handle(adminPortalLinkTokenId: string): AdminPortalLinkTokenHandle {
    return this.$nested(AdminPortalLinkTokenHandle, { adminPortalLinkTokenID: adminPortalLinkTokenId });
  }

  /**
   * Creates a link token (`POST /admin_portal_link_tokens`), valid for `secondsUntilExpiration`
   * (at most a day). The answer carries the `token` itself; no later answer does.
   */
  create(params?: OperationParams<'createAdminPortalLinkToken'>, options?: RequestOptions): Promise<AdminPortalLinkToken & { token: string }> {
    return this.$record('create', AdminPortalLinkToken, ops.createAdminPortalLinkToken, params, options);
  }
}

/** `clerk.adminPortalLinkTokens(id)`, also the methods of an `AdminPortalLinkToken` record. */
export class AdminPortalLinkTokenHandle extends Handle {
  static override readonly fluentPath = 'clerk.adminPortalLinkTokens(…)';

  /**
   * Revokes the link token, with an optional reason kept on it
   * (`POST /admin_portal_link_tokens/{adminPortalLinkTokenID}/revoke`). On a record, the record
   * refreshes itself: `revoked` becomes `true`.
   */
  revoke(params?: OperationParams<'revokeAdminPortalLinkToken'>, options?: RequestOptions): Promise<AdminPortalLinkToken> {
    return this.$record('revoke', AdminPortalLinkToken, ops.revokeAdminPortalLinkToken, params, options);
  }
}

/** An admin portal link token's data. `token` is present in the answer to `create` only. */
export interface AdminPortalLinkToken extends Omit<AdminPortalLinkTokenData, 'token'> {
  token?: string;
}
/** An admin portal link token, as a record with `revoke()`. */
export class AdminPortalLinkToken extends AdminPortalLinkTokenHandle {
  static schema = 'AdminPortalLinkToken';
  static locate = locateById('adminPortalLinkTokenID');
}
