// `npm run bench [-- --quick]`: clerk-fluent against raw fetch (the limit) and @clerk/backend
// (the peer), side by side in one run. Timed figures alternate the clients round by round (the
// order rotates every round) and report medians; ratios are the median of the per-round ratios,
// so the two numbers of a ratio are always measured back to back.
//
// Writes bench/RESULTS.md and bench/walk.svg, and rewrites the README between
// `<!-- bench:start -->` and `<!-- bench:end -->` (left alone when the markers are missing).

import { fork, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const quick = process.argv.includes('--quick');
const startedAt = new Date();
const startedMs = performance.now();
const loadAtStart = os.loadavg();

const plan = quick
  ? { walkRounds: 3, latencyRounds: 2, seqLatencyRounds: 1, getRounds: 3, gets: 5000, importSamples: 12, coldFirst: 8, coldWalk: 3, floorProcesses: 2, floorPairs: 2, typeCheckRounds: 1, rssSamples: 1, rss: { fluent: [10_000, 50_000, 100_000], raw: [], peer: [] } }
  : { walkRounds: 15, latencyRounds: 5, seqLatencyRounds: 3, getRounds: 7, gets: 5000, importSamples: 40, coldFirst: 24, coldWalk: 9, floorProcesses: 6, floorPairs: 5, typeCheckRounds: 3, rssSamples: 3, rss: { fluent: [10_000, 50_000, 100_000], raw: [10_000, 50_000, 100_000], peer: [10_000, 50_000, 100_000] } };

const log = (line) => process.stdout.write(`${line}\n`);

// ---------------------------------------------------------------------------------------------
// The package under test, built like it is published.

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

const distEntry = path.join(root, 'dist/index.js');
const stale = existsSync(distEntry) && newestMtime(path.join(root, 'src')) > statSync(distEntry).mtimeMs;
if (!existsSync(distEntry) || stale) {
  log(stale ? 'dist/ is older than src/: building…' : 'dist/ is missing: building…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  if (build.status !== 0) throw new Error('npm run build failed');
}

const { makeClient } = await import('./clients.mjs');
const { tokenSection, writeTokenSections } = await import('./tokens-report.mjs');
const { benchWebhooks, webhookSection } = await import('./webhooks.mjs');
const { benchFake, fakeSection } = await import('./fake.mjs');
const { benchRateLimit, rateLimitSection } = await import('./rate-limit.mjs');
const { userId } = await import('./data.mjs');

// ---------------------------------------------------------------------------------------------
// The loopback server, in its own process.

const server = fork(path.join(benchDir, 'server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
const port = await new Promise((resolve, reject) => {
  server.once('message', (message) => resolve(message.port));
  server.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
});
const origin = `http://127.0.0.1:${port}`;
process.on('exit', () => server.kill());

// ---------------------------------------------------------------------------------------------
// Helpers

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const gc = globalThis.gc ?? (() => {});

/**
 * Runs `task` for every client, once to warm up (server caches, JIT, connections, lazy modules),
 * then `rounds` times with the order rotating each round. Returns every sample, in ms.
 */
async function compare(label, clients, task, rounds, expected) {
  log(`\n${label}`);
  const samples = Object.fromEntries(clients.map((client) => [client.name, []]));
  const run = async (client) => {
    gc();
    const start = performance.now();
    const state = await task(client);
    const ms = performance.now() - start;
    if (state.count !== expected) throw new Error(`${label}: ${client.name} saw ${state.count} items, expected ${expected}`);
    return ms;
  };
  for (const client of clients) await run(client);
  for (let round = 0; round < rounds; round++) {
    const order = clients.map((_, index) => clients[(index + round) % clients.length]);
    for (const client of order) samples[client.name].push(await run(client));
    log(`  round ${round + 1}/${rounds}: ${clients.map((c) => `${c.name} ${samples[c.name].at(-1).toFixed(0)} ms`).join(', ')}`);
  }
  return samples;
}

/** Median of per-round ratios a/b. */
function ratio(samples, a, b) {
  return median(samples[a].map((value, index) => value / samples[b][index]));
}

const clientsAt = (apiUrl) => ['raw', 'peer', 'fluent'].map((name) => makeClient[name](apiUrl));

// ---------------------------------------------------------------------------------------------
// Timed figures

const results = {};
try {
  const walkCount = 20_000;
  {
    // ky alone walks beside the three: the share of the 1.05x budget the mandated transport spends.
    const clients = [...clientsAt(`${origin}/u${walkCount}`), makeClient.ky(`${origin}/u${walkCount}`)];
    const samples = await compare(`walk ${walkCount} users, no latency`, clients, (client) => client.walkUsers(), plan.walkRounds, walkCount);
    results.walk = { samples, vsRaw: ratio(samples, 'fluent', 'raw'), peerVsFluent: ratio(samples, 'peer', 'fluent'), kyVsRaw: ratio(samples, 'ky', 'raw') };
  }
  {
    const clients = clientsAt(`${origin}/o${walkCount}/lat50`);
    const samples = await compare(
      `walk ${walkCount} organizations, 50 ms latency, concurrency 4 (the peer: sequential)`,
      clients,
      (client) => client.walkOrganizations(4),
      plan.latencyRounds,
      walkCount,
    );
    results.latency = { samples, vsRaw: ratio(samples, 'fluent', 'raw'), peerVsFluent: ratio(samples, 'peer', 'fluent') };
  }
  {
    const clients = clientsAt(`${origin}/u${walkCount}/lat50`);
    const samples = await compare(
      `walk ${walkCount} users, 50 ms latency, sequential (GET /users has no total: no read-ahead)`,
      clients,
      (client) => client.walkUsers(),
      plan.seqLatencyRounds,
      walkCount,
    );
    results.usersLatency = { samples, vsRaw: ratio(samples, 'fluent', 'raw'), peerVsFluent: ratio(samples, 'peer', 'fluent') };
  }
  {
    const ids = Array.from({ length: plan.gets }, (_, index) => userId(index));
    // ky alone runs beside the three: how much of clerk-fluent's time per call is its transport's.
    const clients = [...clientsAt(`${origin}/u${walkCount}`), makeClient.ky(`${origin}/u${walkCount}`)];
    const samples = await compare(`${plan.gets} sequential users(id).get()`, clients, (client) => client.getUsers(ids), plan.getRounds, plan.gets);
    results.get = {
      samples,
      gets: plan.gets,
      vsRaw: ratio(samples, 'fluent', 'raw'),
      peerVsFluent: ratio(samples, 'peer', 'fluent'),
      kyVsRaw: ratio(samples, 'ky', 'raw'),
    };
  }

  // -------------------------------------------------------------------------------------------
  // Peak RSS, one fresh process per walk

  log(`\npeak RSS walking users (one process per walk, median of ${plan.rssSamples})`);
  results.rss = {};
  for (const [name, counts] of Object.entries(plan.rss)) {
    for (const count of counts) {
      // A single process's peak varies by tens of MB from run to run (when the collector runs):
      // each count is the median of several fresh processes.
      const samples = [];
      for (let run = 0; run < plan.rssSamples; run++) {
        const child = spawnSync(process.execPath, [path.join(benchDir, 'rss-walk.mjs'), name, `${origin}/u${count}`], { cwd: root, encoding: 'utf8' });
        if (child.status !== 0) throw new Error(`rss-walk ${name} ${count}: ${child.stderr}`);
        const sample = JSON.parse(child.stdout);
        if (sample.items !== count) throw new Error(`rss-walk ${name} ${count}: saw ${sample.items} items`);
        samples.push(sample);
      }
      samples.sort((a, b) => a.maxRssKb - b.maxRssKb);
      const sample = samples[samples.length >> 1];
      (results.rss[name] ??= []).push({ count, ...sample, peaksKb: samples.map((s) => s.maxRssKb) });
      log(
        `  ${name} ${count}: peak ${(sample.maxRssKb / 1024).toFixed(1)} MB (runs: ${samples.map((s) => (s.maxRssKb / 1024).toFixed(0)).join(', ')} MB; before the walk ${(sample.rssBeforeKb / 1024).toFixed(1)} MB), ${sample.ms.toFixed(0)} ms`,
      );
    }
  }
} catch (error) {
  server.kill();
  throw error;
}

// ---------------------------------------------------------------------------------------------
// Cold figures: every sample a fresh process (bench/cold-child.mjs), the clients alternating

/** Runs `bench/cold-child.mjs` for each client `samples` times, the order rotating; ms per sample. */
function cold(task, apiUrl, samples) {
  const names = ['raw', 'peer', 'fluent', 'ky'];
  const times = Object.fromEntries(names.map((name) => [name, []]));
  for (let sample = 0; sample < samples; sample++) {
    for (const name of names.map((_, index) => names[(index + sample) % names.length])) {
      const child = spawnSync(process.execPath, [path.join(benchDir, 'cold-child.mjs'), name, task, apiUrl], { cwd: root, encoding: 'utf8' });
      if (child.status !== 0) throw new Error(`cold-child ${name} ${task}: ${child.stderr}`);
      times[name].push(JSON.parse(child.stdout).ms);
    }
  }
  return times;
}
const pairwise = (samples, a, b, combine) => median(samples[a].map((value, index) => combine(value, samples[b][index])));
{
  log(`\nimport + first answer, fresh process (${plan.coldFirst} processes per client, alternating)`);
  const samples = cold('first', `${origin}/u${20_000}`, plan.coldFirst);
  results.coldFirst = {
    samples,
    overRaw: pairwise(samples, 'fluent', 'raw', (a, b) => a - b),
    overPeer: pairwise(samples, 'fluent', 'peer', (a, b) => a - b),
    kyOverRaw: pairwise(samples, 'ky', 'raw', (a, b) => a - b),
  };
  log(`  raw ${median(samples.raw).toFixed(0)} ms, peer ${median(samples.peer).toFixed(0)} ms, fluent ${median(samples.fluent).toFixed(0)} ms, ky alone ${median(samples.ky).toFixed(0)} ms`);
}
{
  log(`\nwalk 20,000 users, fresh process (${plan.coldWalk} processes per client, alternating)`);
  const samples = cold('walk', `${origin}/u${20_000}`, plan.coldWalk);
  results.coldWalk = { samples, vsRaw: ratio(samples, 'fluent', 'raw'), vsPeer: ratio(samples, 'fluent', 'peer'), kyVsRaw: ratio(samples, 'ky', 'raw') };
  log(`  raw ${median(samples.raw).toFixed(0)} ms, peer ${median(samples.peer).toFixed(0)} ms, fluent ${median(samples.fluent).toFixed(0)} ms, ky alone ${median(samples.ky).toFixed(0)} ms`);
}

// ---------------------------------------------------------------------------------------------
// The warm walk step by step, from ky alone to clerk-fluent (bench/walk-floors.mjs: its own server,
// each step in processes of its own)

log(`\nwarm walk step by step (bench/walk-floors.mjs, ${plan.floorProcesses} processes per step, ${plan.floorPairs} pairs each)`);
{
  const child = spawnSync(process.execPath, [path.join(benchDir, 'walk-floors.mjs'), String(plan.floorProcesses), String(plan.floorPairs), '--json'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error('bench/walk-floors.mjs failed');
  results.floors = JSON.parse(child.stdout);
  log(`  ${Object.entries(results.floors.steps).map(([step, ratios]) => `${step} ${median(ratios).toFixed(3)}x`).join(', ')}`);
}

// ---------------------------------------------------------------------------------------------
// A consumer's type-check (bench/type-check.mjs)

log(`\nconsumer type-check (bench/type-check.mjs, ${plan.typeCheckRounds} round${plan.typeCheckRounds === 1 ? '' : 's'})`);
{
  const child = spawnSync(process.execPath, [path.join(benchDir, 'type-check.mjs'), String(plan.typeCheckRounds)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (child.status !== 0) throw new Error('bench/type-check.mjs failed');
  const samples = JSON.parse(child.stdout);
  const added = (name) => ({
    check: median(samples[name].map((sample, index) => sample.check - samples.empty[index].check)),
    types: samples[name][0].types - samples.empty[0].types,
    files: samples[name][0].files - samples.empty[0].files,
    declarationErrors: samples[name][0].declarationErrors,
  });
  results.typeCheck = { samples, fluent: added('fluent'), peer: added('peer') };
  for (const name of ['fluent', 'peer']) {
    const a = results.typeCheck[name];
    log(`  ${name}: +${(a.check / 1000).toFixed(2)} s check, +${a.types} types, +${a.files} files, ${a.declarationErrors} errors in its declarations`);
  }
}

// ---------------------------------------------------------------------------------------------
// Webhook verifications per second (bench/webhooks.mjs), in this process

results.webhooks = await benchWebhooks({ quick, log });

// ---------------------------------------------------------------------------------------------
// The fake Clerk of clerk-fluent/testing (bench/fake.mjs), in this process

results.fake = await benchFake({ quick, log });

// ---------------------------------------------------------------------------------------------
// What the rateLimiter option adds to a call (bench/rate-limit.mjs): its own server and Redis

results.rateLimit = await benchRateLimit({ quick, log });

// ---------------------------------------------------------------------------------------------
// Import time, fresh processes, alternating

log(`\nimport time (${plan.importSamples} fresh processes each, alternating)`);
results.imports = { fluent: [], peer: [] };
const importScript = path.join(benchDir, 'import-time.mjs');
for (let sample = 0; sample < plan.importSamples; sample++) {
  const order = sample % 2 ? ['peer', 'fluent'] : ['fluent', 'peer'];
  for (const name of order) {
    const specifier = name === 'fluent' ? 'clerk-fluent' : '@clerk/backend';
    const child = spawnSync(process.execPath, [importScript, specifier], { cwd: root, encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`import-time ${specifier}: ${child.stderr}`);
    results.imports[name].push(Number(child.stdout));
  }
}
log(`  clerk-fluent ${median(results.imports.fluent).toFixed(1)} ms, @clerk/backend ${median(results.imports.peer).toFixed(1)} ms`);

// ---------------------------------------------------------------------------------------------
// Token verification against the peer, and memory over many verifications (bench/tokens.mjs)

log(`\ntoken verification (bench/tokens.mjs${quick ? ' --quick' : ''})`);
{
  const child = spawnSync(process.execPath, ['--expose-gc', path.join(benchDir, 'tokens.mjs'), '--json', ...(quick ? ['--quick'] : [])], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 16 * 1024 * 1024,
  });
  if (child.status !== 0) throw new Error('bench/tokens.mjs failed');
  results.tokens = JSON.parse(child.stdout);
}

// ---------------------------------------------------------------------------------------------
// Bundle size: esbuild, minified, code splitting on; gzip of every chunk

log('\nbundle size (esbuild --bundle --minify --splitting, gzip -9 per chunk)');
const esbuild = await import('esbuild');
/**
 * Bundles `entry` (an app in bench/apps/) and gzips every chunk. With `run`, the bundled app lists
 * the 1,000 users of the bench server (CLERK_SECRET_KEY and CLERK_API_URL set) under
 * bench/record-loads.mjs, and each chunk says whether that run loaded it.
 */
async function bundle(entry, run) {
  const outdir = mkdtempSync(path.join(os.tmpdir(), 'clerk-fluent-bench-'));
  try {
    const result = await esbuild.build({
      entryPoints: [entry],
      absWorkingDir: root,
      bundle: true,
      minify: true,
      format: 'esm',
      splitting: true,
      platform: 'node',
      target: 'node20',
      outdir,
      metafile: true,
      logLevel: 'silent',
    });
    const chunks = Object.entries(result.metafile.outputs).map(([file, output]) => {
      const bytes = readFileSync(path.resolve(root, file));
      // Chunks loaded by import() are entry points to esbuild too: the app's entry is the one built from `entry`.
      return { file: path.basename(file), entry: output.entryPoint === entry, min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
    });
    if (run) {
      const record = path.join(outdir, 'loaded.txt');
      writeFileSync(record, '');
      const app = path.join(outdir, path.basename(entry).replace(/\.mjs$/, '.js'));
      const child = spawnSync(process.execPath, ['--import', pathToFileURL(path.join(benchDir, 'record-loads.mjs')).href, app], {
        cwd: outdir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
        env: { ...process.env, RECORD_LOADS: record, CLERK_SECRET_KEY: 'sk_test_bench_loopback_000000000000000000', CLERK_API_URL: `${origin}/u1000` },
      });
      const listed = child.stdout.split('\n').filter(Boolean).length;
      if (child.status !== 0 || listed !== 1000) throw new Error(`the bundled ${entry} listed ${listed} users: ${child.stderr}`);
      const loaded = new Set(readFileSync(record, 'utf8').split('\n').filter(Boolean).map((url) => path.basename(fileURLToPath(url))));
      for (const chunk of chunks) chunk.loaded = loaded.has(chunk.file);
    } else {
      for (const chunk of chunks) chunk.loaded = true;
    }
    const entryChunk = chunks.find((chunk) => chunk.entry);
    const loadedChunks = chunks.filter((chunk) => chunk.loaded);
    return {
      loadedGzip: loadedChunks.reduce((sum, chunk) => sum + chunk.gzip, 0),
      loadedCount: loadedChunks.length,
      chunks,
      entryGzip: entryChunk.gzip,
      entryMin: entryChunk.min,
      totalGzip: chunks.reduce((sum, chunk) => sum + chunk.gzip, 0),
      totalMin: chunks.reduce((sum, chunk) => sum + chunk.min, 0),
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
// The peer's app is one chunk (what it loads is all of it); it would also need Clerk's real API.
results.bundle = { fluent: await bundle('bench/apps/fluent-app.mjs', true), peer: await bundle('bench/apps/peer-app.mjs', false) };
server.kill();
for (const [name, b] of Object.entries(results.bundle)) {
  log(`  ${name}: entry ${kb(b.entryGzip)} gz, loaded listing users ${b.loadedCount} chunks ${kb(b.loadedGzip)} gz, all ${b.chunks.length} chunks ${kb(b.totalGzip)} gz (${kb(b.totalMin)} min)`);
}

// ---------------------------------------------------------------------------------------------
// Figures against goals

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
const ms = (value) => `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
const x = (value) => `${value.toFixed(2)}x`;
const med = (samples, name) => median(samples[name]);
const points = (ratioGap) => {
  const value = Math.round(Math.abs(ratioGap) * 100);
  return `${value} point${value === 1 ? '' : 's'}`;
};

const figures = [];
{
  const { samples, vsRaw, peerVsFluent, kyVsRaw } = results.walk;
  const pass = vsRaw <= 1.05;
  figures.push({
    figure: 'Walk 20,000 users, `for await`, no latency, warm',
    raw: ms(med(samples, 'raw')),
    peer: ms(med(samples, 'peer')),
    fluent: ms(med(samples, 'fluent')),
    measured: `${x(vsRaw)} raw's time; ${x(1 / peerVsFluent)} the peer's; ky alone (${ms(med(samples, 'ky'))}) ${x(kyVsRaw)} raw's`,
    goal: '<= 1.05x raw',
    pass,
    by: pass ? `${points(1.05 - vsRaw)} under the 1.05x line` : `${points(vsRaw - 1.05)} over 1.05x raw`,
  });
}
{
  const { samples, vsRaw, vsPeer, kyVsRaw } = results.coldWalk;
  const pass = vsRaw <= 1.15;
  figures.push({
    figure: 'Walk 20,000 users, fresh process (import included), pages of 500',
    raw: ms(median(samples.raw)),
    peer: ms(median(samples.peer)),
    fluent: ms(median(samples.fluent)),
    measured: `${x(vsRaw)} raw's time; ${x(vsPeer)} the peer's; ky alone (${ms(median(samples.ky))}) ${x(kyVsRaw)} raw's`,
    goal: '<= 1.15x raw',
    pass,
    by: pass ? `${points(1.15 - vsRaw)} under the 1.15x line` : `${points(vsRaw - 1.15)} over 1.15x raw`,
  });
}
{
  const { samples, overRaw, overPeer, kyOverRaw } = results.coldFirst;
  const pass = overPeer <= 0 && overRaw <= 25;
  // One decimal: the figure is judged to the millisecond, and a miss of 0.3 ms must not read "0 ms over".
  const signed = (value) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(1)} ms`;
  figures.push({
    figure: 'Import + first answer (`list({ limit: 1 })`), fresh process',
    raw: ms(median(samples.raw)),
    peer: ms(median(samples.peer)),
    fluent: ms(median(samples.fluent)),
    measured: `raw ${signed(overRaw)}; the peer ${signed(overPeer)}; ky alone (${ms(median(samples.ky))}) raw ${signed(kyOverRaw)} (medians of per-process differences)`,
    goal: "at most the peer's, and within raw + 25 ms",
    pass,
    by: pass
      ? `${(25 - overRaw).toFixed(1)} ms inside raw + 25 ms, ${(-overPeer).toFixed(1)} ms under the peer`
      : [overRaw > 25 ? `${(overRaw - 25).toFixed(1)} ms over raw + 25 ms` : '', overPeer > 0 ? `${overPeer.toFixed(1)} ms slower than the peer` : ''].filter(Boolean).join('; '),
  });
}
{
  const { samples, vsRaw, peerVsFluent } = results.latency;
  const pass = peerVsFluent >= 3;
  figures.push({
    figure: 'Walk 20,000 organizations, 50 ms latency, `concurrency: 4` (peer: its sequential loop)',
    raw: `${ms(med(samples, 'raw'))} (4 in flight)`,
    peer: ms(med(samples, 'peer')),
    fluent: ms(med(samples, 'fluent')),
    measured: `${x(peerVsFluent)} faster than the peer; ${x(vsRaw)} raw's time`,
    goal: '>= 3x faster than the peer',
    pass,
    by: pass ? `${x(peerVsFluent)} against 3x` : `${x(peerVsFluent)} against 3x: ${(3 - peerVsFluent).toFixed(2)} short`,
  });
}
{
  const { samples, vsRaw, peerVsFluent } = results.usersLatency;
  figures.push({
    figure: 'Walk 20,000 users, 50 ms latency, sequential (informational: GET /users gives no total, so no read-ahead)',
    raw: ms(med(samples, 'raw')),
    peer: ms(med(samples, 'peer')),
    fluent: ms(med(samples, 'fluent')),
    measured: `${x(vsRaw)} raw's time; ${x(1 / peerVsFluent)} the peer's`,
    goal: '(none)',
    pass: undefined,
    by: '',
  });
}
{
  const { samples, gets, vsRaw, peerVsFluent, kyVsRaw } = results.get;
  const kyRatio = ratio(samples, 'fluent', 'ky');
  const pass = kyRatio <= 1.05;
  const perCall = (name) => `${((med(samples, name) / gets) * 1000).toFixed(0)} µs`;
  figures.push({
    figure: `${gets.toLocaleString('en')} sequential \`users(id).get()\`, warm`,
    raw: `${perCall('raw')}/call`,
    peer: `${perCall('peer')}/call`,
    fluent: `${perCall('fluent')}/call`,
    measured: `${x(kyRatio)} ky alone's time per call (ky alone ${perCall('ky')}/call: ${x(kyVsRaw)} raw's); ${x(vsRaw)} raw's; ${x(1 / peerVsFluent)} the peer's`,
    goal: '<= 1.05x ky alone (what is ours over the transport)',
    pass,
    by: pass ? `${points(1.05 - kyRatio)} under the 1.05x line` : `${points(kyRatio - 1.05)} over 1.05x ky alone`,
  });
}
{
  const mb = (kbValue) => `${(kbValue / 1024).toFixed(1)} MB`;
  const series = (name) => (results.rss[name] ?? []).map((s) => `${s.count / 1000}k: ${mb(s.maxRssKb)}`).join(', ') || 'not run';
  const fluent = results.rss.fluent;
  const at = (list, count) => list.find((sample) => sample.count === count);
  const mid = at(fluent, 50_000) ?? fluent[Math.floor(fluent.length / 2)];
  const last = fluent.at(-1);
  // Flat means no growth once the walk is long enough for the heap to reach its working size: every
  // client's 10k walk ends before that (see raw's own 10k→100k), so the test is 50k→100k.
  const growth = last.maxRssKb / mid.maxRssKb;
  const pass = growth <= 1.1;
  const context = ['raw', 'peer']
    .filter((name) => (results.rss[name] ?? []).length > 1)
    .map((name) => `${name} ${x(results.rss[name].at(-1).maxRssKb / results.rss[name][0].maxRssKb)}`)
    .join(', ');
  figures.push({
    figure: 'Peak RSS walking users (fresh process per count)',
    raw: series('raw'),
    peer: series('peer'),
    fluent: series('fluent'),
    measured: `${mid.count / 1000}k→${last.count / 1000}k: ${x(growth)} (${((last.maxRssKb - mid.maxRssKb) / 1024).toFixed(1)} MB); ${fluent[0].count / 1000}k→${last.count / 1000}k: ${x(last.maxRssKb / fluent[0].maxRssKb)}${context ? ` (${context})` : ''}`,
    goal: 'flat: no growth with the count (<= 1.10x from 50k to 100k)',
    pass,
    by: pass ? `${points(1.1 - growth)} under the line` : `${points(growth - 1.1)} over`,
  });
}
{
  const fluent = median(results.imports.fluent);
  const peer = median(results.imports.peer);
  const pass = fluent < 25;
  figures.push({
    figure: `\`import\` time (median of ${plan.importSamples} fresh processes)`,
    raw: '—',
    peer: ms(peer),
    fluent: ms(fluent),
    measured: `${ms(fluent)}; ${x(peer / fluent)} faster than the peer`,
    goal: '< 25 ms',
    pass,
    by: pass ? `${(25 - fluent).toFixed(1)} ms under` : `${(fluent - 25).toFixed(1)} ms over`,
  });
}
{
  const { fluent, peer } = results.bundle;
  const pass = fluent.loadedGzip <= peer.loadedGzip;
  figures.push({
    figure: 'Bundle of an app that lists users (esbuild, minified, gzip): the chunks a run loads',
    raw: '—',
    peer: `${kb(peer.loadedGzip)} (${peer.chunks.length} chunk${peer.chunks.length === 1 ? '' : 's'})`,
    fluent: `loaded ${kb(fluent.loadedGzip)} (${fluent.loadedCount} of ${fluent.chunks.length} chunks; entry ${kb(fluent.entryGzip)}, all shipped ${kb(fluent.totalGzip)})`,
    measured: `loaded: ${x(fluent.loadedGzip / peer.loadedGzip)} the peer's; all shipped: ${x(fluent.totalGzip / peer.totalGzip)}`,
    goal: "<= the peer's (the chunks it loads)",
    pass,
    by: pass ? `${kb(peer.loadedGzip - fluent.loadedGzip)} smaller` : `${kb(fluent.loadedGzip - peer.loadedGzip)} larger`,
  });
}
{
  const { fluent, peer } = results.typeCheck;
  const pass = fluent.types <= peer.types && fluent.check <= peer.check;
  const shown = (a) => `${a.check < 0 ? '−' : '+'}${Math.abs(a.check / 1000).toFixed(2)} s, +${a.types.toLocaleString('en')} types, +${a.files} files${a.declarationErrors ? ` (${a.declarationErrors} errors in its declarations)` : ''}`;
  figures.push({
    figure: "A 3-line app's `tsc --strict` (no `skipLibCheck`): check time and types added over an empty app",
    raw: '—',
    peer: shown(peer),
    fluent: shown(fluent),
    measured: `types: ${x(fluent.types / peer.types)} the peer's; check time: ${((fluent.check - peer.check) / 1000).toFixed(2)} s against the peer's (one run's check time varies by seconds on a busy machine)`,
    goal: "<= the peer's (types and time)",
    pass,
    by: pass
      ? `${(peer.types - fluent.types).toLocaleString('en')} fewer types, ${((peer.check - fluent.check) / 1000).toFixed(2)} s less`
      : [fluent.types > peer.types ? `${(fluent.types - peer.types).toLocaleString('en')} more types` : '', fluent.check > peer.check ? `${((fluent.check - peer.check) / 1000).toFixed(2)} s more` : ''].filter(Boolean).join('; '),
  });
}

// ---------------------------------------------------------------------------------------------
// RESULTS.md, walk.svg, README

const cpus = os.cpus();
const machine = `${cpus[0]?.model.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ${os.type()} ${os.release()} (${os.arch()})`;
const elapsed = ((performance.now() - startedMs) / 1000).toFixed(0);
const status = (f) => (f.pass === undefined ? '—' : f.pass ? '**pass**' : '**miss**');

const table = [
  '| Figure | raw `fetch` + `JSON.parse` | `@clerk/backend` 3.25.0 | clerk-fluent | Measured | Goal | Result |',
  '| --- | --- | --- | --- | --- | --- | --- |',
  ...figures.map((f) => `| ${f.figure} | ${f.raw} | ${f.peer} | ${f.fluent} | ${f.measured} | ${f.goal} | ${status(f)}${f.by ? ` (${f.by})` : ''} |`),
].join('\n');

/** What each step of bench/walk-floors.mjs adds to the one before it. */
const FLOOR_STEPS = {
  ky: 'ky, called as clerk-fluent calls it, + `JSON.parse`: the mandated transport',
  decode: '+ the generated decoder of each page, into plain objects (every field checked, keys camelCased)',
  records: '+ the decoder allocating records (the classes users get) instead of plain objects',
  located: '+ each record and its nested records located (`asRecord`), which their methods need',
  fluent: 'clerk-fluent itself: `for await` over `clerk.users.list()` (pages, the iterator, the transport around ky)',
};
const floorRatio = (step) => median(results.floors.steps[step]);
function floorsTable() {
  let previous = 1;
  const rows = Object.entries(FLOOR_STEPS).map(([step, what]) => {
    const value = floorRatio(step);
    const added = value - previous;
    previous = value;
    return `| ${step} | ${what} | ${value.toFixed(3)}x | ${added >= 0 ? '+' : '−'}${Math.abs(added).toFixed(3)} | ${results.floors.steps[step].map((r) => r.toFixed(2)).join(', ')} |`;
  });
  return ['| Step | What it runs | Time over raw `fetch` (median) | Added by the step | Each process |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}

const samplesList = (key) =>
  Object.entries(results[key].samples)
    .map(([client, values]) => `${client}: ${values.map((v) => v.toFixed(0)).join(', ')}`)
    .join('; ');

const resultsMd = `# Benchmarks

Generated by \`npm run bench${quick ? ' -- --quick' : ''}\` on ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, in ${elapsed} s.

- Machine: ${machine}; load average at start ${loadAtStart.map((v) => v.toFixed(2)).join(" / ")}, at the end ${os.loadavg().map((v) => v.toFixed(2)).join(" / ")} (a shared machine: expect noise, compare ratios rather than times)
- Node ${process.version}; clerk-fluent from \`dist/\` (imported as \`clerk-fluent\`), \`@clerk/backend\` 3.25.0, esbuild ${esbuild.version}
- Mode: ${quick ? 'quick' : 'full'}; rounds: walk ${plan.walkRounds}, latency walks ${plan.latencyRounds} / ${plan.seqLatencyRounds}, get ${plan.getRounds}, import samples ${plan.importSamples}

${table}

![Walk figures: median milliseconds per client](walk.svg)

## Where the goals are missed, and what costs the time

Profiled with \`node --cpu-prof\` (the get: 2026-11-27, 16,000 gets; the warm walk and the fresh-process figures: 2026-12-02), against this server. Ratios in the table are this run's; the costs below come from the profiles and the side-by-side runs named.

- **Import + first answer, fresh process.** Passes against the peer; misses raw + 25 ms. ky alone (its import from its package, then one call made as clerk-fluent makes it, and \`JSON.parse\`: the fourth client of the fresh-process figures since 2026-12-02) answers later than raw's first \`fetch\` by what the table shows (both start undici; ky also builds its options, a \`Request\` and an \`AbortController\`): that part of the gap is the mandated transport's, and the rest of the 25 ms is what clerk-fluent has for its own import and first call. In 20 fresh-process triples on 2026-12-02's third session (a quiet machine), ky alone answered 15.8 ms after raw and clerk-fluent 24.7 ms after raw (medians of per-triple differences). The rest, timed step by step in fresh processes on 2026-12-02 (medians of 15): importing the client 24 ms (6 ms of CPU of which, in a profile, is Node's ES-module loader loading its own internals, which raw's one-file script does not pay), then the first call taking about 13 ms longer than ky's own first call (cold code: each function compiled on first use, the decoders of the call's API group loaded and compiled). Measured on this release's changes with \`bench/compare-builds.mjs\` (fresh processes, pairs alternating; the last run: before 155 ms, after 135 ms, median per-pair difference −28.3 ms over 20 pairs), each also measured alone with 21–40 fresh processes per build: decoders per API group (src/generated/decoders/: a users listing compiles 147 KB of decoder source instead of 399 KB) and ky starting to load beside them, about −4 to −12 ms; each API group's object made on its first read instead of forty-two in the constructor (the constructor took 2–3 ms of CPU in a profile of the first call); ky and jose bundled into one chunk each instead of imported from their packages (24 and 46 module files resolved, read and compiled one by one), −15 ms for the first answer and −50 ms for the first verification (bench/tokens.mjs now measures that figure). Earlier in this release: query params of plain values checked by generated plain functions instead of zod (the first answer 769 → 394 ms under heavy load). Later on 2026-12-02, the operation rows moved out of the entry into their group's module (the entry keeps each operation's id, group and list shape): with \`bench/compare-builds.mjs\` in both orders, the first answer came 6.2 and 4.7 ms sooner (median per-pair differences over 36 pairs). Where the rest goes, from CPU profiles of 8 fresh processes each (self time per process, clerk-fluent against raw): Node's ES-module loader 30.7 against 6.0 ms (a users listing loads 10 modules: the entry, 5 small chunks esbuild splits out because the testing entry and the lazily loaded chunks share their code, ky's chunk, the users module, the decoders groups share and the decoders' runtime), the entry's own code 11.3 ms (compiling and running it), ky's chunk 5.0 ms, the users decoders 2.2 ms; undici's start (45 ms) is the same in both. Next candidates: fewer modules on that path (merging the small shared chunks into the entry needs a bundler that takes manual chunks; esbuild does not), and decoders finer than a group (the users group's module holds its billing, TOTP and membership decoders too). How much the figure depends on the machine's load: in 20 fresh-process triples (raw, clerk-fluent, the peer, alternating) on the quieter machine of 2026-12-02's second session, raw answered in 47.6 ms, clerk-fluent in 74.9 ms (median per-triple difference +27.8 ms) and the peer in 90.3 ms (+44.1 ms), where this run's figures differ by what the table shows. In 10 profiled fresh processes that session, compiling our modules (\`compileSourceTextModule\`, about 400 KB of source on a users listing's path: the entry 200 KB, the shared decoders 86 KB, the users module 64 KB, ky 30 KB) took 12.0 ms per process; the same dist minified (whitespace and syntax) took 13.5 ms, so the source's bytes are not what costs: the code in it is.
- **Walk 20,000 users, fresh process.** All of the above, then the first pages decoded by code V8 has not optimised yet (\`decodeUser\` checks 45 fields; it runs in the interpreter for its first thousands of calls, where raw's \`JSON.parse\` is native from the start): the walk's ratio to raw is the warm walk's plus the start-up, spread over 20,000 users. Found and fixed on 2026-12-02: the collector's cost. Profiled that morning (\`node --cpu-prof\`, 4 fresh walks per client), garbage collection took 192 ms against raw's 65 ms; with \`--trace-gc-nvp\`, 47.7 MB survived scavenges (raw: 11–13 MB) and up to 8 MB in a single one, several pages' worth. The cause was the link from each page to the next (\`Page.nextPage()\` kept the page it fetched in a \`WeakRef\`, so that asking twice gave the same page): V8's young-generation collector treats a \`WeakRef\` as a strong reference, and a page that had reached the old generation, although garbage, kept the next page alive through every scavenge, that page the one after it, and so on until the next full collection. (A \`FinalizationRegistry\` count after forced full collections, made earlier that day, could not see this: full collections clear the chain.) A page now forgets the next page once it has answered (calls made while it is in flight still share one request; a later call asks again, and asking a position again is not taken for a cycle). After: 13.4 MB survive, scavenges pause 37–56 ms in all against 116–159 ms, and over 10 fresh-process triples (raw, before, after, alternating) the walk went from 1.434x raw to 1.255x; in one process (\`bench/compare-builds.mjs\`, both orders) 0.909x and 1/1.113x. What remains, profiled after the fix (4 fresh walks each, self time per walk): \`JSON.parse\` about as raw's, garbage collection 53 ms against raw's 50 ms, the decoders about 55 ms (users module and shared chunk, partly interpreted), locating nested records about 15 ms, compiling our modules 17 ms, ky 13 ms. Skipping the nested records' location altogether (a build that is wrong, made only to bound the gain) measured 1.243x against 1.259x, so it is not where the rest is.
- **Walk, no latency, warm: not reachable by this design.** Where the time goes, step by step ([the table below](#the-warm-walk-step-by-step), this run): ky alone ${x(floorRatio('ky'))} raw; its pages decoded into checked, camelCased plain objects ${x(floorRatio('decode'))}; into records ${x(floorRatio('records'))}; located ${x(floorRatio('located'))}; clerk-fluent ${x(floorRatio('fluent'))}. The first run of \`bench/walk-floors.mjs\` (2026-12-02, 10 processes per step) gave 1.027x, 1.148x, 1.196x, 1.232x and 1.267x; two more runs of its first two steps gave ky 1.056x and 1.029x, the decoding 1.118x and 1.116x (the second with the unknown-key count skipped, a wrong build made to bound that check: no gain). So the mandated transport alone takes up to 0.06 of the 0.05 the goal allows (ky alone measured 1.00–1.06x raw across 2026-12-02's runs, here and in the table's first row), and a checked copy of each page takes more than the goal's whole margin. A prototype outside the repository that checks the parsed objects in place (a User's 46 fields; nested objects only for their \`id\`) and hands out objects reading the parsed data through accessors, with no copy, measured 1.070x against ky alone's 1.046x (8 processes each, same session): even with no copy, on ky, the goal is missed, and such objects are not the records API.md defines (no own fields: a spread or \`Object.keys\` would find nothing). The fresh walk's 1.15x goal stands on the same floors plus start-up. Profiled on 2026-12-02 (\`node --cpu-prof\`, 9 walks of 20,000 users in one process), per walk: \`JSON.parse\` 278 ms in clerk-fluent against 290 ms in raw (the same work: most of either client's time); on top of it, decoding with every field checked and every key camelCased 48 ms (\`decodeUser\` and the nested decoders; the decoders allocate the records themselves, so a page is copied once); locating the records (the path each record's methods use: a path object per user and per nested email address, phone number and external account) 45 ms; garbage collection 92 ms against raw's 53 ms (a page of records, about 4 MB, stays alive while the loop runs over it, so scavenges copy it; and each parsed object is garbage once decoded, where raw keeps using it). Since that profile, a record whose class locates it by its id alone keeps the id as fetched and builds its path when a method first needs it (local edits of its fields still never redirect it), so a walk builds no path objects: with \`bench/compare-builds.mjs\`, run in both orders because the build run second gains up to 12 % in an A/A run, the walk took 0.959x and 0.925x the time, the \`get()\` 0.955x and 0.928x; \`bench/focus.mjs\` then measured the walk at 1.12x raw, 598 against 552 ms (it had measured 1.24x that morning): about 2.3 µs a user over raw, where the 1.05x goal leaves about 1.4 µs. Checked, camelCased records with methods cost a copy of each object by construction, and single walks spread over ±20 %. The page chain described under the fresh walk also cost this figure (pages promoted in one walk were scavenged as live until a full collection): fixed on 2026-12-02. Two full runs in 2026-12-02's second session, about an hour apart and with no change to the walk's code between them, measured this figure at 1.14x and 1.27x raw (raw 319 and 387 ms): a single run's ratio spreads by more than the goal's margin. Fixed earlier in this release (walk 673 → about 300–330 ms in single runs of \`bench/focus.mjs\`, raw 270–290 ms): records allocated by the decoders instead of copied from decoded objects; records keeping their fields in the object itself; the walk letting go of a page before it asks for the next one; no array allocated per decoded object to count its keys; the repeated-page guard hashing three ids per page instead of all.
- **\`users(id).get()\`.** ky alone (the same call, \`JSON.parse\` and nothing else: the fourth client of this figure) is already slower than raw by the ratio shown in the table: per call it creates an \`AbortController\`, merges headers and hooks, builds a \`Request\` and clones it, and Node 20's fetch copies that \`Request\` again, each copy following an abort signal (creating a transferable \`AbortSignal\` alone took about 30 µs a call in the profile). What clerk-fluent adds on top of ky is the fetch it hands ky (it reads the body, so that ky's per-attempt timeout covers it), validation, decoding and the record; before ky took over the retries and the timeout (2026-11-27, when clerk-fluent still added its own per-attempt deadline: one more \`AbortController\` and a timer), profiled in-process with a fetch that answers at once (40,000 calls), clerk-fluent's own functions took about 6 µs a call, ky's about 15 µs, and garbage collection, mostly of ky's and fetch's objects, about 17 µs; sharing one deadline between attempts was tried and measured no gain. Path templates are split once; ky's own timeout and retries have since replaced that deadline and the loop around ky. ky is the project's transport by design, so the goal is judged against ky alone: what clerk-fluent adds over its transport (validation, decoding, the record, the fetch wrapper that reads the body). Since 2026-12-02 clerk-fluent hands ky three retry options instead of ten (four for a POST or PATCH, whose methods ky's default list leaves out; its \`shouldRetry\` also chooses the wait, so ky's status lists and \`Retry-After\` reading go unused), and no \`method\` for a GET: with a real server these measured no change beyond noise (\`bench/compare-builds.mjs\`, 0.986x and 1/0.990x in its two orders, for the first step), but with a \`fetch\` that answers at once, where the server's time and its noise are gone, clerk-fluent's time over ky alone went from 37.5 to 27.9 and from 44.1 to 36.5 µs a call in two runs (ky alone: 212–216 µs). Of that remainder, in a profile of 20,000 such calls: clerk-fluent's own functions about 12 µs a call (none over 2 µs: the fetch wrapper, the request, locating the record's nested records, the path, the async steps of a call), ky's work on our options about 5 µs, the fourth header (\`user-agent\`, copied into each of the three \`Request\`s a call makes) about 2 µs, and the collector about 3 µs more. Writing the call's async steps out into one function measured no gain (+3 to +6 µs, within noise) and was not kept.
- **Bundle** (met since 2026-12-02). Judged on the chunks a users listing loads (bench/record-loads.mjs records them). This release: 82.2 KB with zod and every operation's schemas (before query params were checked without zod), 57.9 KB after (entry 28.4 KB, every operation's decoders 21.6 KB), then, measured on 2026-12-02 with the same esbuild settings, 48.8 KB with decoders per API group (the users group's 4.3 KB and the decoders groups share, 6.0 KB), 41.8 and 41.9 KB with the token verifier loaded on the first verification and the operation table writing only what differs from its defaults (entries 23.6 and 23.7 KB), and 39.1 KB with the operation rows in their group's module: the entry keeps each operation's id, group and list shape (entry 20.0 KB; the users module grew from 4.2 to 5.0 KB with its 37 rows). What a users listing still loads that it does not need: the rest of the users group's decoders (it needs 64 KB of the 147 KB of decoder source it loads) and the resource classes of all 42 API groups, which the entry must hold because \`clerk.users\` and the rest answer synchronously.
- **Type-check.** The declarations name no package: type-fest's \`LiteralUnion\`, the only type-fest type the public types use, is written out by scripts/portable-declarations.ts in every declaration file tsup writes (until 2026-12-02 only in index.d.ts, while the chunk it shares with the testing entry still imported type-fest, and a consumer read its 218 files: +159,402 types in that day's first run; test/consumer-types.test.ts now fails if a consumer's \`tsc\` reads any package's files). The peer's need 234 files and report 6 errors without \`skipLibCheck\` (optional packages it names that a server does not install). The 171 deprecated former names (src/deprecated.ts and the former type names) cost nothing measurable: with their declarations stripped from dist/index.d.ts, the same app's \`tsc\` counted 120,878 symbols instead of 120,950 and no fewer types, check time within run-to-run noise; they stay, as promised.
- **What ships.** ky and jose are bundled into the build, and type-fest written out of the declarations: all three are development dependencies, so an install no longer fetches them (1.26 MB unpacked). The package itself (\`npm pack --dry-run\`, 2026-12-02): 1.2 MB packed, 8.0 MB unpacked (before these changes 1.0 MB and 7.5 MB: ky's and jose's code and maps now ship inside it), so an install is about 0.8 MB smaller. The CommonJS build has no source maps (the ESM build keeps its maps of the same sources).
- **\`src/resources/roomy.ts\`** (room reserved in every record for its fields) was measured before deciding (2026-12-02, builds with and without it, a fresh process per walk of 20,000 users, 10 processes each, alternating): without it the walk took 1.067x and 1.052x as long in two runs (median per-process ratios; medians 3,364 against 3,352 ms and 3,319 against 3,018 ms). In one process (bench/compare-builds.mjs), the build run second was the slower whichever it was (1.16x, then 0.88x): that script's order decides more than the change there, so the fresh-process figure decides. It stays.

## The warm walk, step by step

\`bench/walk-floors.mjs\`, in this run: the warm users walk's time over raw \`fetch\` as each piece of what clerk-fluent does is added, from ky alone to clerk-fluent. Each step is built from src/ by esbuild (ky bundled, as in dist/) and runs in ${results.floors.processes} fresh processes of its own, beside raw \`fetch\` in the same process (${results.floors.pairs} alternating pairs per process, \`gc()\` before each walk); a process's figure is its median per-pair ratio, a step's the median over its processes. Steps sharing a process would share the decoders, and the shapes one step feeds them would slow the other down.

${floorsTable()}

## How it is measured

- **Server**: \`bench/server.mjs\`, a loopback HTTP server in its own process (so serving never shares the client's event loop), answering \`GET /v1/users\` (bare array; \`limit\`, \`offset\`, \`starting_after\`, \`order_by\`), \`GET /v1/users/count\`, \`GET /v1/users/{id}\` and \`GET /v1/organizations\` (\`{ data, total_count }\`), with full \`User\` objects as the 2026-05-12 spec describes them (\`bench/data.mjs\`: an email address, metadata, a phone number for half of the users, a Google external account for half; 2.2 KB of JSON on average, deterministic). Every page and user is serialised once and served from a byte cache keyed by the slice of the list, so a page costs the server the same whichever client asks and however it names it (cursor or offset). The URL carries the scenario (\`/u20000/lat50/v1/…\`: 20,000 users, 50 ms added before every answer).
- **Clients** (\`bench/clients.mjs\`), each written the way its users would: **raw** is \`fetch\` + \`JSON.parse\` with the \`starting_after\` cursor; **@clerk/backend** is \`createClerkClient({ secretKey, apiUrl })\` and a hand-written \`getUserList({ limit: 500, offset })\` loop (it has no iterator; each page also sends \`GET /users/count\` in parallel, which is how it returns \`totalCount\`); **clerk-fluent** is \`for await (const user of clerk.users.list())\` (500 per page, the \`starting_after\` cursor); **ky alone** (the warm users walk, the get and the fresh-process figures) is ky called as clerk-fluent calls it (retries, a per-attempt timeout) + \`JSON.parse\`, with raw's cursor loop: the part of each figure the mandated transport takes. Every loop reads every item's \`id\`.
- **Rounds**: one warm-up per client, then the rounds, the order of the clients rotating every round, \`gc()\` before each sample. Times are medians; a ratio is the median of the per-round ratios.
- **Read-ahead**: \`GET /v1/users\` answers a bare array without a total, so clerk-fluent cannot read ahead on it (its users walk uses the cursor, page after page, like the peer's). The read-ahead figure therefore walks \`GET /v1/organizations\`, an offset list whose envelope carries \`total_count\`: clerk-fluent \`clerk.organizations.list({}, { concurrency: 4 })\`, raw \`fetch\` with 4 pages in flight, the peer its sequential \`getOrganizationList({ limit: 500, offset })\` loop. The users walk at 50 ms is shown for reference.
- **Peak RSS**: \`bench/rss-walk.mjs\` walks all users of a ${plan.rss.fluent.map((n) => `${n / 1000}k`).join(' / ')}-user instance in a fresh process and reports \`process.resourceUsage().maxRSS\`; each figure is the median of ${plan.rssSamples} such processes (one process's peak varies by tens of MB with when the collector runs). "Flat" is judged from 50k to 100k: a 10k walk ends before the heap reaches its working size, for every client (raw \`fetch\` grows from 10k to 100k too), while a walk that kept what it passed would grow in proportion to the count.
- **Import time**: \`bench/import-time.mjs\` times \`await import(specifier)\` in a fresh process; the two packages alternate; median.
- **Fresh-process figures**: \`bench/cold-child.mjs\` runs one client in a new \`node\` process and times from just before its \`import\` to the first answer of a one-user list (raw: one \`fetch\` + \`JSON.parse\`; the peer: \`createClerkClient\` and \`getUserList({ limit: 1 })\`; clerk-fluent: \`new Clerk()\` and \`await users.list({ limit: 1 })\`), or to the end of a walk over 20,000 users in pages of 500 (each client as in the warm walk); ky alone is imported from its package, as an app would (clerk-fluent loads its own bundled copy, one file). The four clients rotate process after process; ${plan.coldFirst} and ${plan.coldWalk} processes per client. The first-answer figures are medians of the differences within each round of four processes; the walk's ratio is the median of per-round ratios. What it costs: what a serverless function or an edge worker pays on every cold start.
- **Type-check**: \`bench/type-check.mjs\` writes a project outside the repository with links to the built package, to the peer and to \`@types/node\`, and three apps: \`export {};\`, and three lines importing each client, making it, and listing users. Each is checked alone by \`tsc --strict --noEmit --extendedDiagnostics --target es2022 --module nodenext\` (TypeScript ${JSON.parse(readFileSync(path.join(root, 'node_modules/typescript/package.json'), 'utf8')).version}, no \`skipLibCheck\`, so the packages' declarations are checked as in most projects); the figures are the app's \`Types\`, \`Files\` and \`Check time\` minus the empty app's (time: the median over ${plan.typeCheckRounds} alternating round${plan.typeCheckRounds === 1 ? '' : 's'}; a loaded machine stretches every \`Check time\`, the difference too). Errors \`tsc\` reports inside a package's own declarations are counted beside its figure (the peer's name optional packages a server does not install).
- **Bundle**: esbuild bundles \`bench/apps/fluent-app.mjs\` and \`bench/apps/peer-app.mjs\` (\`--bundle --minify --splitting --format=esm --platform=node\`); every chunk is gzipped (-9). The bundled clerk-fluent app then lists the 1,000 users of a bench instance under \`bench/record-loads.mjs\` (a module hook that records every file it loads): the goal is judged on the chunks that run loads (the peer's app is one chunk). Chunks behind an \`import()\` that a users listing never reaches are shipped, not loaded, and are shown apart.

## Samples (ms)

- Walk 20,000 users: ${samplesList('walk')}
- Walk 20,000 organizations at 50 ms: ${samplesList('latency')}
- Walk 20,000 users at 50 ms: ${samplesList('usersLatency')}
- ${results.get.gets} gets: ${samplesList('get')}
- Peak RSS, every process (MB): ${Object.entries(results.rss)
  .map(([client, samples]) => `${client}: ${samples.map((s) => `${s.count / 1000}k ${s.peaksKb.map((kb) => (kb / 1024).toFixed(0)).join('/')}`).join(', ')}`)
  .join('; ')}
- Import: clerk-fluent ${results.imports.fluent.map((v) => v.toFixed(1)).join(', ')}; @clerk/backend ${results.imports.peer.map((v) => v.toFixed(1)).join(', ')}
- Import + first answer, fresh process: ${Object.entries(results.coldFirst.samples).map(([client, values]) => `${client}: ${values.map((v) => v.toFixed(0)).join(', ')}`).join('; ')}
- Walk 20,000 users, fresh process: ${Object.entries(results.coldWalk.samples).map(([client, values]) => `${client}: ${values.map((v) => v.toFixed(0)).join(', ')}`).join('; ')}
- Type-check (Check time ms / Types / Files per round): ${Object.entries(results.typeCheck.samples).map(([app, rounds]) => `${app}: ${rounds.map((r) => `${r.check.toFixed(0)} / ${r.types} / ${r.files}`).join(', ')}`).join('; ')}
- Bundle chunks (gzip): clerk-fluent ${results.bundle.fluent.chunks.map((c) => `${c.entry ? 'entry ' : ''}${c.file} ${kb(c.gzip)}${c.loaded ? '' : ' (not loaded listing users)'}`).join(', ')}; @clerk/backend ${results.bundle.peer.chunks.map((c) => `${c.entry ? 'entry ' : ''}${c.file} ${kb(c.gzip)}`).join(', ')}

${tokenSection(results.tokens)}

${webhookSection(results.webhooks)}
${fakeSection(results.fake)}

${rateLimitSection(results.rateLimit)}`;
writeFileSync(path.join(benchDir, 'RESULTS.md'), resultsMd);
writeTokenSections(results.tokens);
writeFileSync(path.join(benchDir, 'walk.svg'), chart());

const readmePath = path.join(root, 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const readme = readFileSync(readmePath, 'utf8');
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from >= 0 && to > from) {
  const block = [
    '',
    `Measured by \`npm run bench${quick ? ' -- --quick' : ''}\` (${startedAt.toISOString().slice(0, 10)}, Node ${process.version}, ${cpus.length} cores, against a loopback server in its own process; method, samples and chart in [bench/RESULTS.md](bench/RESULTS.md)):`,
    '',
    '| Figure | clerk-fluent | `@clerk/backend` | raw `fetch` | Goal | Result |',
    '| --- | --- | --- | --- | --- | --- |',
    ...figures.filter((f) => f.pass !== undefined).map((f) => `| ${f.figure} | ${f.fluent} | ${f.peer} | ${f.raw} | ${f.goal} | ${f.pass ? 'pass' : 'miss'} (${f.measured}) |`),
    '',
  ].join('\n');
  // Re-read just before writing: someone may be editing the rest of the README.
  const current = readFileSync(readmePath, 'utf8');
  const a = current.indexOf(START);
  const b = current.indexOf(END);
  writeFileSync(readmePath, current.slice(0, a + START.length) + block + current.slice(b));
  log('\nREADME.md: the bench block is updated.');
} else {
  log('\nREADME.md has no <!-- bench:start --> / <!-- bench:end --> markers: left alone.');
}

log(`\n${table}\n\nWrote bench/RESULTS.md and bench/walk.svg in ${elapsed} s.`);

function chart() {
  const groups = [
    { title: 'Walk 20,000 users, no latency', samples: results.walk.samples },
    { title: 'Walk 20,000 organizations, 50 ms latency (raw and clerk-fluent: 4 in flight)', samples: results.latency.samples },
    { title: 'Walk 20,000 users, 50 ms latency, sequential', samples: results.usersLatency.samples },
  ];
  const series = [
    { key: 'raw', label: 'raw fetch', color: '#80868b' },
    { key: 'peer', label: '@clerk/backend', color: '#e8710a' },
    { key: 'fluent', label: 'clerk-fluent', color: '#1a73e8' },
  ];
  const width = 760;
  const left = 130;
  const barArea = 500;
  const barHeight = 20;
  const gap = 6;
  let y = 40;
  const parts = [];
  for (const group of groups) {
    const values = series.map((s) => median(group.samples[s.key]));
    const max = Math.max(...values);
    parts.push(`<text x="10" y="${y}" class="title">${escapeXml(group.title)}</text>`);
    y += 10;
    series.forEach((s, index) => {
      const value = values[index];
      const w = Math.max(1, (value / max) * barArea);
      parts.push(`<text x="${left - 8}" y="${y + barHeight - 6}" class="label" text-anchor="end">${escapeXml(s.label)}</text>`);
      parts.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" rx="2" fill="${s.color}"/>`);
      parts.push(`<text x="${(left + w + 6).toFixed(1)}" y="${y + barHeight - 6}" class="value">${value.toFixed(0)} ms</text>`);
      y += barHeight + gap;
    });
    y += 24;
  }
  const height = y;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="Walk figures: median milliseconds per client, shorter is faster">
<style>
  text { font-family: -apple-system, BlinkMacSystemFont, 'Segoe UI', Helvetica, Arial, sans-serif; fill: #202124; }
  .title { font-size: 14px; font-weight: 600; }
  .label { font-size: 12px; }
  .value { font-size: 12px; fill: #3c4043; }
  .note { font-size: 11px; fill: #5f6368; }
</style>
<rect width="100%" height="100%" fill="#ffffff"/>
<text x="10" y="18" class="note">Median wall time per walk, shorter is faster (${escapeXml(startedAt.toISOString().slice(0, 10))}, Node ${escapeXml(process.version)}; each group has its own scale)</text>
${parts.join('\n')}
</svg>
`;
}

function escapeXml(text) {
  return String(text).replace(/[<>&"']/g, (ch) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[ch]);
}
