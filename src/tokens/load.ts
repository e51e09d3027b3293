import { lazy } from '../core/lazy.js';
type VerifierModule = typeof import('./verifier.js');

/**
 * The token verifier (JWT and claim checks, the JWKS cache, machine tokens) loads on the first
 * verification, as jose does: an application that only calls the API neither loads nor bundles
 * it at start-up (bench/RESULTS.md, the bundle a users listing loads).
 */
export const loadVerifier = lazy<VerifierModule>(() => import('./verifier.js'));
