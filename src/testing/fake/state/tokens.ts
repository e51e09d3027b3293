/**
 * Sign-in tokens and actor tokens: issued for a user that exists, pending until used, revocable
 * only while pending.
 */
import type { Core, Handlers } from '../core.js';
import { errors } from '../errors.js';
import type { JsonObject } from '../wire.js';
import type { ActorTokenRecord, SignInTokenRecord, TokenStatus } from './records.js';

const SIGN_IN_TOKEN_SECONDS = 30 * 86_400;
const ACTOR_TOKEN_SECONDS = 3600;

/** A token's status now: a pending one past its expiry can no longer be used, so it counts as revoked. */
function statusOf(token: { status: TokenStatus; expires_at: number }, now: number): TokenStatus {
  return token.status === 'pending' && token.expires_at <= now ? 'revoked' : token.status;
}

function ticketUrl(core: Core, token: string): string {
  return `https://${core.instance.frontendApi}/v1/tickets/accept?ticket=${token}`;
}

function serializeSignInToken(core: Core, token: SignInTokenRecord): Record<string, unknown> {
  return {
    object: 'sign_in_token',
    id: token.id,
    status: statusOf(token, core.clock.now()),
    user_id: token.user_id,
    token: token.token,
    url: ticketUrl(core, token.token),
    created_at: token.created_at,
    updated_at: token.updated_at,
  };
}

function serializeActorToken(core: Core, token: ActorTokenRecord): Record<string, unknown> {
  return {
    object: 'actor_token',
    id: token.id,
    status: statusOf(token, core.clock.now()),
    user_id: token.user_id,
    actor: token.actor,
    token: token.token,
    url: ticketUrl(core, token.token),
    created_at: token.created_at,
    updated_at: token.updated_at,
  };
}

function requireUser(core: Core, body: Readonly<Record<string, unknown>>): string {
  const userId = body.user_id as string;
  if (!core.store.users.has(userId)) throw errors.notFound('user', userId);
  return userId;
}

export function createSignInToken(core: Core, body: Readonly<Record<string, unknown>>, id?: string): SignInTokenRecord {
  const userId = requireUser(core, body);
  const at = core.clock.stamp();
  const seconds = typeof body.expires_in_seconds === 'number' ? body.expires_in_seconds : SIGN_IN_TOKEN_SECONDS;
  const token: SignInTokenRecord = { id: id ?? core.random.id('sit'), user_id: userId, status: 'pending', token: core.random.base62(48), expires_at: at + seconds * 1000, created_at: at, updated_at: at };
  core.store.signInTokens.set(token.id, token);
  return token;
}

export function createActorToken(core: Core, body: Readonly<Record<string, unknown>>, id?: string): ActorTokenRecord {
  const userId = requireUser(core, body);
  const at = core.clock.stamp();
  const seconds = typeof body.expires_in_seconds === 'number' ? body.expires_in_seconds : ACTOR_TOKEN_SECONDS;
  const token: ActorTokenRecord = {
    id: id ?? core.random.id('act'),
    user_id: userId,
    actor: structuredClone(body.actor as JsonObject),
    status: 'pending',
    token: core.random.base62(48),
    expires_at: at + seconds * 1000,
    created_at: at,
    updated_at: at,
  };
  core.store.actorTokens.set(token.id, token);
  return token;
}

export const tokenHandlers: Handlers = {
  CreateSignInToken: (call, core) => serializeSignInToken(core, createSignInToken(core, call.body)),
  RevokeSignInToken: (call, core) => {
    const token = core.store.signInTokens.get(call.params.sign_in_token_id!);
    if (!token) throw errors.notFound('sign-in token', call.params.sign_in_token_id!);
    const status = statusOf(token, core.clock.now());
    if (status !== 'pending') throw errors.signInTokenCannotBeRevoked(status);
    token.status = 'revoked';
    token.updated_at = core.clock.stamp();
    return serializeSignInToken(core, token);
  },
  CreateActorToken: (call, core) => serializeActorToken(core, createActorToken(core, call.body)),
  RevokeActorToken: (call, core) => {
    const token = core.store.actorTokens.get(call.params.actor_token_id!);
    if (!token) throw errors.notFound('actor token', call.params.actor_token_id!);
    const status = statusOf(token, core.clock.now());
    if (status !== 'pending') throw errors.actorTokenCannotBeRevoked(status);
    token.status = 'revoked';
    token.updated_at = core.clock.stamp();
    return serializeActorToken(core, token);
  },
};
