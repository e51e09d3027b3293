// Keys and tokens for the token benchmarks, made fresh in each process: an RSA key pair standing in
// for an instance's, session tokens signed the way Clerk signs them, and a loopback JWKS server.
import { createServer } from 'node:http';
import { exportJWK, exportSPKI, generateKeyPair, SignJWT } from 'jose';

export const SECRET_KEY = 'sk_test_bench_tokens_0000000000000000000';
export const AZP = 'https://app.example.com';

export async function makeInstance(tokenCount = 100) {
  const kid = 'ins_bench';
  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const now = Math.floor(Date.now() / 1000);
  const tokens = await Promise.all(
    Array.from({ length: tokenCount }, (_, index) =>
      new SignJWT({
        sub: `user_${index}`, sid: `sess_${index}`, azp: AZP, iss: 'https://clerk.example.com', v: 2, sts: 'active', fva: [1, -1],
        o: { id: 'org_1', slg: 'acme', rol: 'admin', per: 'read,manage', fpm: '3' }, fea: 'o:invoices',
        iat: now, nbf: now - 10, exp: now + 24 * 3600,
      })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT', cat: 'cl_B7d4PD111AAA' })
        .sign(privateKey),
    ),
  );
  return { kid, publicKey, pem: await exportSPKI(publicKey), jwk, tokens };
}

/** `GET /v1/jwks` on 127.0.0.1, counting requests. */
export async function startJwksServer(jwk) {
  let requests = 0;
  const server = createServer((request, response) => {
    if (request.url === '/v1/jwks') requests++;
    response.writeHead(request.url === '/v1/jwks' ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ keys: [jwk] }));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    apiUrl: `http://127.0.0.1:${server.address().port}`,
    requests: () => requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
