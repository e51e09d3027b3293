// `node bench/walk-floors.mjs [processes] [pairs] [--json]`: where the warm walk's time over raw `fetch` goes,
// step by step, from ky alone to clerk-fluent. Each step adds one piece of what clerk-fluent does
// to a page of 500 users:
//
//   ky        ky (as clerk-fluent calls it) + `JSON.parse`: the mandated transport
//   decode    + the generated decoder of the page (every field checked, keys camelCased), into
//               plain objects
//   records   + the decoder allocating records (the classes users get) instead of plain objects
//   located   + each record and its nested records located (`asRecord`): what their methods use
//   fluent    clerk-fluent itself: `for await (const user of clerk.users.list())`
//
// Every step runs in a process of its own, beside raw `fetch` in the same process (pairs
// alternating, `gc()` before each walk): steps that share code must not share a process, or the
// shapes one step feeds the shared decoders slow down the other (measured: a step that only adds
// work came out faster than the step before it when they shared a process). The figure per step is
// the median over processes of each process's median per-pair ratio to raw.
//
// The steps are built from src/ by esbuild into one module (ky bundled, as in dist/), so that every
// step runs the same code clerk-fluent runs. Results go to stdout, as a table or (`--json`) as every
// process's ratio per step: `npm run bench` runs it and renders its table in bench/RESULTS.md.
import { fork, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const SECRET_KEY = 'sk_test_bench_loopback_000000000000000000';
const PAGE = 500;
const STEPS = ['ky', 'decode', 'records', 'located', 'fluent'];
const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

if (process.argv[2] === '--child') await child(...process.argv.slice(3));
else {
  const [processes = '8', pairs = '5'] = process.argv.slice(2).filter((arg) => arg !== '--json');
  await parent(Number(processes), Number(pairs), process.argv.includes('--json'));
}

async function parent(processes, pairs, json) {
  // Inside node_modules/.cache, so that the built module resolves zod from this checkout.
  mkdirSync(path.join(root, 'node_modules/.cache'), { recursive: true });
  const outdir = mkdtempSync(path.join(root, 'node_modules/.cache/walk-floors-'));
  const server = fork(path.join(benchDir, 'server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  try {
    const { build } = await import('esbuild');
    await build({
      stdin: {
        contents: [
          "export { Clerk } from './src/index.ts';",
          "export { operationDecoders } from './src/generated/decoders/users.ts';",
          "export { recordFactories, asRecord } from './src/resources/base.ts';",
          "export { User } from './src/resources/users.ts';",
          "export { default as ky } from 'ky';",
        ].join('\n'),
        resolveDir: root,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: ['zod', 'rate-limiter-flexible', 'ioredis'],
      outfile: path.join(outdir, 'steps.mjs'),
      logLevel: 'silent',
    });
    const modulePath = path.join(outdir, 'steps.mjs');
    const port = await new Promise((resolve) => server.once('message', (message) => resolve(message.port)));
    const apiUrl = `http://127.0.0.1:${port}/u20000`;
    const results = Object.fromEntries(STEPS.map((step) => [step, []]));
    for (let round = 0; round < processes; round++) {
      for (const step of round % 2 ? [...STEPS].reverse() : STEPS) {
        const run = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url), '--child', step, apiUrl, String(pairs), modulePath], {
          cwd: root,
          encoding: 'utf8',
        });
        if (run.status !== 0) throw new Error(`step ${step}: ${run.stderr}`);
        results[step].push(JSON.parse(run.stdout));
      }
      process.stderr.write(`process round ${round + 1}/${processes}\n`);
    }
    if (json) {
      process.stdout.write(JSON.stringify({ processes, pairs, steps: Object.fromEntries(STEPS.map((step) => [step, results[step].map((r) => r.ratio)])) }));
      return;
    }
    let previous = 1;
    console.log(`| step | ratio to raw (median of ${processes} processes) | added by the step | per process |`);
    console.log('| --- | --- | --- | --- |');
    for (const step of STEPS) {
      const value = median(results[step].map((r) => r.ratio));
      console.log(`| ${step} | ${value.toFixed(3)}x | ${value - previous >= 0 ? '+' : ''}${(value - previous).toFixed(3)} | ${results[step].map((r) => r.ratio.toFixed(2)).join(' ')} |`);
      previous = value;
    }
  } finally {
    server.kill();
    rmSync(outdir, { recursive: true, force: true });
  }
}

async function child(step, apiUrl, pairs, modulePath) {
  const steps = await import(pathToFileURL(modulePath).href);
  const headers = { authorization: `Bearer ${SECRET_KEY}`, 'clerk-api-version': '2026-05-12', accept: 'application/json' };
  const url = (after) => `${apiUrl}/v1/users?limit=${PAGE}${after ? `&starting_after=${after}` : ''}`;
  // raw keeps a loop of its own: sharing one with the steps would feed its `user.id` reads the
  // steps' records too, in the same process.
  const raw = async () => {
    let count = 0;
    for (let after; ; ) {
      const response = await fetch(url(after), { headers });
      const page = JSON.parse(await response.text());
      for (const user of page) count += user.id.length > 0 ? 1 : 0;
      if (page.length < PAGE) return count;
      after = page[page.length - 1].id;
    }
  };
  /** ky's walk, each page handed to `transform` (which returns what the loop reads). */
  const kyWalk = (transform) => async () => {
    let count = 0;
    for (let after; ; ) {
      const response = await steps.ky(url(after), { headers, retry: { limit: 2 }, timeout: 30_000 });
      const page = JSON.parse(await response.text());
      const size = page.length;
      if (size > 0) after = page[size - 1].id;
      for (const user of transform(page)) count += user.id.length > 0 ? 1 : 0;
      if (size < PAGE) return count;
    }
  };
  const decodeItems = steps.operationDecoders.GetUserList.items;
  const decode = (page, records) => {
    const state = { ok: true, records };
    const items = decodeItems(page, state);
    if (!state.ok) throw new Error('a page did not decode');
    return items;
  };
  const context = {};
  const factories = steps.recordFactories(context, steps.User);
  const walks = {
    ky: kyWalk((page) => page),
    decode: kyWalk((page) => decode(page, undefined)),
    records: kyWalk((page) => decode(page, factories)),
    located: kyWalk((page) => {
      const items = decode(page, factories);
      const from = {};
      for (let index = 0; index < items.length; index++) items[index] = steps.asRecord(steps.User, context, items[index], from);
      return items;
    }),
    fluent: (() => {
      const clerk = new steps.Clerk({ secretKey: SECRET_KEY, apiUrl });
      return async () => {
        let count = 0;
        for await (const user of clerk.users.list()) count += user.id.length > 0 ? 1 : 0;
        return count;
      };
    })(),
  };
  const walk = walks[step];
  for (let warm = 0; warm < 2; warm++) {
    await raw();
    if ((await walk()) !== 20_000) throw new Error(`step ${step} did not see 20,000 users`);
  }
  const ratios = [];
  for (let pair = 0; pair < Number(pairs); pair++) {
    const times = {};
    for (const [name, task] of pair % 2 ? [['step', walk], ['raw', raw]] : [['raw', raw], ['step', walk]]) {
      globalThis.gc();
      const start = performance.now();
      await task();
      times[name] = performance.now() - start;
    }
    ratios.push(times.step / times.raw);
  }
  process.stdout.write(JSON.stringify({ ratio: median(ratios) }));
}
