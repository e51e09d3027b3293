import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  OauthApplication as OauthApplicationData,
  OauthApplicationWithSecret as OauthApplicationWithSecretData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * An OAuth application as answered by `create` and `rotateSecret`: the record plus the client
 * secret. Clerk shows the secret in these answers only; store it before the response is dropped.
 */
export type OauthApplicationWithSecret = OauthApplication & Pick<OauthApplicationWithSecretData, 'clientSecret'>;

/**
 * `clerk.oauthApplications`: the OAuth applications for which the instance acts as the identity
 * provider. List and create here; `clerk.oauthApplications(id)` for one application.
 *
 * @example
 * ```ts
 * const app = await clerk.oauthApplications.create({ name: 'Acme CLI', redirectUris: ['https://acme.dev/callback'] });
 * saveSecret(app.clientSecret);               // shown once
 * await clerk.oauthApplications(app.id).update({ scopes: 'profile email' });
 * ```
 */
export class OauthApplicationsCollection extends Collection<OauthApplicationHandle> {
  static override readonly fluentPath = 'clerk.oauthApplications';

  protected $handle(oauthApplicationId: string): OauthApplicationHandle {
    return this.$nested(OauthApplicationHandle, { oauth_application_id: oauthApplicationId });
  }

  /** Lists the instance's OAuth applications (`GET /oauth_applications`). */
  list(params?: OperationParams<'ListOAuthApplications'>, options?: ListOptions): ListRequest<OauthApplication> {
    return this.$list('list', OauthApplication, ops.ListOAuthApplications, params, options);
  }

  /**
   * Registers an OAuth application (`POST /oauth_applications`). The answer carries `clientSecret`
   * (absent for public clients): Clerk shows it this once, so keep it now or rotate it later.
   */
  create(params: OperationParams<'CreateOAuthApplication'>, options?: RequestOptions): Promise<OauthApplicationWithSecret> {
    return this.$record('create', OauthApplication, ops.CreateOAuthApplication, params, options);
  }

  /** Retrieves an OAuth application; the same as `clerk.oauthApplications(id).get()`. */
  get(oauthApplicationId: string, options?: RequestOptions): Promise<OauthApplication> {
    return this.$handle(oauthApplicationId).get(options);
  }
}

/** `clerk.oauthApplications(id)`, also the methods of an `OAuthApplication` record. */
export class OauthApplicationHandle extends Handle {
  static override readonly fluentPath = 'clerk.oauthApplications(…)';

  /** Retrieves the application (`GET /oauth_applications/{oauth_application_id}`). */
  get(options?: RequestOptions): Promise<OauthApplication> {
    return this.$record('get', OauthApplication, ops.GetOAuthApplication, undefined, options);
  }

  /** Changes the application's settings (`PATCH /oauth_applications/{oauth_application_id}`). */
  update(params: OperationParams<'UpdateOAuthApplication'>, options?: RequestOptions): Promise<OauthApplication> {
    return this.$record('update', OauthApplication, ops.UpdateOAuthApplication, params, options);
  }

  /** Deletes the application (`DELETE /oauth_applications/{oauth_application_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteOAuthApplication, undefined, options);
  }

  /**
   * Uploads the logo shown on the consent screen (`PUT /oauth_applications/{oauth_application_id}/logo`,
   * multipart). `file` takes a Blob, File, Buffer/Uint8Array or a readable stream.
   */
  uploadLogo(params: OperationParams<'UploadOAuthApplicationLogo'>, options?: RequestOptions): Promise<OauthApplication> {
    return this.$record('uploadLogo', OauthApplication, ops.UploadOAuthApplicationLogo, params, options);
  }

  /**
   * Replaces the client secret (`POST /oauth_applications/{oauth_application_id}/rotate_secret`).
   * The new secret is in this answer only. On a record, the record refreshes itself and holds the
   * new `clientSecret` until its next refresh.
   */
  rotateSecret(options?: RequestOptions): Promise<OauthApplicationWithSecret> {
    return this.$record('rotateSecret', OauthApplication, ops.RotateOAuthApplicationSecret, undefined, options);
  }

  /**
   * Revokes one access or refresh token issued to the application
   * (`POST /oauth_applications/{oauth_application_id}/revoke_token`). Clerk answers 204 No Content.
   */
  async revokeToken(params: OperationParams<'RevokeOAuthApplicationToken'>, options?: RequestOptions): Promise<void> {
    await this.$call('revokeToken', ops.RevokeOAuthApplicationToken, params, options);
  }
}

export interface OauthApplication extends OauthApplicationData {}
/** An OAuth application, as a record. */
export class OauthApplication extends OauthApplicationHandle {
  static schema = 'OAuthApplication';
  static locate = locateById('oauth_application_id');

  /** Fetches the application again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
