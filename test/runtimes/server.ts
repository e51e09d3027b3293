/**
 * The loopback server the runtime smoke checks talk to, shaped like Clerk's API for the few paths
 * smoke.mjs uses. Each runtime's run has its own path prefix (`/<run>/v1/...`) and its own state,
 * so the runs can go at the same time. Bound to 127.0.0.1 on a free port; `close()` ends every
 * connection, the stalled ones included.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { userJson } from '../fixtures/objects.js';

/** One request as the server saw it. */
export interface SeenRequest {
  method: string;
  /** The path after the run's `/v1` prefix, with the query. */
  path: string;
  at: number;
  authorization: string | undefined;
}

interface Run {
  secretKey: string;
  banned: Set<string>;
  requests: SeenRequest[];
}

export interface SmokeServer {
  /** The origin, `http://127.0.0.1:<port>`. */
  origin: string;
  /** Registers a run: its API URL (origin and prefix) and the key its requests must carry. */
  addRun(name: string, secretKey: string): string;
  requests(name: string): SeenRequest[];
  close(): Promise<void>;
}

const USER_IDS = ['user_1', 'user_2', 'user_3'];

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body));
}

function clerkError(response: ServerResponse, status: number, code: string, longMessage: string, headers: Record<string, string> = {}): void {
  send(response, status, { errors: [{ code, message: code.replace(/_/g, ' '), long_message: longMessage }], clerk_trace_id: 'trace_smoke' }, headers);
}

function answer(run: Run, request: IncomingMessage, response: ServerResponse, path: string): void {
  const url = new URL(path, 'http://x');
  const method = request.method ?? 'GET';
  if (request.headers.authorization !== `Bearer ${run.secretKey}`) {
    return clerkError(response, 401, 'authentication_invalid', 'The secret key is missing or wrong.');
  }
  if (method === 'GET' && url.pathname === '/users') {
    const limit = Number(url.searchParams.get('limit') ?? 10);
    const after = url.searchParams.get('starting_after');
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const start = after === null ? offset : USER_IDS.indexOf(after) + 1;
    return send(response, 200, USER_IDS.slice(start, start + limit).map((id) => userJson(id, { banned: run.banned.has(id) })));
  }
  const user = /^\/users\/([^/]+)(\/ban)?$/.exec(url.pathname);
  const id = user?.[1];
  if (id === 'user_stalled') return; // never answered: the client's timeout or signal ends it
  if (id === 'user_busy' && method === 'GET') {
    const seen = run.requests.filter((seenRequest) => seenRequest.path === '/users/user_busy').length;
    if (seen === 1) return clerkError(response, 429, 'too_many_requests', 'Too many requests, retry later.', { 'retry-after': '1' });
    return send(response, 200, userJson(id));
  }
  if (id !== undefined && USER_IDS.includes(id)) {
    if (method === 'GET' && !user?.[2]) return send(response, 200, userJson(id, { banned: run.banned.has(id) }));
    if (method === 'POST' && user?.[2]) {
      run.banned.add(id);
      return send(response, 200, userJson(id, { banned: true }));
    }
  }
  if (id !== undefined) return clerkError(response, 404, 'resource_not_found', `No user was found with id ${id}`);
  return clerkError(response, 404, 'resource_not_found', `Not served by the smoke server: ${method} ${url.pathname}`);
}

export async function startSmokeServer(): Promise<SmokeServer> {
  const runs = new Map<string, Run>();
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    const match = /^\/([^/]+)\/v1(\/.*)$/.exec(request.url ?? '');
    const run = match ? runs.get(match[1]!) : undefined;
    if (!match || !run) return clerkError(response, 404, 'resource_not_found', `No run for ${request.url}`);
    const path = match[2]!;
    run.requests.push({ method: request.method ?? 'GET', path, at: Date.now(), authorization: request.headers.authorization });
    request.resume();
    request.on('end', () => answer(run, request, response, path));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    addRun(name, secretKey) {
      runs.set(name, { secretKey, banned: new Set(), requests: [] });
      return `${origin}/${name}`;
    },
    requests: (name) => runs.get(name)?.requests ?? [],
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
