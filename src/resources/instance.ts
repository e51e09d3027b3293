import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  Instance,
  InstanceCommunication,
  InstanceProtect,
  InstanceRestrictions,
  OauthApplicationSettings,
  OrganizationSettings,
} from '../generated/types.js';
import { Handle, type OperationParams } from './base.js';

/**
 * `clerk.instance`: the instance the secret key belongs to, and its settings. There is exactly one,
 * so there is no id to pass and no collection: every method works on it directly.
 *
 * The settings under `/instance/…` (communication, OAuth applications, organizations, Protect,
 * restrictions) are single objects without ids of their own, so they are plain typed data read
 * and written by a `get…`/`update…` pair named as in Clerk's spec, not records.
 *
 * @example
 * ```ts
 * const instance = await clerk.instance.get();
 * await clerk.instance.update({ supportEmail: 'help@example.com' });
 * await clerk.instance.updateRestrictions({ allowlist: true });
 * const { maxAllowedMemberships } = await clerk.instance.getOrganizationSettings();
 * ```
 */
export class InstanceHandle extends Handle {
  static override readonly fluentPath = 'clerk.instance';

  /** Retrieves the instance: its id, environment and allowed origins (`GET /instance`). */
  get(options?: RequestOptions): Promise<Instance> {
    return this.$call('get', ops.GetInstance, undefined, options);
  }

  /**
   * Changes instance-wide settings such as the support email or allowed origins (`PATCH /instance`).
   * Clerk answers with no body, so there is nothing to return: call `get()` to see the result.
   */
  async update(params: OperationParams<'UpdateInstance'>, options?: RequestOptions): Promise<void> {
    await this.$call('update', ops.UpdateInstance, params, options);
  }

  /** Changes which identifiers may sign up or sign in: allowlist, blocklist, disposable domains… (`PATCH /instance/restrictions`). */
  updateRestrictions(params: OperationParams<'UpdateInstanceRestrictions'>, options?: RequestOptions): Promise<InstanceRestrictions> {
    return this.$call('updateRestrictions', ops.UpdateInstanceRestrictions, params, options);
  }

  /** The instance's communication settings, such as the countries SMS may not be sent to (`GET /instance/communication`). */
  getCommunication(options?: RequestOptions): Promise<InstanceCommunication> {
    return this.$call('getCommunication', ops.GetInstanceCommunication, undefined, options);
  }

  /** Changes the communication settings (`PATCH /instance/communication`). Country codes are ISO 3166-1 alpha-2, upper case. */
  updateCommunication(params: OperationParams<'UpdateInstanceCommunication'>, options?: RequestOptions): Promise<InstanceCommunication> {
    return this.$call('updateCommunication', ops.UpdateInstanceCommunication, params, options);
  }

  /** How the instance acts as an OAuth provider: dynamic client registration, default scopes, JWT access tokens (`GET /instance/oauth_application_settings`). */
  getOauthApplicationSettings(options?: RequestOptions): Promise<OauthApplicationSettings> {
    return this.$call('getOauthApplicationSettings', ops.GetInstanceOAuthApplicationSettings, undefined, options);
  }

  /** Changes the OAuth provider settings (`PATCH /instance/oauth_application_settings`). */
  updateOauthApplicationSettings(
    params: OperationParams<'UpdateInstanceOAuthApplicationSettings'>,
    options?: RequestOptions,
  ): Promise<OauthApplicationSettings> {
    return this.$call('updateOauthApplicationSettings', ops.UpdateInstanceOAuthApplicationSettings, params, options);
  }

  /** @deprecated Renamed {@link InstanceHandle.getOauthApplicationSettings} (acronyms are words in every name). */
  getOAuthApplicationSettings(options?: RequestOptions): Promise<OauthApplicationSettings> {
    return this.getOauthApplicationSettings(options);
  }

  /** @deprecated Renamed {@link InstanceHandle.updateOauthApplicationSettings} (acronyms are words in every name). */
  updateOAuthApplicationSettings(
    params: OperationParams<'UpdateInstanceOAuthApplicationSettings'>,
    options?: RequestOptions,
  ): Promise<OauthApplicationSettings> {
    return this.updateOauthApplicationSettings(params, options);
  }

  /** Whether organizations are on, and their limits, roles and domain rules (`GET /instance/organization_settings`). */
  getOrganizationSettings(options?: RequestOptions): Promise<OrganizationSettings> {
    return this.$call('getOrganizationSettings', ops.GetInstanceOrganizationSettings, undefined, options);
  }

  /** Changes the organization settings (`PATCH /instance/organization_settings`). */
  updateOrganizationSettings(params: OperationParams<'UpdateInstanceOrganizationSettings'>, options?: RequestOptions): Promise<OrganizationSettings> {
    return this.$call('updateOrganizationSettings', ops.UpdateInstanceOrganizationSettings, params, options);
  }

  /** The instance's Protect (bot and abuse detection) settings (`GET /instance/protect`). */
  getProtect(options?: RequestOptions): Promise<InstanceProtect> {
    return this.$call('getProtect', ops.GetInstanceProtect, undefined, options);
  }

  /** Turns Protect rules and detection on or off (`PATCH /instance/protect`). */
  updateProtect(params: OperationParams<'UpdateInstanceProtect'>, options?: RequestOptions): Promise<InstanceProtect> {
    return this.$call('updateProtect', ops.UpdateInstanceProtect, params, options);
  }

  /**
   * Beta: moves the production instance to another domain (`POST /instance/change_domain`).
   * Clerk accepts the change and carries it out afterwards (202, no body); the DNS records of the
   * new domain must then be set up before it serves traffic.
   */
  async changeDomain(params: OperationParams<'ChangeProductionInstanceDomain'>, options?: RequestOptions): Promise<void> {
    await this.$call('changeDomain', ops.ChangeProductionInstanceDomain, params, options);
  }
}
