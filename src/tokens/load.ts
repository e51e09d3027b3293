type VerifierModule = typeof import('./verifier.js');

let verifierModule: Promise<VerifierModule> | undefined;

/**
 * The token verifier (JWT and claim checks, the JWKS cache, machine tokens) loads on the first
 * verification, as jose does: an application that only calls the API neither loads nor bundles
 * it at start-up (bench/RESULTS.md, the bundle a users listing loads).
 */
export function loadVerifier(): Promise<VerifierModule> {
  verifierModule ??= import('./verifier.js');
  return verifierModule;
}
