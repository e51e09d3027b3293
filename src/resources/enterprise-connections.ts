import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  EnterpriseConnection as EnterpriseConnectionData,
  EnterpriseConnectionTestRun,
  EnterpriseConnectionTestRunResponse,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Group, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.enterpriseConnections`: SAML and OIDC single sign-on connections. List and create here;
 * `clerk.enterpriseConnections(id)` for one connection and its test runs.
 *
 * @example
 * ```ts
 * const sso = await clerk.enterpriseConnections.create({
 *   name: 'Acme Okta', provider: 'saml_okta', domains: ['acme.com'],
 *   saml: { idpMetadataUrl: 'https://acme.okta.com/app/x/sso/saml/metadata' },
 * });
 * const { url } = await clerk.enterpriseConnections(sso.id).testRuns.create();
 * ```
 */
export class EnterpriseConnectionsCollection extends Collection<EnterpriseConnectionHandle> {
  static override readonly fluentPath = 'clerk.enterpriseConnections';

  protected $handle(enterpriseConnectionId: string): EnterpriseConnectionHandle {
    return this.$nested(EnterpriseConnectionHandle, { enterprise_connection_id: enterpriseConnectionId });
  }

  /** Lists enterprise connections, optionally of one organization or only active ones (`GET /enterprise_connections`). */
  list(params?: OperationParams<'ListEnterpriseConnections'>, options?: ListOptions): ListRequest<EnterpriseConnection> {
    return this.$list('list', EnterpriseConnection, ops.ListEnterpriseConnections, params, options);
  }

  /**
   * Creates an enterprise connection (`POST /enterprise_connections`): a `saml_*` provider takes its
   * identity provider settings under `saml`, an `oidc_*` provider under `oidc`.
   */
  create(params: OperationParams<'CreateEnterpriseConnection'>, options?: RequestOptions): Promise<EnterpriseConnection> {
    return this.$record('create', EnterpriseConnection, ops.CreateEnterpriseConnection, params, options);
  }

  /** Retrieves an enterprise connection; the same as `clerk.enterpriseConnections(id).get()`. */
  get(enterpriseConnectionId: string, options?: RequestOptions): Promise<EnterpriseConnection> {
    return this.$handle(enterpriseConnectionId).get(options);
  }
}

/** `clerk.enterpriseConnections(id)`, also the methods of an `EnterpriseConnection` record. */
export class EnterpriseConnectionHandle extends Handle {
  static override readonly fluentPath = 'clerk.enterpriseConnections(…)';

  /** Retrieves the connection (`GET /enterprise_connections/{enterprise_connection_id}`). */
  get(options?: RequestOptions): Promise<EnterpriseConnection> {
    return this.$record('get', EnterpriseConnection, ops.GetEnterpriseConnection, undefined, options);
  }

  /** Changes the connection (`PATCH /enterprise_connections/{enterprise_connection_id}`). */
  update(params: OperationParams<'UpdateEnterpriseConnection'>, options?: RequestOptions): Promise<EnterpriseConnection> {
    return this.$record('update', EnterpriseConnection, ops.UpdateEnterpriseConnection, params, options);
  }

  /** Deletes the connection (`DELETE /enterprise_connections/{enterprise_connection_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteEnterpriseConnection, undefined, options);
  }

  /** The connection's test runs: `.list()` and `.create()`. */
  get testRuns(): EnterpriseConnectionTestRuns {
    return this.$nested(EnterpriseConnectionTestRuns);
  }
}

/**
 * `clerk.enterpriseConnections(id).testRuns`: trial sign-ins through the connection, to check an
 * identity provider's setup before users depend on it. The spec names these operations
 * `enterpriseConnections.listTestRuns` and `createTestRun`; nested under the connection they read
 * `testRuns.list()` and `testRuns.create()`.
 */
export class EnterpriseConnectionTestRuns extends Group {
  static override readonly fluentPath = 'clerk.enterpriseConnections(…).testRuns';

  /**
   * Lists the connection's test runs, each with its status, the user info it parsed and its logs
   * (`GET /enterprise_connections/{enterprise_connection_id}/test_runs`). Filter with `status`.
   */
  list(params?: OperationParams<'ListEnterpriseConnectionTestRuns'>, options?: ListOptions): ListRequest<EnterpriseConnectionTestRun> {
    return this.$listData('list', ops.ListEnterpriseConnectionTestRuns, params, options);
  }

  /**
   * Starts a test run (`POST /enterprise_connections/{enterprise_connection_id}/test_runs`). The
   * answer's `url` is where to sign in with the identity provider to complete it.
   */
  create(options?: RequestOptions): Promise<EnterpriseConnectionTestRunResponse> {
    return this.$call('create', ops.CreateEnterpriseConnectionTestRun, undefined, options);
  }
}

export interface EnterpriseConnection extends EnterpriseConnectionData {}
/** An enterprise (SAML or OIDC) connection, as a record: `connection.testRuns.list()` works from it too. */
export class EnterpriseConnection extends EnterpriseConnectionHandle {
  static schema = 'EnterpriseConnection';
  static locate = locateById('enterprise_connection_id');

  /** Fetches the connection again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
