import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  ActorToken as ActorTokenData,
} from '../generated/types.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.actorTokens`: create one; `clerk.actorTokens(id)` to revoke it. An actor token lets
 * someone (the actor, `sub`) sign in as a user: impersonation, support access.
 *
 * @example
 * ```ts
 * const token = await clerk.actorTokens.create({ userId: 'user_123', actor: { sub: 'user_admin' } });
 * await token.revoke();
 * ```
 */
export class ActorTokensCollection extends Collection<ActorTokenHandle> {
  static override readonly fluentPath = 'clerk.actorTokens';

  protected $handle(actorTokenId: string): ActorTokenHandle {
    return this.$nested(ActorTokenHandle, { actor_token_id: actorTokenId });
  }

  /** Creates an actor token (`POST /actor_tokens`). */
  create(params: OperationParams<'CreateActorToken'>, options?: RequestOptions): Promise<ActorToken> {
    return this.$record('create', ActorToken, ops.CreateActorToken, params, options);
  }
}

/** `clerk.actorTokens(id)`, also the methods of an `ActorToken` record. */
export class ActorTokenHandle extends Handle {
  static override readonly fluentPath = 'clerk.actorTokens(…)';

  /** Revokes a token not used yet (`POST /actor_tokens/{actor_token_id}/revoke`). On a record, the record refreshes itself. */
  revoke(options?: RequestOptions): Promise<ActorToken> {
    return this.$record('revoke', ActorToken, ops.RevokeActorToken, undefined, options);
  }
}

export interface ActorToken extends ActorTokenData {}
/** An actor token, as a record: `token`, `url` and `revoke()`. */
export class ActorToken extends ActorTokenHandle {
  static schema = 'ActorToken';
  static locate = locateById('actor_token_id');
}
