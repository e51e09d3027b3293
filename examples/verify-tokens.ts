/**
 * Verifying session tokens and authenticating requests, without a request to Clerk.
 *
 * Read-only: it makes no request at all. A real app gets the token from the request (the
 * `Authorization: Bearer` header, or the `__session` cookie Clerk's frontend sets) and the key from
 * the Dashboard (API keys → JWKS public key, as CLERK_JWT_KEY), or lets the client fetch the
 * instance's JWKS with CLERK_SECRET_KEY. To be self-sufficient, this script makes its own key pair
 * and signs its own tokens the way Clerk does.
 * Run: npm run build, then npx tsx examples/verify-tokens.ts
 */
import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { authenticateRequest, TokenVerificationError, verifyToken } from 'clerk-fluent';

const app = 'https://app.example.com';
const issuer = 'https://clerk.example.com'; // the instance's Frontend API URL

// Stand-ins for the instance's signing key (Clerk keeps the private half) and a session token it issued.
const { privateKey, publicKey } = await generateKeyPair('RS256');
const jwtKey = await exportSPKI(publicKey); // what CLERK_JWT_KEY holds
const sessionToken = (claims: Record<string, unknown> = {}, key: CryptoKey = privateKey) => {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({
    sub: 'user_1', sid: 'sess_1', azp: app, iss: issuer, v: 2, sts: 'active', fva: [2, -1],
    o: { id: 'org_1', slg: 'acme', rol: 'admin', per: 'read,manage', fpm: '3' }, fea: 'o:invoices',
    iat: now, nbf: now - 10, exp: now + 60, ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: 'ins_example', typ: 'JWT' })
    .sign(key);
};
const checks = { jwtKey, issuer, authorizedParties: [app] };

// One token, its claims.
const claims = await verifyToken(await sessionToken(), checks);
console.log(`verifyToken: ${claims.sub} in session ${claims.sid}`);

// A whole request: a Fetch Request here; a Node IncomingMessage (Express) or { headers } work the same.
const request = new Request(`${app}/api/invoices`, { headers: { authorization: `Bearer ${await sessionToken()}` } });
const state = await authenticateRequest(request, checks);
if (state.status === 'signed-in') {
  const { auth } = state;
  console.log(`signed in: ${auth.userId}, organization ${auth.orgId} as ${auth.orgRole}, permissions ${auth.orgPermissions.join(', ')}`);
  console.log(`has invoices:manage: ${auth.has({ permission: 'org:invoices:manage' })}; has role org:member: ${auth.has({ role: 'org:member' })}`);
}

// The __session cookie, when there is no Bearer header.
const fromCookie = await authenticateRequest({ headers: { cookie: `theme=dark; __session=${await sessionToken()}` } }, checks);
console.log(`from the cookie: ${fromCookie.status}`);

// Requests that are not signed in never throw: the state says why.
const cases: Array<[string, Promise<string> | string]> = [
  ['expired', sessionToken({ exp: Math.floor(Date.now() / 1000) - 120 })],
  ['issued to another site', sessionToken({ azp: 'https://evil.example.com' })],
  ['signed with another key', generateKeyPair('RS256').then(({ privateKey: other }) => sessionToken({}, other))],
  ['an API key where only sessions are accepted', 'ak_not_checked_with_clerk'],
  ['no token at all', ''],
];
for (const [label, token] of cases) {
  const headers: Record<string, string> = (await token) ? { authorization: `Bearer ${await token}` } : {};
  const result = await authenticateRequest({ headers }, checks);
  console.log(`${label}: ${result.status === 'signed-out' ? `signed out, ${result.reason}` : 'signed in'}`);
}

// verifyToken throws instead, with the same reasons.
try {
  await verifyToken(await sessionToken({ iss: 'https://other-instance.clerk.accounts.dev' }), checks);
} catch (error) {
  if (!(error instanceof TokenVerificationError)) throw error;
  console.log(`TokenVerificationError: ${error.reason}: ${error.message}`);
}
