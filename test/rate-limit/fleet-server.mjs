// A stand-in for Clerk's rate limit, in its own process: per instance (the bearer token), at most
// LIMIT requests accepted in any span of WINDOW_MS (a sliding log, the strictest reading of "N per
// span"), a 429 with Retry-After past it. GET /v1/users/{id} answers a user; the server counts
// every request per id, so the test sees anything lost or sent twice. Asked over IPC for its
// counts.
import { createServer } from 'node:http';

const LIMIT = Number(process.env.LIMIT);
const WINDOW_MS = Number(process.env.WINDOW_MS);
const accepted = new Map(); // instance -> arrival times
const hits = {};
let rejected = 0;
const arrivals = [];

const server = createServer((request, response) => {
  const now = performance.now();
  const instance = request.headers.authorization ?? '';
  const log = accepted.get(instance) ?? [];
  accepted.set(instance, log);
  while (log.length > 0 && log[0] <= now - WINDOW_MS) log.shift();
  response.setHeader('content-type', 'application/json');
  if (log.length >= LIMIT) {
    rejected += 1;
    response.statusCode = 429;
    response.setHeader('retry-after', String(Math.max(1, Math.ceil((log[0] + WINDOW_MS - now) / 1000))));
    response.end(JSON.stringify({ errors: [{ code: 'too_many_requests', message: 'Too many requests' }] }));
    return;
  }
  log.push(now);
  arrivals.push(now);
  const id = request.url.split('/').pop();
  hits[id] = (hits[id] ?? 0) + 1;
  response.end(JSON.stringify({ object: 'user', id }));
});

server.listen(0, '127.0.0.1', () => process.send({ port: server.address().port }));
process.on('message', (message) => {
  if (message === 'stats') process.send({ hits, rejected, arrivals });
  if (message === 'reset') {
    accepted.clear();
    for (const id of Object.keys(hits)) delete hits[id];
    rejected = 0;
    arrivals.length = 0;
    process.send('reset');
  }
});
