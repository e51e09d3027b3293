/**
 * `npm run fake`: the in-memory Clerk of clerk-fluent/testing as an HTTP server on 127.0.0.1, with
 * the demo's people and organizations, for an example or an app running in another terminal. It
 * prints the environment to give them and then one line per request it answers; Ctrl-C stops it.
 *
 *   npm run fake                      port 4010, or a free one when 4010 is taken
 *   npm run fake -- --port 5000       that port
 *   npm run fake -- --empty           an instance with no records
 */
import { createFakeClerk, type FakeClerkServer } from '../src/testing/index.js';
import { demoSeed } from './fake-seed.js';

const DEFAULT_PORT = 4010;

function portArgument(args: readonly string[]): number | undefined {
  const at = args.indexOf('--port');
  if (at === -1) return undefined;
  const port = Number(args[at + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`--port needs a port number, got ${args[at + 1] ?? 'nothing'}`);
  return port;
}

const args = process.argv.slice(2);
const askedPort = portArgument(args);
const fake = createFakeClerk({ seed: args.includes('--empty') ? {} : demoSeed });

let server: FakeClerkServer;
try {
  server = await fake.listen({ port: askedPort ?? DEFAULT_PORT });
} catch (error) {
  if (askedPort !== undefined || (error as { code?: string }).code !== 'EADDRINUSE') throw error;
  server = await fake.listen();
}

console.log(`A fake Clerk is serving the Backend API at ${server.url}/v1 (in memory: it forgets everything when stopped).

The client adds /v1 itself: give it the origin. In another terminal, in this repository:

  export CLERK_API_URL=${server.url}
  export CLERK_SECRET_KEY=${fake.secretKey}
  npm run build && npx tsx examples/users-list.ts

or in code: new Clerk({ secretKey: '${fake.secretKey}', apiUrl: '${server.url}' })
Publishable key (the issuer of its session tokens): ${fake.publishableKey}
Its JWKS: ${server.url}/v1/jwks

Requests, as they come (Ctrl-C stops the server):`);

// The fake appends to `requests` as it answers; print what is new every tenth of a second.
let printed = 0;
const printer = setInterval(() => {
  for (; printed < fake.requests.length; printed++) {
    const request = fake.requests[printed]!;
    const query = new URLSearchParams(Object.entries(request.query).flatMap(([key, value]) => (Array.isArray(value) ? value.map((item) => [key, item]) : [[key, value]]))).toString();
    console.log(`  ${request.status} ${request.method} ${request.path}${query ? `?${query}` : ''}${request.operationId ? `  (${request.operationId})` : ''}`);
  }
}, 100);

const stop = () => {
  clearInterval(printer);
  void server.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
