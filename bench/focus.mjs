// `node --expose-gc bench/focus.mjs [walk|get] [rounds]`: one figure, raw fetch, @clerk/backend and
// clerk-fluent, for iterating on a fix (the full comparison, with the results file, is `npm run bench`).
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rawClient, peerClient, fluentClient } from './clients.mjs';
import { userId } from './data.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const figure = process.argv[2] ?? 'walk';
const rounds = Number(process.argv[3] ?? 7);
const server = fork(path.join(benchDir, 'server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const port = await new Promise((resolve) => server.once('message', (message) => resolve(message.port)));
const apiUrl = `http://127.0.0.1:${port}/u20000`;
const clients = [rawClient(apiUrl), peerClient(apiUrl), fluentClient(apiUrl)];
const ids = Array.from({ length: 2000 }, (_, i) => userId(i * 7));
const task = figure === 'get' ? (client) => client.getUsers(ids) : (client) => client.walkUsers();
const times = { raw: [], peer: [], fluent: [] };
const ratios = [];
const peerRatios = [];
for (const client of clients) await task(client);
for (let round = 0; round < rounds; round++) {
  const sample = {};
  for (const client of clients.map((_, index) => clients[(index + round) % clients.length])) {
    globalThis.gc?.();
    const start = performance.now();
    await task(client);
    sample[client.name] = performance.now() - start;
    times[client.name].push(sample[client.name]);
  }
  ratios.push(sample.fluent / sample.raw);
  peerRatios.push(sample.fluent / sample.peer);
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(
  `${figure}: raw ${median(times.raw).toFixed(0)} ms, peer ${median(times.peer).toFixed(0)} ms, fluent ${median(times.fluent).toFixed(0)} ms; ` +
    `fluent/raw ${median(ratios).toFixed(2)}x, fluent/peer ${median(peerRatios).toFixed(2)}x (medians of per-round ratios)`,
);
server.kill();
