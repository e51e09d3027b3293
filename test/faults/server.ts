/**
 * A loopback HTTP server that misbehaves on command, for the fault suite.
 *
 * Each request takes the next behaviour from a script (or asks a function for one); when the
 * script is empty the fallback answers. Every request is recorded (method, path, query), so a test
 * can assert exactly how many requests the client sent. Bound to 127.0.0.1 on port 0.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { afterAll, beforeAll, beforeEach } from 'vitest';

/** One request as the server saw it. */
export interface SeenRequest {
  method: string;
  /** The raw path, as sent (percent-encoding kept), without the query. */
  path: string;
  query: URLSearchParams;
  /** `GET /v1/users?limit=2`: method, raw path and raw query. */
  line: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** What the server does with one request. */
export type Behaviour =
  /** An answer with a status, headers and a body (objects are sent as JSON). */
  | { kind: 'reply'; status: number; headers?: Record<string, string>; body?: unknown }
  /** The connection is reset before any byte of the response. */
  | { kind: 'reset' }
  /** Status line and headers, a first part of the body, then the connection is destroyed. */
  | { kind: 'resetMidBody'; status: number; headers?: Record<string, string>; partial: string }
  /** Nothing at all: no status line, no headers, the connection stays open. */
  | { kind: 'hang' }
  /** Status line, headers and a first part of the body, then nothing more. */
  | { kind: 'stall'; status: number; partial: string }
  /** The body one small chunk at a time, `everyMs` apart: each chunk is quick, the whole is slow. */
  | { kind: 'trickle'; status: number; body: string; chunkSize: number; everyMs: number }
  /** Bytes written to the socket as they are (a hand-made response), then the socket is ended. */
  | { kind: 'raw'; bytes: string | Buffer };

export type Script = Behaviour | ((request: SeenRequest) => Behaviour);

/** Builders for the behaviours, named after the fault. */
export const fault = {
  json: (status: number, body: unknown, headers: Record<string, string> = {}): Behaviour => ({
    kind: 'reply',
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  }),
  /** Clerk's error shape: `{ errors: [...], clerk_trace_id }`. */
  clerkError: (status: number, longMessage: string, headers: Record<string, string> = {}): Behaviour =>
    fault.json(status, { errors: [{ code: `status_${status}`, message: 'error', long_message: longMessage }], clerk_trace_id: `trace_${status}` }, headers),
  rateLimited: (retryAfter?: string): Behaviour =>
    fault.clerkError(429, 'Too many requests, slow down', retryAfter === undefined ? {} : { 'retry-after': retryAfter }),
  reset: (): Behaviour => ({ kind: 'reset' }),
  resetMidBody: (partial = '{"object":"user","id":"user_'): Behaviour => ({
    kind: 'resetMidBody',
    status: 200,
    headers: { 'content-type': 'application/json', 'content-length': '4096' },
    partial,
  }),
  hang: (): Behaviour => ({ kind: 'hang' }),
  stall: (partial = '{"object":"user","id":'): Behaviour => ({ kind: 'stall', status: 200, partial }),
  trickle: (body: string, chunkSize: number, everyMs: number): Behaviour => ({ kind: 'trickle', status: 200, body, chunkSize, everyMs }),
  /** A JSON body cut short. `declared`: the Content-Length sent, by default the length of what is sent (a complete, invalid body). */
  truncatedJson: (json: string, keep: number, declared?: number): Behaviour => {
    const sent = Buffer.from(json.slice(0, keep));
    return {
      kind: 'raw',
      bytes: Buffer.concat([
        Buffer.from(
          `HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${declared ?? sent.length}\r\nconnection: close\r\n\r\n`,
        ),
        sent,
      ]),
    };
  },
  /** A load balancer's HTML error page, far longer than any error message should be. */
  html502: (): Behaviour => ({
    kind: 'reply',
    status: 502,
    headers: { 'content-type': 'text/html' },
    body: `<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n<body>\n<center><h1>502 Bad Gateway</h1></center>\n<hr><center>nginx</center>\n${'<p>padding</p>\n'.repeat(500)}</body></html>`,
  }),
  notJson: (body = 'OK, but this is not JSON <html>'): Behaviour => ({ kind: 'reply', status: 200, headers: { 'content-type': 'text/plain' }, body }),
  empty204: (): Behaviour => ({ kind: 'reply', status: 204 }),
  /** Bytes that are not HTTP at all. */
  garbage: (): Behaviour => ({ kind: 'raw', bytes: 'SSH-2.0-OpenSSH_9.6\r\n\u0000\u0001\u0002 not http\r\n\r\n' }),
};

export class FaultServer {
  readonly #server: Server;
  readonly #script: Script[] = [];
  readonly #timers = new Set<NodeJS.Timeout>();
  /** Sockets of answers left hanging or stalled on purpose, destroyed by `reset()`. */
  readonly #held = new Set<Socket>();
  #fallback: Script = fault.clerkError(599, 'unscripted request');
  /** Every request received since the last `reset()`, in arrival order. */
  readonly requests: SeenRequest[] = [];
  base = '';

  constructor() {
    this.#server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const raw = req.url ?? '/';
        const queryAt = raw.indexOf('?');
        const seen: SeenRequest = {
          method: req.method ?? 'GET',
          path: queryAt === -1 ? raw : raw.slice(0, queryAt),
          query: new URLSearchParams(queryAt === -1 ? '' : raw.slice(queryAt + 1)),
          line: `${req.method} ${raw}`,
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        };
        this.requests.push(seen);
        const next = this.#script.shift() ?? this.#fallback;
        this.#perform(typeof next === 'function' ? next(seen) : next, req.socket, res);
      });
    });
    // Idle keep-alive sockets stay open for the whole file: the client never races a server-side close.
    this.#server.keepAliveTimeout = 60_000;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.#clearTimers();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Forgets the script, the fallback and the requests seen; answers left hanging are dropped. */
  reset(): void {
    this.#script.length = 0;
    this.requests.length = 0;
    this.#fallback = fault.clerkError(599, 'unscripted request');
    this.#clearTimers();
    for (const socket of this.#held) socket.destroy();
    this.#held.clear();
  }

  /** Queues behaviours, one per request, in order. */
  script(...behaviours: Script[]): this {
    this.#script.push(...behaviours);
    return this;
  }

  /** The behaviour once the script has run out. */
  otherwise(behaviour: Script): this {
    this.#fallback = behaviour;
    return this;
  }

  /** Requests seen whose `line` contains `part` (all of them without an argument). */
  count(part?: string | RegExp): number {
    if (part === undefined) return this.requests.length;
    return this.requests.filter((request) => (typeof part === 'string' ? request.line.includes(part) : part.test(request.line))).length;
  }

  /** How many requests each `METHOD /path` received (query left out). */
  countByPath(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const { method, path } of this.requests) counts.set(`${method} ${path}`, (counts.get(`${method} ${path}`) ?? 0) + 1);
    return counts;
  }

  /** The `line` of every request seen. */
  lines(): string[] {
    return this.requests.map((request) => request.line);
  }

  #perform(behaviour: Behaviour, socket: Socket, res: ServerResponse): void {
    switch (behaviour.kind) {
      case 'reply': {
        const body = behaviour.body === undefined ? '' : typeof behaviour.body === 'string' ? behaviour.body : JSON.stringify(behaviour.body);
        res.writeHead(behaviour.status, behaviour.headers);
        res.end(body);
        return;
      }
      case 'reset':
        socket.resetAndDestroy();
        return;
      case 'resetMidBody':
        res.writeHead(behaviour.status, behaviour.headers);
        res.write(behaviour.partial, () => this.#later(() => socket.destroy(), 5));
        return;
      case 'hang':
        this.#held.add(socket);
        return;
      case 'stall':
        this.#held.add(socket);
        res.writeHead(behaviour.status, { 'content-type': 'application/json' });
        res.write(behaviour.partial);
        return;
      case 'trickle': {
        res.writeHead(behaviour.status, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(behaviour.body)) });
        let at = 0;
        const step = () => {
          if (res.destroyed) return;
          const chunk = behaviour.body.slice(at, at + behaviour.chunkSize);
          at += behaviour.chunkSize;
          if (at >= behaviour.body.length) res.end(chunk);
          else res.write(chunk, () => this.#later(step, behaviour.everyMs));
        };
        step();
        return;
      }
      case 'raw':
        socket.end(behaviour.bytes);
        return;
    }
  }

  #later(run: () => void, ms: number): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      run();
    }, ms);
    this.#timers.add(timer);
  }

  #clearTimers(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

/** A fault server for the whole file: started before the tests, reset before each, stopped after all. */
export function useFaultServer(): FaultServer {
  const server = new FaultServer();
  beforeAll(async () => {
    await server.start();
  });
  beforeEach(() => server.reset());
  afterAll(() => server.stop());
  return server;
}
