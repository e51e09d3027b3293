import { ClerkError, ClerkValidationError, TokenVerificationError, type TokenVerificationReason } from '../core/errors.js';
import type { Jwks } from '../generated/types.js';
import { JwksCache, type JwksTiming } from './jwks.js';
import { checkAudience, checkHeader, checkSessionClaims, checkSignature, checkTimes, decodeJwt, OAUTH_JWT_TYPES, type DecodedJwt } from './jwt.js';
import { importPemKey, loadJose, type Jose } from './keys.js';
import {
  aToken,
  apiKeyAuth,
  classifyToken,
  jwtType,
  m2mJwtAuth,
  m2mRecordAuth,
  oauthJwtAuth,
  oauthRecordAuth,
  TOKEN_LABELS,
  verifyCallFailure,
  type ApiKeyAuth,
  type ApiKeyRecord,
  type M2mTokenAuth,
  type M2mTokenRecord,
  type OauthTokenAuth,
  type OauthTokenRecord,
} from './machine.js';
import {
  resolveAccepted,
  resolveChecks,
  type AcceptedTokenType,
  type AcceptsToken,
  type ClientAuthenticateRequestOptions,
  type ResolvedChecks,
  type TokenCheckOptions,
  type TokenType,
} from './options.js';
import { readToken, type RequestLike } from './request.js';
import { sessionAuth, type SessionAuth, type SessionClaims } from './session.js';

/** What a verification needs from Clerk's Backend API, handed in by the client (or built standalone). */
export interface ClerkBackend {
  fetchJwks(): Promise<Jwks>;
  verifyApiKey(secret: string): Promise<ApiKeyRecord>;
  verifyM2mToken(token: string): Promise<M2mTokenRecord>;
  verifyOauthToken(accessToken: string): Promise<OauthTokenRecord>;
}

/** The `auth` of a signed-in request, by token type. */
export interface AuthByTokenType {
  session_token: SessionAuth;
  api_key: ApiKeyAuth;
  m2m_token: M2mTokenAuth;
  oauth_token: OauthTokenAuth;
}

/** A request whose token was verified: what the token is (`tokenType`) and whom it stands for (`auth`). */
export type SignedInState<T extends TokenType = TokenType> = {
  [K in T]: { readonly status: 'signed-in'; readonly tokenType: K; readonly auth: AuthByTokenType[K] };
}[T];

/** A request without a token, or with one that was not accepted: `reason` says why. */
export interface SignedOutState {
  readonly status: 'signed-out';
  /** The type of the token presented, when there was one this library recognises. */
  readonly tokenType: TokenType | null;
  readonly reason: TokenVerificationReason;
  readonly message: string;
}

/** The outcome of `authenticateRequest`: signed in with one of the accepted token types, or signed out. */
export type RequestState<T extends TokenType = 'session_token'> = SignedInState<T> | SignedOutState;

const MACHINE_TYPES: readonly TokenType[] = ['api_key', 'm2m_token', 'oauth_token'];

/**
 * Verification for one instance: its key cache and its Backend API. A client owns one; the
 * standalone functions keep one per secret key and API URL, and one without any for `jwtKey` alone.
 */
export class TokenVerifier {
  readonly #backend: ClerkBackend | undefined;
  readonly #jwks: JwksCache | undefined;

  constructor(backend?: ClerkBackend, timing?: JwksTiming) {
    this.#backend = backend;
    this.#jwks = backend ? new JwksCache(() => backend.fetchJwks(), timing) : undefined;
  }

  /** Verifies a session token and returns its claims; throws {@link TokenVerificationError}. */
  async verifyToken(token: string, options?: TokenCheckOptions): Promise<SessionClaims> {
    const checks = resolveChecks(options);
    this.#checkKeySource(checks);
    if (typeof token !== 'string') throw new ClerkValidationError(`verifyToken takes the token as a string, not ${token === null ? 'null' : typeof token}.`);
    if (token === '') throw new TokenVerificationError('token-missing', 'The token is empty.');
    const jose = await loadJose();
    const jwt = decodeJwt(jose, token);
    const type = jwtType(jwt);
    if (type !== 'session_token') {
      throw new TokenVerificationError('token-type-not-accepted', `The token is ${aToken(type)}, not a session token.`);
    }
    return this.#verifySession(jose, jwt, checks);
  }

  async authenticateRequest<A extends AcceptsToken = 'session_token'>(
    request: RequestLike,
    options?: ClientAuthenticateRequestOptions<A>,
  ): Promise<RequestState<AcceptedTokenType<A>>> {
    const checks = resolveChecks(options);
    const accepted = resolveAccepted(options?.acceptsToken);
    const treatPendingAsSignedOut = options?.treatPendingAsSignedOut ?? true;
    if (accepted.has('session_token')) this.#checkKeySource(checks);
    if (!this.#backend && MACHINE_TYPES.some((type) => accepted.has(type))) {
      throw new ClerkError('Machine tokens are verified with the secret key: pass `secretKey` or set CLERK_SECRET_KEY.');
    }
    const presented = readToken(request, accepted.has('session_token'));
    if (!presented) {
      return signedOut(null, 'token-missing', accepted.has('session_token') ? 'No Authorization: Bearer header and no __session cookie.' : 'No Authorization: Bearer header.');
    }
    let type: TokenType | null = null;
    try {
      const jose = await loadJose();
      const classified = classifyToken(jose, presented.token);
      type = classified.type;
      if (!accepted.has(type) || (presented.from === 'cookie' && type !== 'session_token')) {
        throw new TokenVerificationError(
          'token-type-not-accepted',
          `The request carries ${aToken(type)}; this call accepts ${[...accepted].map((item) => TOKEN_LABELS[item]).join(', ')}.`,
        );
      }
      const auth = await this.#authenticate(jose, classified.type, presented.token, classified.jwt, checks);
      if (auth.tokenType === 'session_token' && treatPendingAsSignedOut && auth.sessionStatus === 'pending') {
        throw new TokenVerificationError('session-pending', 'The session is pending: the user has tasks to complete before signing in.');
      }
      return { status: 'signed-in', tokenType: auth.tokenType, auth } as SignedInState as RequestState<AcceptedTokenType<A>>;
    } catch (error) {
      if (error instanceof TokenVerificationError) return signedOut(type, error.reason, error.message);
      throw error;
    }
  }

  async #authenticate(
    jose: Jose,
    type: TokenType,
    token: string,
    jwt: DecodedJwt | undefined,
    checks: ResolvedChecks,
  ): Promise<AuthByTokenType[TokenType]> {
    if (type === 'session_token') return sessionAuth(await this.#verifySession(jose, jwt!, checks));
    if (jwt) {
      checkHeader(jwt.header, type === 'oauth_token' ? OAUTH_JWT_TYPES : [undefined, 'JWT']);
      await checkSignature(jose, jwt, await this.#keyFor(jwt, checks));
      checkTimes(jwt.payload, checks.clockSkewMs, Date.now());
      checkAudience(jwt.payload, checks.audiences);
      return type === 'oauth_token' ? oauthJwtAuth(jwt.payload) : m2mJwtAuth(jwt.payload);
    }
    const backend = this.#backend!;
    try {
      if (type === 'api_key') return apiKeyAuth(await backend.verifyApiKey(token));
      if (type === 'm2m_token') return m2mRecordAuth(await backend.verifyM2mToken(token));
      return oauthRecordAuth(await backend.verifyOauthToken(token));
    } catch (error) {
      if (error instanceof TokenVerificationError) throw error;
      throw verifyCallFailure(error, type);
    }
  }

  /** The order matters: nothing in the payload is looked at before the signature holds. */
  async #verifySession(jose: Jose, jwt: DecodedJwt, checks: ResolvedChecks): Promise<SessionClaims> {
    checkHeader(jwt.header, [undefined, 'JWT']);
    await checkSignature(jose, jwt, await this.#keyFor(jwt, checks));
    checkTimes(jwt.payload, checks.clockSkewMs, Date.now());
    checkSessionClaims(jwt.payload, checks);
    return jwt.payload as SessionClaims;
  }

  #keyFor(jwt: DecodedJwt, checks: ResolvedChecks): Promise<CryptoKey> {
    return checks.jwtKey !== undefined ? importPemKey(checks.jwtKey) : this.#jwks!.keyFor(jwt.header.kid);
  }

  #checkKeySource(checks: ResolvedChecks): void {
    if (checks.jwtKey === undefined && !this.#jwks) {
      throw new ClerkError(
        'No key to verify tokens with: pass `jwtKey` (or set CLERK_JWT_KEY) to verify without a request to Clerk, ' +
          'or `secretKey` (or set CLERK_SECRET_KEY) to use the instance’s JWKS.',
      );
    }
  }
}

function signedOut(tokenType: TokenType | null, reason: TokenVerificationReason, message: string): SignedOutState {
  return { status: 'signed-out', tokenType, reason, message };
}
