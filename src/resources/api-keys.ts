import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  ApiKey as ApiKeyData,
  DeletedObject,
  GetApiKeySecretResponse,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.apiKeys`: API keys that the instance issues to its users, organizations or machines, for
 * them to call the application's own API. List, create and verify here; `clerk.apiKeys(id)` for one.
 *
 * @example
 * ```ts
 * const key = await clerk.apiKeys.create({ name: 'CI deploys', subject: user.id, scopes: ['deploy'] });
 * showOnce(key.secret);
 * const checked = await clerk.apiKeys.verify({ secret: presentedSecret });   // on each request
 * await clerk.apiKeys(key.id).revoke({ revocationReason: 'leaked' });
 * ```
 */
export class ApiKeysCollection extends Collection<ApiKeyHandle> {
  static override readonly fluentPath = 'clerk.apiKeys';

  protected $handle(apiKeyId: string): ApiKeyHandle {
    return this.$nested(ApiKeyHandle, { apiKeyID: apiKeyId });
  }

  /**
   * Lists the API keys of one `subject` (a user, organization or machine id) (`GET /api_keys`); up to
   * 100 per page. Listed keys do not include `secret`.
   */
  list(params: OperationParams<'getApiKeys'>, options?: ListOptions): ListRequest<ApiKey> {
    return this.$list('list', ApiKey, ops.getApiKeys, params, options);
  }

  /**
   * Issues an API key to `subject` (`POST /api_keys`). The answer carries the key's `secret`, the
   * credential to hand to its owner; other answers leave it out, and `getSecret()` fetches it again.
   */
  create(params: OperationParams<'createApiKey'>, options?: RequestOptions): Promise<ApiKey & { secret: string }> {
    return this.$record('create', ApiKey, ops.createApiKey, params, options);
  }

  /** Retrieves an API key, without its secret; the same as `clerk.apiKeys(id).get()`. */
  get(apiKeyId: string, options?: RequestOptions): Promise<ApiKey> {
    return this.$handle(apiKeyId).get(options);
  }

  /**
   * Checks a presented secret (`POST /api_keys/verify`) and answers with the key it belongs to:
   * `subject`, `scopes`, `claims`, `revoked`, `expired`. A secret Clerk does not accept rejects with
   * a `ClerkAPIError`.
   */
  verify(params: OperationParams<'verifyApiKey'>, options?: RequestOptions): Promise<ApiKey> {
    return this.$record('verify', ApiKey, ops.verifyApiKey, params, options);
  }
}

/** `clerk.apiKeys(id)`, also the methods of an `ApiKey` record. */
export class ApiKeyHandle extends Handle {
  static override readonly fluentPath = 'clerk.apiKeys(…)';

  /** Retrieves the key, without its secret (`GET /api_keys/{apiKeyID}`). */
  get(options?: RequestOptions): Promise<ApiKey> {
    return this.$record('get', ApiKey, ops.getApiKey, undefined, options);
  }

  /** Changes the key's description, scopes, claims, subject or expiry (`PATCH /api_keys/{apiKeyID}`). */
  update(params: OperationParams<'updateApiKey'>, options?: RequestOptions): Promise<ApiKey> {
    return this.$record('update', ApiKey, ops.updateApiKey, params, options);
  }

  /** Deletes the key (`DELETE /api_keys/{apiKeyID}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.deleteApiKey, undefined, options);
  }

  /**
   * Revokes the key, with an optional reason kept on it (`POST /api_keys/{apiKeyID}/revoke`). On a
   * record, the record refreshes itself: `revoked` becomes `true`.
   */
  revoke(params?: OperationParams<'revokeApiKey'>, options?: RequestOptions): Promise<ApiKey> {
    return this.$record('revoke', ApiKey, ops.revokeApiKey, params, options);
  }

  /** Fetches the key's secret (`GET /api_keys/{apiKeyID}/secret`). Keep it out of logs. */
  getSecret(options?: RequestOptions): Promise<GetApiKeySecretResponse> {
    return this.$call('getSecret', ops.getApiKeySecret, undefined, options);
  }
}

/** An API key's data. `secret` is present in the answer to `create` only; `getSecret()` fetches it. */
export interface ApiKey extends Omit<ApiKeyData, 'secret'> {
  secret?: string;
}
/** An API key, as a record. */
export class ApiKey extends ApiKeyHandle {
  static schema = 'ApiKey';
  static locate = locateById('apiKeyID');

  /** Fetches the key again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
