// The time the `rateLimiter` option adds to a call: no limiter against memoryRateLimiter and
// redisRateLimiter (a real redis-server on loopback), side by side in one run, against the bench's
// loopback server (bench/server.mjs, its own process, no rate limit of its own).
//
//   node bench/rate-limit.mjs [--quick] [--write]   alone: prints the section; --write puts it into
//                                                   bench/RESULTS.md in place of the previous one
//   npm run bench                                   runs it as part of the whole bench
//
// Each limiter gets a budget no run comes near (it never waits), so what is measured is the turn
// itself: the memory limiter's counters, or the Redis round trips (an increment, the reads of the
// window's recent slots, the block check). Calls go one at a time (the added latency of one call)
// and 16 at a time (the throughput of a busy process). Rounds rotate the order; figures are
// medians. Without redis-server the Redis column says so and the rest still runs.

import { fork, spawn, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const RATE_LIMIT_HEADING = '## Rate limiter overhead';
const SECRET_KEY = 'sk_test_bench_rate_limit';
const CONCURRENCY = 16;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A redis-server on a free loopback port, or undefined when the binary is missing. */
async function startRedis() {
  if (spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status !== 0) return undefined;
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'ignore'] });
  await new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}`)));
  });
  child.stdout.resume();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url: `redis://127.0.0.1:${port}`,
    async stop() {
      process.kill(child.pid, 'SIGTERM');
      await exited;
    },
  };
}

function startServer() {
  const server = fork(path.join(benchDir, 'server.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    server.once('message', (message) => resolve({ origin: `http://127.0.0.1:${message.port}`, stop: () => server.kill() }));
    server.once('exit', (code) => reject(new Error(`the bench server exited (${code})`)));
  });
}

/** Runs the figures; `log` sees progress lines. */
export async function benchRateLimit({ quick = false, log = () => {} } = {}) {
  const { Clerk } = await import('clerk-fluent');
  const { memoryRateLimiter, redisRateLimiter } = await import('clerk-fluent/rate-limit');
  const loadAtStart = os.loadavg();
  const measuredAt = new Date();
  const rounds = quick ? 3 : 7;
  const calls = quick ? 300 : 1000;
  const [server, redisServer] = await Promise.all([startServer(), startRedis()]);
  let redis;
  try {
    const budget = { requests: 1_000_000_000, perSeconds: 10 };
    const clients = [
      { name: 'none', label: 'no `rateLimiter`', clerk: new Clerk({ secretKey: SECRET_KEY, apiUrl: server.origin }) },
      { name: 'memory', label: '`memoryRateLimiter`', clerk: new Clerk({ secretKey: SECRET_KEY, apiUrl: server.origin, rateLimiter: memoryRateLimiter(budget) }) },
    ];
    if (redisServer) {
      const { Redis } = await import('ioredis');
      redis = new Redis(redisServer.url);
      clients.push({ name: 'redis', label: '`redisRateLimiter` (redis-server on loopback)', clerk: new Clerk({ secretKey: SECRET_KEY, apiUrl: server.origin, rateLimiter: redisRateLimiter({ redis, ...budget }) }) });
    }
    const call = (clerk) => clerk.request({ method: 'GET', path: '/users/count' });
    const timeRound = async (clerk, concurrency) => {
      const start = performance.now();
      let next = 0;
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < calls) {
            next += 1;
            const answer = await call(clerk);
            if (answer.object !== 'total_count') throw new Error(`unexpected answer ${JSON.stringify(answer).slice(0, 80)}`);
          }
        }),
      );
      return ((performance.now() - start) * 1000) / calls;
    };
    const modes = [
      { name: 'sequential', concurrency: 1 },
      { name: 'concurrent', concurrency: CONCURRENCY },
    ];
    const samples = Object.fromEntries(modes.map((mode) => [mode.name, Object.fromEntries(clients.map((client) => [client.name, []]))]));
    log(`\nrate limiter overhead: ${rounds} rounds of ${calls} calls per client, one at a time and ${CONCURRENCY} at a time${redisServer ? '' : ' (no redis-server: memory only)'}`);
    for (const mode of modes) for (const client of clients) await timeRound(client.clerk, mode.concurrency); // warm-up
    for (let round = 0; round < rounds; round++) {
      const order = clients.map((_, index) => clients[(index + round) % clients.length]);
      for (const mode of modes) for (const client of order) samples[mode.name][client.name].push(await timeRound(client.clerk, mode.concurrency));
      log(`  round ${round + 1}/${rounds}: ${modes.map((mode) => `${mode.name} ${clients.map((client) => `${client.name} ${samples[mode.name][client.name].at(-1).toFixed(0)} µs`).join(', ')}`).join('; ')}`);
    }
    return {
      measuredAt,
      loadAtStart,
      rounds,
      calls,
      redis: Boolean(redisServer),
      clients: clients.map((client) => ({ name: client.name, label: client.label })),
      modes: modes.map((mode) => {
        const own = samples[mode.name];
        return {
          ...mode,
          medians: Object.fromEntries(clients.map((client) => [client.name, median(own[client.name])])),
          // What a limiter adds: the median of its per-round differences from no limiter.
          added: Object.fromEntries(clients.map((client) => [client.name, median(own[client.name].map((value, round) => value - own.none[round]))])),
          samples: own,
        };
      }),
    };
  } finally {
    redis?.disconnect();
    server.stop();
    await redisServer?.stop();
  }
}

/** The RESULTS.md section for `results`. */
export function rateLimitSection(results) {
  const micro = (value) => `${value.toFixed(0)} µs`;
  const signed = (value) => `${value < 0 ? '−' : '+'}${micro(Math.abs(value))}`;
  const [sequential, concurrent] = results.modes;
  const rows = results.clients.map((client) => {
    const cell = (mode) => {
      const value = mode.medians[client.name];
      return client.name === 'none' ? micro(value) : `${micro(value)} (${signed(mode.added[client.name])})`;
    };
    return `| ${client.label} | ${cell(sequential)} | ${cell(concurrent)} |`;
  });
  return `${RATE_LIMIT_HEADING}

Measured ${results.measuredAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, load average at start ${results.loadAtStart.map((v) => v.toFixed(2)).join(' / ')} on ${os.cpus().length} cores. \`bench/rate-limit.mjs\`: \`GET /v1/users/count\` against the loopback server (no rate limit of its own), ${results.calls} calls per round, ${results.rounds} rounds, the clients' order rotating each round; median wall time per call, and in brackets what the limiter adds to it (the median of its per-round differences from no limiter; within the noise when small). The limiters' budget is never reached (no call waits): the figures are the cost of taking a turn.${results.redis ? '' : ' redis-server was not installed: no Redis figures.'}

| Client | One call at a time | ${CONCURRENCY} calls at a time (wall time / calls) |
| --- | --- | --- |
${rows.join('\n')}

- Samples (µs per call): ${results.modes.map((mode) => `${mode.name}: ${Object.entries(mode.samples).map(([name, values]) => `${name} ${values.map((value) => value.toFixed(0)).join(', ')}`).join('; ')}`).join(' | ')}
`;
}

/** Puts `section` into RESULTS.md in place of the previous rate limiter section, or at its end. */
function writeSection(section) {
  const file = path.join(benchDir, 'RESULTS.md');
  const current = readFileSync(file, 'utf8');
  const start = current.indexOf(RATE_LIMIT_HEADING);
  let next = start >= 0 ? current.indexOf('\n## ', start + RATE_LIMIT_HEADING.length) : -1;
  if (next < 0) next = current.length;
  const before = start >= 0 ? current.slice(0, start) : `${current.trimEnd()}\n\n`;
  writeFileSync(file, `${before}${section}${start >= 0 && next < current.length ? `\n${current.slice(next + 1)}` : ''}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await benchRateLimit({ quick: process.argv.includes('--quick'), log: (line) => process.stdout.write(`${line}\n`) });
  const section = rateLimitSection(results);
  process.stdout.write(`\n${section}`);
  if (process.argv.includes('--write')) {
    writeSection(section);
    process.stdout.write('\nbench/RESULTS.md: the rate limiter section is updated.\n');
  }
}
