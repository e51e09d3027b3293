/**
 * A loopback Backend API for token tests: `GET /v1/jwks` answers the keys of the instance whose
 * secret key is in `Authorization`, and every request is counted. It can be slow, answer an error
 * status, or never answer. Bound to 127.0.0.1 on port 0; closed by the test that started it.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { TestKey } from './mint.js';

export interface JwksServer {
  readonly apiUrl: string;
  /** JWKS requests per secret key. */
  readonly requests: Map<string, number>;
  /** Every JWKS request, whatever the key. */
  total(): number;
  /** The keys one instance (one secret key) publishes. */
  setKeys(secretKey: string, keys: TestKey[]): void;
  /** Milliseconds before each answer. */
  delayMs: number;
  /** An error status to answer instead of the keys, or `hang` to never answer. */
  failure: number | 'hang' | undefined;
  close(): Promise<void>;
}

export async function startJwksServer(): Promise<JwksServer> {
  const keys = new Map<string, TestKey[]>();
  const requests = new Map<string, number>();
  const sockets = new Set<Socket>();
  const state = { delayMs: 0, failure: undefined as JwksServer['failure'] };
  const server: Server = createServer((request, response) => {
    const secret = (request.headers.authorization ?? '').replace(/^Bearer /, '');
    if (request.method === 'GET' && request.url === '/v1/jwks') requests.set(secret, (requests.get(secret) ?? 0) + 1);
    if (state.failure === 'hang') return;
    setTimeout(() => {
      const instanceKeys = keys.get(secret);
      if (request.url !== '/v1/jwks') return void response.writeHead(404).end();
      if (typeof state.failure === 'number') {
        response.writeHead(state.failure, { 'content-type': 'application/json' });
        return void response.end(JSON.stringify({ errors: [{ code: 'unavailable', message: 'down for the test' }] }));
      }
      if (!instanceKeys) {
        response.writeHead(401, { 'content-type': 'application/json' });
        return void response.end(JSON.stringify({ errors: [{ code: 'authentication_invalid', message: 'unknown secret key' }] }));
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ keys: instanceKeys.map((key) => key.jwk) }));
    }, state.delayMs);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}`,
    requests,
    total: () => [...requests.values()].reduce((sum, count) => sum + count, 0),
    setKeys: (secretKey, instanceKeys) => void keys.set(secretKey, instanceKeys),
    get delayMs() {
      return state.delayMs;
    },
    set delayMs(value) {
      state.delayMs = value;
    },
    get failure() {
      return state.failure;
    },
    set failure(value) {
      state.failure = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
