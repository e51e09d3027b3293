/**
 * `fake.listen()`: the same fake behind a real HTTP server on the loopback interface, for code
 * that runs in another process (an app under test, an example run from a terminal). node:http is
 * reached through `process.getBuiltinModule`, so the fake loads on runtimes without it; there,
 * only `listen()` is unavailable.
 */
import { ClerkError, ClerkValidationError } from '../../core/errors.js';

/** A running server: give `url` to the client as `apiUrl` (it adds `/v1`). */
export interface FakeClerkServer {
  /** The origin, `http://127.0.0.1:<port>`. */
  readonly url: string;
  readonly port: number;
  /** Stops the server, closing open connections. */
  close(): Promise<void>;
}

/** Options of `fake.listen()`. */
export interface ListenOptions {
  /**
   * The port on 127.0.0.1.
   * @default a free port chosen by the system
   * @example 4010
   */
  port?: number;
}

type NodeHttp = typeof import('node:http');
type Server = import('node:http').Server;
type IncomingMessage = import('node:http').IncomingMessage;
type ServerResponse = import('node:http').ServerResponse;
type AddressInfo = import('node:net').AddressInfo;

export async function listen(handle: (request: Request) => Promise<Response>, options: ListenOptions = {}): Promise<FakeClerkServer> {
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ClerkValidationError(`port: must be a whole number from 0 to 65535, got ${String(port)}`, [{ path: 'port', message: 'must be a port number' }]);
  }
  const scope = globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } };
  const http = scope.process?.getBuiltinModule?.('node:http') as NodeHttp | undefined;
  if (!http) throw new ClerkError('fake.listen() needs node:http (Node 20.16+, Bun or Deno); use fake.fetch in-process instead.');

  const server: Server = http.createServer((incoming, outgoing) => {
    void serve(handle, incoming, outgoing, server);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

async function serve(handle: (request: Request) => Promise<Response>, incoming: IncomingMessage, outgoing: ServerResponse, server: Server): Promise<void> {
  try {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const { port } = server.address() as AddressInfo;
    const headers = new Headers();
    for (const [name, value] of Object.entries(incoming.headers)) {
      if (Array.isArray(value)) for (const item of value) headers.append(name, item);
      else if (value !== undefined) headers.set(name, value);
    }
    const method = incoming.method ?? 'GET';
    const body = chunks.length > 0 && method !== 'GET' && method !== 'HEAD' ? Buffer.concat(chunks) : undefined;
    const request = new Request(`http://127.0.0.1:${port}${incoming.url ?? '/'}`, { method, headers, body });
    const response = await handle(request);
    const answer = Buffer.from(await response.arrayBuffer());
    outgoing.writeHead(response.status, Object.fromEntries(response.headers));
    outgoing.end(answer);
  } catch (error) {
    outgoing.writeHead(500, { 'content-type': 'text/plain' });
    outgoing.end(`fake Clerk: ${error instanceof Error ? error.message : String(error)}`);
  }
}
