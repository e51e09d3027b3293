// `node --expose-gc bench/compare-builds.mjs <before-dist> [after-dist] [rounds]`: two builds of
// clerk-fluent side by side in one process (walk 20,000 users; 2,000 sequential `get()`s), then in
// fresh processes (import + the first answer of `users.list({ limit: 1 })`, bench/cold-child.mjs),
// for a change's before and after. The order alternates every round; ratios are medians of
// per-round ratios (differences, for the fresh processes), so each pair is measured back to back.
//
// A before build: `git worktree add ../before <commit>`, link this checkout's node_modules into it
// (its dist imports zod), `npx tsup` there, and pass `../before/dist`. Each dist needs its
// package.json beside it, as a worktree has: without one, Node first tries an ES module as
// CommonJS, which alone adds a few milliseconds to every fresh process.
import { fork, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SECRET_KEY } from './clients.mjs';
import { userId } from './data.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const [beforeDist, afterDist = path.join(benchDir, '../dist'), roundsArg = '9'] = process.argv.slice(2);
if (!beforeDist) throw new Error('usage: bench/compare-builds.mjs <before-dist> [after-dist] [rounds]');
const rounds = Number(roundsArg);

const server = fork(path.join(benchDir, 'server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const port = await new Promise((resolve) => server.once('message', (message) => resolve(message.port)));
const apiUrl = `http://127.0.0.1:${port}/u20000`;
const ids = Array.from({ length: 2000 }, (_, i) => userId(i * 7));

async function client(name, dist) {
  const { Clerk } = await import(pathToFileURL(path.resolve(dist, 'index.js')).href);
  const clerk = new Clerk({ secretKey: SECRET_KEY, apiUrl });
  return {
    name,
    async walk() {
      let count = 0;
      for await (const user of clerk.users.list()) count += user.id.length > 0 ? 1 : 0;
      return count;
    },
    async get() {
      let count = 0;
      for (const id of ids) count += (await clerk.users(id).get()).id.length > 0 ? 1 : 0;
      return count;
    },
  };
}

const clients = [await client('before', beforeDist), await client('after', afterDist)];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const task of ['walk', 'get']) {
  for (const c of clients) await c[task]();
  const times = { before: [], after: [] };
  const ratios = [];
  for (let round = 0; round < rounds; round++) {
    const sample = {};
    for (const c of round % 2 ? [...clients].reverse() : clients) {
      globalThis.gc?.();
      const start = performance.now();
      await c[task]();
      sample[c.name] = performance.now() - start;
      times[c.name].push(sample[c.name]);
    }
    ratios.push(sample.after / sample.before);
  }
  const unit = task === 'get' ? (ms) => `${((ms * 1000) / ids.length).toFixed(0)} µs/call` : (ms) => `${ms.toFixed(0)} ms`;
  console.log(`${task}: before ${unit(median(times.before))}, after ${unit(median(times.after))}; after/before ${median(ratios).toFixed(3)}x (median of ${rounds} per-round ratios)`);
}

const firsts = { before: [], after: [] };
const differences = [];
for (let round = 0; round < rounds * 4; round++) {
  const sample = {};
  for (const [name, dist] of round % 2 ? [['after', afterDist], ['before', beforeDist]] : [['before', beforeDist], ['after', afterDist]]) {
    const child = spawnSync(process.execPath, [path.join(benchDir, 'cold-child.mjs'), 'fluent', 'first', apiUrl, path.resolve(dist, 'index.js')], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`cold-child (${name}): ${child.stderr}`);
    sample[name] = JSON.parse(child.stdout).ms;
    firsts[name].push(sample[name]);
  }
  differences.push(sample.after - sample.before);
}
const sign = (ms) => `${ms > 0 ? '+' : ''}${ms.toFixed(1)} ms`;
console.log(`import + first answer, fresh process: before ${median(firsts.before).toFixed(0)} ms, after ${median(firsts.after).toFixed(0)} ms; after - before ${sign(median(differences))} (median of ${differences.length} per-pair differences)`);
server.kill();
