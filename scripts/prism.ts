/**
 * Starts Prism (@stoplight/prism-cli) serving one of the project's spec copies as a validating
 * mock of the Clerk API on 127.0.0.1. Used by the contract tests, the demo and the examples.
 * Prism drops the spec's `/v1` server prefix: point the client at the returned `apiUrl`, which
 * serves `/v1/...` through a small prefix-stripping proxy so the client needs no special case.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SPEC } from './config.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface MockServer {
  /** Give this to `new Clerk({ apiUrl })`: the client adds `/v1`, the proxy removes it for Prism. */
  apiUrl: string;
  /** Prism's own address. */
  prismUrl: string;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Runs the command in its argv; kills it when stdin closes or on SIGTERM, and exits with it. A mock
 * keeps no state worth a graceful stop, and Prism can take seconds to honour SIGTERM.
 */
const GUARD = `
const { spawn } = require('node:child_process');
const prism = spawn(process.execPath, process.argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
const end = () => prism.kill('SIGKILL');
process.stdin.on('end', end).on('error', end).resume();
process.on('SIGTERM', end);
prism.on('exit', (code) => process.exit(code ?? 1));
`;

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * Prism runs in dynamic mode with a fixed seed: its static mode answers `{}` for objects described
 * through `oneOf` with `anyOf` constraints (a user's SAML and enterprise connections), which breaks
 * the spec it serves; dynamic answers fill every required field, and the seed keeps them repeatable.
 */
export async function startPrism(
  spec = SPEC,
  options: { log?: (line: string) => void; seed?: string } = {},
): Promise<MockServer> {
  const cli = createRequire(import.meta.url).resolve('@stoplight/prism-cli/dist/index.js');
  const port = await freePort();
  const args = [cli, 'mock', join(root, spec), '-h', '127.0.0.1', '-p', String(port), '--dynamic', '--seed', options.seed ?? 'clerk-fluent'];
  // Prism runs under a small guard process that holds a pipe from us: if this process dies without
  // calling stop() (killed by a signal, say), the pipe closes and the guard kills Prism.
  const child: ChildProcess = spawn(process.execPath, ['-e', GUARD, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
    options.log?.(chunk.toString());
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const prismUrl = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`Prism exited with ${child.exitCode}:\n${output}`);
    if (await ready(prismUrl)) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`Prism did not start within 60 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  const proxy = await startPrefixProxy(port);
  const proxyPort = (proxy.address() as AddressInfo).port;
  return {
    apiUrl: `http://127.0.0.1:${proxyPort}`,
    prismUrl,
    pid: child.pid!,
    async stop() {
      process.off('exit', killOnExit);
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      if (child.exitCode === null) {
        process.kill(child.pid!, 'SIGTERM');
        const timer = setTimeout(() => child.exitCode === null && process.kill(child.pid!, 'SIGKILL'), 3000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

async function ready(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/jwks`, { headers: { authorization: 'Bearer sk_test_probe' }, signal: AbortSignal.timeout(1000) });
    return true;
  } catch {
    return false;
  }
}

/**
 * Forwards `/v1/...` to Prism's `/...`. Upstream connections are not reused: Prism closes idle
 * sockets on its own schedule, and a request sent on one it just closed would fail spuriously.
 */
async function startPrefixProxy(prismPort: number): Promise<Server> {
  const agent = new Agent({ keepAlive: false });
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').replace(/^\/v1(?=\/|$)/, '') || '/';
    const upstream = httpRequest(
      { host: '127.0.0.1', port: prismPort, method: req.method, path, headers: { ...req.headers, connection: 'close' }, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', (error) => {
      if (res.headersSent) return res.destroy(error);
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`mock proxy: ${error.message}`);
    });
    req.pipe(upstream);
  });
  // Longer than undici's own idle timeout, so the client is always the side that lets go.
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}
