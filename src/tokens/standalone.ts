import { readEnv } from '../core/env.js';
import { ClientContext } from '../core/operation.js';
import { DEFAULT_API_URL, resolveOptions } from '../core/options.js';
import { Transport } from '../core/transport.js';
import { VERSION } from '../core/version.js';
import { operations, SPEC_VERSION } from '../generated/operations.js';
import type { Jwks } from '../generated/types.js';
import type { ApiKeyRecord, M2mTokenRecord, OauthTokenRecord } from './machine.js';
import type { AcceptedTokenType, AcceptsToken, AuthenticateRequestOptions, VerifyTokenOptions } from './options.js';
import type { RequestLike } from './request.js';
import type { SessionClaims } from './session.js';
import { loadVerifier } from './load.js';
import type { ClerkBackend, RequestState, TokenVerifier } from './verifier.js';

/** Verifiers by API URL and secret key: each has its own JWKS cache, so two instances never share keys. */
const verifiers = new Map<string, TokenVerifier>();
const MAX_VERIFIERS = 32;
let networkless: TokenVerifier | undefined;

async function verifierFor(options: VerifyTokenOptions | undefined): Promise<TokenVerifier> {
  const { TokenVerifier } = await loadVerifier();
  const secretKey = options?.secretKey ?? readEnv('CLERK_SECRET_KEY');
  if (!secretKey) return (networkless ??= new TokenVerifier());
  const apiUrl = options?.apiUrl ?? readEnv('CLERK_API_URL') ?? DEFAULT_API_URL;
  const id = `${apiUrl}\n${secretKey}`;
  let verifier = verifiers.get(id);
  if (!verifier) {
    if (verifiers.size >= MAX_VERIFIERS) verifiers.delete(verifiers.keys().next().value!);
    verifier = new TokenVerifier(backend(secretKey, apiUrl));
    verifiers.set(id, verifier);
  }
  return verifier;
}

/** The few Backend API calls verification needs, through the same transport as the client's. */
function backend(secretKey: string, apiUrl: string): ClerkBackend {
  const context = new ClientContext(new Transport(resolveOptions({ secretKey, apiUrl }, SPEC_VERSION), `clerk-fluent/${VERSION}`));
  return {
    fetchJwks: () => context.call(operations.GetJWKS, {}) as Promise<Jwks>,
    verifyApiKey: (secret) => context.call(operations.verifyApiKey, { params: { secret } }) as Promise<ApiKeyRecord>,
    verifyM2mToken: (token) => context.call(operations.verifyM2MToken, { params: { token } }) as Promise<M2mTokenRecord>,
    verifyOauthToken: (accessToken) =>
      context.call(operations.verifyOAuthAccessToken, { params: { accessToken } }) as Promise<OauthTokenRecord>,
  };
}

/**
 * Verifies a session token and returns its claims, or throws a {@link TokenVerificationError}
 * whose `reason` says why not. With `jwtKey` (or `CLERK_JWT_KEY`) no request is made; otherwise
 * the instance's JWKS is fetched with `secretKey` (or `CLERK_SECRET_KEY`) once and cached.
 *
 * @example
 * ```ts
 * const claims = await verifyToken(token, { jwtKey, authorizedParties: ['https://app.example.com'] });
 * claims.sub; // the user id
 * ```
 */
export function verifyToken(token: string, options?: VerifyTokenOptions): Promise<SessionClaims> {
  return verifierFor(options).then((verifier) => verifier.verifyToken(token, options));
}

/**
 * Authenticates a request by its `Authorization: Bearer` header, else its `__session` cookie. Never
 * throws for a request that is not signed in: the answer is `{ status: 'signed-out', reason }`. It
 * throws for a programming error only, such as no key to verify with.
 *
 * @example
 * ```ts
 * const state = await authenticateRequest(request, { jwtKey, authorizedParties: ['https://app.example.com'] });
 * if (state.status === 'signed-in') console.log(state.auth.userId);
 * ```
 */
export function authenticateRequest<const A extends AcceptsToken = 'session_token'>(
  request: RequestLike,
  options?: AuthenticateRequestOptions<A>,
): Promise<RequestState<AcceptedTokenType<A>>> {
  return verifierFor(options).then((verifier) => verifier.authenticateRequest(request, options));
}
