import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  MachineToMachineToken as MachineToMachineTokenData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.m2mTokens`: machine-to-machine tokens, which one machine presents to another. The spec
 * files these operations under the group `m2m` as `createToken`, `listTokens`, `verifyToken` and
 * `revokeToken`; under a root named for the tokens they read `create`, `list`, `verify` and
 * `clerk.m2mTokens(id).revoke()`.
 *
 * @example
 * ```ts
 * // On the calling machine, with a client authenticated by the machine's secret key:
 * const asMachine = new Clerk({ secretKey: process.env.CLERK_MACHINE_SECRET_KEY });
 * const { token } = await asMachine.m2mTokens.create({ secondsUntilExpiration: 3600 });
 * // On the receiving side:
 * const verified = await clerk.m2mTokens.verify({ token });
 * await clerk.m2mTokens(verified.id).revoke({ revocationReason: 'rotated' });
 * ```
 */
export class M2mTokensCollection extends Collection<M2mTokenHandle> {
  static override readonly fluentPath = 'clerk.m2mTokens';

  protected $handle(m2mTokenId: string): M2mTokenHandle {
    return this.$nested(M2mTokenHandle, { m2m_token_id: m2mTokenId });
  }

  /**
   * Issues a token for the machine the request authenticates as (`POST /m2m_tokens`). Clerk
   * requires a machine's secret key here, not the instance's: make this call from a client built
   * with `new Clerk({ secretKey: machineSecretKey })`. The answer's `token` is the credential
   * itself; no later answer carries it again.
   */
  create(params?: OperationParams<'createM2MToken'>, options?: RequestOptions): Promise<M2mToken & { token: string }> {
    return this.$record('create', M2mToken, ops.createM2MToken, params, options);
  }

  /**
   * Lists the tokens issued to one machine, `subject` (`GET /m2m_tokens`); `revoked` and `expired`
   * filter by status. Listed tokens do not include the `token` credential.
   */
  list(params: OperationParams<'getM2MTokens'>, options?: ListOptions): ListRequest<M2mToken> {
    return this.$list('list', M2mToken, ops.getM2MTokens, params, options);
  }

  /**
   * Checks a token a machine presented (`POST /m2m_tokens/verify`) and answers with its record:
   * which machine it stands for (`subject`), its `scopes`, `claims`, `revoked` and `expired`. An
   * invalid token rejects with a `ClerkAPIError` (a `NotFoundError` for a token Clerk does not know).
   */
  verify(params: OperationParams<'verifyM2MToken'>, options?: RequestOptions): Promise<M2mToken> {
    return this.$record('verify', M2mToken, ops.verifyM2MToken, params, options);
  }
}

/** `clerk.m2mTokens(id)`, also the methods of an `M2MToken` record. */
export class M2mTokenHandle extends Handle {
  static override readonly fluentPath = 'clerk.m2mTokens(…)';

  /**
   * Revokes the token, with an optional reason kept on it (`POST /m2m_tokens/{m2m_token_id}/revoke`).
   * On a record, the record refreshes itself: `revoked` becomes `true`.
   */
  revoke(params?: OperationParams<'revokeM2MToken'>, options?: RequestOptions): Promise<M2mToken> {
    return this.$record('revoke', M2mToken, ops.revokeM2MToken, params, options);
  }
}

/** An M2M token's data. `token`, the credential, is present in the answer to `create` only. */
export interface M2mToken extends Omit<MachineToMachineTokenData, 'token'> {
  token?: string;
}
/** A machine-to-machine token, as a record with `revoke()`. */
export class M2mToken extends M2mTokenHandle {
  static schema = 'MachineToMachineToken';
  static locate = locateById('m2m_token_id');
}
