import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  SamlConnection as SamlConnectionData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.samlConnections`: list and create SAML connections; `clerk.samlConnections(id)` for one.
 *
 * @deprecated Clerk deprecates these endpoints: enterprise connections cover SAML and OIDC alike.
 * Use `clerk.enterpriseConnections`.
 */
export class SamlConnectionsCollection extends Collection<SamlConnectionHandle> {
  static override readonly fluentPath = 'clerk.samlConnections';

  protected $handle(samlConnectionId: string): SamlConnectionHandle {
    return this.$nested(SamlConnectionHandle, { saml_connection_id: samlConnectionId });
  }

  /**
   * Lists SAML connections (`GET /saml_connections`).
   * @deprecated Deprecated by Clerk: use `clerk.enterpriseConnections.list()`.
   */
  list(params?: OperationParams<'ListSAMLConnections'>, options?: ListOptions): ListRequest<SamlConnection> {
    return this.$list('list', SamlConnection, ops.ListSAMLConnections, params, options);
  }

  /**
   * Creates a SAML connection (`POST /saml_connections`); give `domains` (or the older `domain`).
   * @deprecated Deprecated by Clerk: use `clerk.enterpriseConnections.create()` with a `saml_*` provider.
   */
  create(params: OperationParams<'CreateSAMLConnection'>, options?: RequestOptions): Promise<SamlConnection> {
    return this.$record('create', SamlConnection, ops.CreateSAMLConnection, params, options);
  }

  /**
   * Retrieves a SAML connection; the same as `clerk.samlConnections(id).get()`.
   * @deprecated Deprecated by Clerk: use `clerk.enterpriseConnections.get()`.
   */
  get(samlConnectionId: string, options?: RequestOptions): Promise<SamlConnection> {
    return this.$handle(samlConnectionId).get(options);
  }
}

/**
 * `clerk.samlConnections(id)`, also the methods of a `SAMLConnection` record. Every method is
 * deprecated by Clerk in favour of `clerk.enterpriseConnections(id)`.
 */
export class SamlConnectionHandle extends Handle {
  static override readonly fluentPath = 'clerk.samlConnections(…)';

  /**
   * Retrieves the connection (`GET /saml_connections/{saml_connection_id}`).
   * @deprecated Deprecated by Clerk: use `clerk.enterpriseConnections(id).get()`.
   */
  get(options?: RequestOptions): Promise<SamlConnection> {
    return this.$record('get', SamlConnection, ops.GetSAMLConnection, undefined, options);
  }

  /**
   * Changes the connection (`PATCH /saml_connections/{saml_connection_id}`).
   * @deprecated Deprecated by Clerk: use `clerk.enterpriseConnections(id).update()`.
   */
  update(params: OperationParams<'UpdateSAMLConnection'>, options?: RequestOptions): Promise<SamlConnection> {
    return this.$record('update', SamlConnection, ops.UpdateSAMLConnection, params, options);
  }

  /**
   * Deletes the connection (`DELETE /saml_connections/{saml_connection_id}`).
   * @deprecated Deprecated by Clerk: use `clerk.enterpriseConnections(id).delete()`.
   */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteSAMLConnection, undefined, options);
  }
}

export interface SamlConnection extends SamlConnectionData {}
/**
 * A SAML connection, as a record. Clerk now describes SAML identity providers as enterprise
 * connections (`EnterpriseConnection`); `enterpriseConnectionId` links the two.
 */
export class SamlConnection extends SamlConnectionHandle {
  static schema = 'SAMLConnection';
  static locate = locateById('saml_connection_id');

  /**
   * Fetches the connection again and refreshes this record in place.
   * @deprecated Deprecated by Clerk, with the rest of the SAML connection endpoints.
   */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
