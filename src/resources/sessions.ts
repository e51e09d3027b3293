import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  CreateSessionTokenFromTemplateResponse,
  CreateSessionTokenResponse,
  Session as SessionData,
  SessionRefresh,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.sessions`: list and create; `clerk.sessions(id)` for one session.
 *
 * @example
 * ```ts
 * for await (const session of clerk.sessions.list({ userId: 'user_123', status: 'active' })) await session.revoke();
 * const { jwt } = await clerk.sessions('sess_123').createToken({ expiresInSeconds: 300 });
 * ```
 */
export class SessionsCollection extends Collection<SessionHandle> {
  static override readonly fluentPath = 'clerk.sessions';

  protected $handle(sessionId: string): SessionHandle {
    return this.$nested(SessionHandle, { session_id: sessionId });
  }

  /** Lists sessions, filtered by client, user or status (`GET /sessions`). */
  list(params?: OperationParams<'GetSessionList'>, options?: ListOptions): ListRequest<Session> {
    return this.$list('list', Session, ops.GetSessionList, params, options);
  }

  /** Starts a session for a user without a sign-in, for testing and server-driven flows (`POST /sessions`). */
  create(params: OperationParams<'createSession'>, options?: RequestOptions): Promise<Session> {
    return this.$record('create', Session, ops.createSession, params, options);
  }

  /** Retrieves a session (`GET /sessions/{session_id}`); the same as `clerk.sessions(sessionId).get()`. */
  get(sessionId: string, options?: RequestOptions): Promise<Session> {
    return this.$handle(sessionId).get(options);
  }
}

/** `clerk.sessions(id)`, also the methods of a `Session` record. */
export class SessionHandle extends Handle {
  static override readonly fluentPath = 'clerk.sessions(…)';

  /** Retrieves the session (`GET /sessions/{session_id}`). */
  get(options?: RequestOptions): Promise<Session> {
    return this.$record('get', Session, ops.GetSession, undefined, options);
  }

  /**
   * Exchanges an expired session token and its refresh token for a fresh one
   * (`POST /sessions/{session_id}/refresh`). The answer is a token or cookies, by `format`.
   */
  refresh(params: OperationParams<'RefreshSession'>, options?: RequestOptions): Promise<SessionRefresh> {
    return this.$call('refresh', ops.RefreshSession, params, options);
  }

  /** Ends the session at once, signing its user out of that client (`POST /sessions/{session_id}/revoke`). On a record, the record refreshes itself. */
  revoke(options?: RequestOptions): Promise<Session> {
    return this.$record('revoke', Session, ops.RevokeSession, undefined, options);
  }

  /** Mints a session token, a JWT with Clerk's default claims (`POST /sessions/{session_id}/tokens`). */
  createToken(params?: OperationParams<'CreateSessionToken'>, options?: RequestOptions): Promise<CreateSessionTokenResponse> {
    return this.$call('createToken', ops.CreateSessionToken, params, options);
  }

  /**
   * Mints a JWT shaped by one of the instance's JWT templates, such as `supabase`
   * (`POST /sessions/{session_id}/tokens/{template_name}`). The template name is an argument rather
   * than a handle (`tokens(name)`): tokens are minted, never stored, so there is nothing to address.
   */
  createTokenFromTemplate(templateName: string, params?: OperationParams<'CreateSessionTokenFromTemplate'>, options?: RequestOptions): Promise<CreateSessionTokenFromTemplateResponse> {
    return this.$call('createTokenFromTemplate', ops.CreateSessionTokenFromTemplate, params, options, { template_name: templateName });
  }

  /**
   * Checks a session token against the session (`POST /sessions/{session_id}/verify`).
   * @deprecated Dropped after API version 2021-02-05: verify session tokens locally (networkless)
   * instead, with the instance's JWT public key.
   */
  verify(params?: OperationParams<'VerifySession'>, options?: RequestOptions): Promise<Session> {
    return this.$record('verify', Session, ops.VerifySession, params, options);
  }
}

export interface Session extends SessionData {}
/**
 * A session, as a record (`client.sessions[i]` too).
 *
 * @example
 * ```ts
 * const session = await clerk.sessions.get('sess_123');
 * await session.revoke();    // session.status === 'revoked' afterwards
 * ```
 */
export class Session extends SessionHandle {
  static schema = 'Session';
  static locate = locateById('session_id');

  /** Fetches the session again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
