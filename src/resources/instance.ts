import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  ChangeProductionInstanceDomainBody,
  Instance,
  InstanceCommunication,
  InstanceProtect,
  InstanceRestrictions,
  OAuthApplicationSettings,
  OrganizationSettings,
  UpdateInstanceBody,
  UpdateInstanceCommunicationBody,
  UpdateInstanceOAuthApplicationSettingsBody,
  UpdateInstanceOrganizationSettingsBody,
  UpdateInstanceProtectBody,
  UpdateInstanceRestrictionsBody,
} from '../generated/types.js';
import { Handle } from './base.js';

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
  /** Retrieves the instance: its id, environment and allowed origins (`GET /instance`). */
  get(options?: RequestOptions): Promise<Instance> {
    return this.$call(ops.GetInstance, undefined, options) as Promise<Instance>;
  }

  /**
   * Changes instance-wide settings such as the support email or allowed origins (`PATCH /instance`).
   * Clerk answers with no body, so there is nothing to return: call `get()` to see the result.
   */
  async update(params: UpdateInstanceBody, options?: RequestOptions): Promise<void> {
    await this.$call(ops.UpdateInstance, params, options);
  }

  /** Changes which identifiers may sign up or sign in: allowlist, blocklist, disposable domains… (`PATCH /instance/restrictions`). */
  updateRestrictions(params: UpdateInstanceRestrictionsBody, options?: RequestOptions): Promise<InstanceRestrictions> {
    return this.$call(ops.UpdateInstanceRestrictions, params, options) as Promise<InstanceRestrictions>;
  }

  /** The instance's communication settings, such as the countries SMS may not be sent to (`GET /instance/communication`). */
  getCommunication(options?: RequestOptions): Promise<InstanceCommunication> {
    return this.$call(ops.GetInstanceCommunication, undefined, options) as Promise<InstanceCommunication>;
  }

  /** Changes the communication settings (`PATCH /instance/communication`). Country codes are ISO 3166-1 alpha-2, upper case. */
  updateCommunication(params: UpdateInstanceCommunicationBody, options?: RequestOptions): Promise<InstanceCommunication> {
    return this.$call(ops.UpdateInstanceCommunication, params, options) as Promise<InstanceCommunication>;
  }

  /** How the instance acts as an OAuth provider: dynamic client registration, default scopes, JWT access tokens (`GET /instance/oauth_application_settings`). */
  getOAuthApplicationSettings(options?: RequestOptions): Promise<OAuthApplicationSettings> {
    return this.$call(ops.GetInstanceOAuthApplicationSettings, undefined, options) as Promise<OAuthApplicationSettings>;
  }

  /** Changes the OAuth provider settings (`PATCH /instance/oauth_application_settings`). */
  updateOAuthApplicationSettings(
    params: UpdateInstanceOAuthApplicationSettingsBody,
    options?: RequestOptions,
  ): Promise<OAuthApplicationSettings> {
    return this.$call(ops.UpdateInstanceOAuthApplicationSettings, params, options) as Promise<OAuthApplicationSettings>;
  }

  /** Whether organizations are on, and their limits, roles and domain rules (`GET /instance/organization_settings`). */
  getOrganizationSettings(options?: RequestOptions): Promise<OrganizationSettings> {
    return this.$call(ops.GetInstanceOrganizationSettings, undefined, options) as Promise<OrganizationSettings>;
  }

  /** Changes the organization settings (`PATCH /instance/organization_settings`). */
  updateOrganizationSettings(params: UpdateInstanceOrganizationSettingsBody, options?: RequestOptions): Promise<OrganizationSettings> {
    return this.$call(ops.UpdateInstanceOrganizationSettings, params, options) as Promise<OrganizationSettings>;
  }

  /** The instance's Protect (bot and abuse detection) settings (`GET /instance/protect`). */
  getProtect(options?: RequestOptions): Promise<InstanceProtect> {
    return this.$call(ops.GetInstanceProtect, undefined, options) as Promise<InstanceProtect>;
  }

  /** Turns Protect rules and detection on or off (`PATCH /instance/protect`). */
  updateProtect(params: UpdateInstanceProtectBody, options?: RequestOptions): Promise<InstanceProtect> {
    return this.$call(ops.UpdateInstanceProtect, params, options) as Promise<InstanceProtect>;
  }

  /**
   * Beta: moves the production instance to another domain (`POST /instance/change_domain`).
   * Clerk accepts the change and carries it out afterwards (202, no body); the DNS records of the
   * new domain must then be set up before it serves traffic.
   */
  async changeDomain(params: ChangeProductionInstanceDomainBody, options?: RequestOptions): Promise<void> {
    await this.$call(ops.ChangeProductionInstanceDomain, params, options);
  }
}
