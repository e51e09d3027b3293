import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  Client as ClientData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';
import { Session } from './sessions.js';

/** `clerk.clients`: verify a client token; `clerk.clients(id)` for one client (a browser or device). */
export class ClientsCollection extends Collection<ClientHandle> {
  static override readonly fluentPath = 'clerk.clients';

  protected $handle(clientId: string): ClientHandle {
    return this.$nested(ClientHandle, { client_id: clientId });
  }

  /**
   * Lists clients (`GET /clients`).
   * @deprecated Deprecated by Clerk (the API may answer 410 Gone): list sessions with
   * `clerk.sessions.list()`, or fetch one client with `clerk.clients.get(id)`.
   */
  list(params?: OperationParams<'GetClientList'>, options?: ListOptions): ListRequest<Client> {
    return this.$list('list', Client, ops.GetClientList, params, options);
  }

  /** Retrieves a client (`GET /clients/{client_id}`); the same as `clerk.clients(clientId).get()`. */
  get(clientId: string, options?: RequestOptions): Promise<Client> {
    return this.$handle(clientId).get(options);
  }

  /** Resolves a client token (the `__client` cookie's value) to its client (`POST /clients/verify`). */
  verify(params: OperationParams<'VerifyClient'>, options?: RequestOptions): Promise<Client> {
    return this.$record('verify', Client, ops.VerifyClient, params, options);
  }
}

/** `clerk.clients(id)`, also the methods of a `Client` record. */
export class ClientHandle extends Handle {
  static override readonly fluentPath = 'clerk.clients(…)';

  /** Retrieves the client (`GET /clients/{client_id}`). */
  get(options?: RequestOptions): Promise<Client> {
    return this.$record('get', Client, ops.GetClient, undefined, options);
  }
}

export interface Client extends Omit<ClientData, 'sessions'> {
  sessions: Session[];
}
/**
 * A client (one browser or device signed in to the instance), as a record. Its sessions are
 * `Session` records: `await client.sessions[0]?.revoke()`.
 */
export class Client extends ClientHandle {
  static schema = 'Client';
  static locate = locateById('client_id');
  static get nested() {
    return { sessions: Session };
  }

  /** Fetches the client again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
