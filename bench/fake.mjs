// The fake Clerk of clerk-fluent/testing: requests per second it answers in-process (`fake.fetch`)
// and over HTTP (`fake.listen()`), and a walk over 20,000 seeded users.
//
//   node --expose-gc bench/fake.mjs [--quick] [--write]   alone: prints the section; --write puts it
//                                                          into bench/RESULTS.md in place of the previous one
//   npm run bench                                          runs it as part of the whole bench
//
// Every request goes through the client (clerk-fluent from dist/, as published) unless it says raw:
// a raw request is one `fake.fetch(url, init)` call with no client, the fake's own cost. The HTTP
// server runs in this process, so the client and the fake share one thread (as in a test that calls
// `listen()`). Rounds alternate the order; figures are medians.

import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const FAKE_HEADING = '## The fake Clerk';
const WALK_USERS = 20_000;
const CONCURRENCY = 16;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function seedUsers(count) {
  return Array.from({ length: count }, (_, index) => ({
    id: `user_bench${String(index).padStart(22, '0')}`,
    emailAddress: [`user${index}@example.com`],
    firstName: `First${index}`,
    lastName: `Last${index}`,
    publicMetadata: { plan: index % 3 === 0 ? 'pro' : 'free' },
  }));
}

/** Runs the fake's figures; `log` sees progress lines. */
export async function benchFake({ quick = false, log = () => {} } = {}) {
  const { Clerk } = await import('clerk-fluent');
  const { createFakeClerk } = await import('clerk-fluent/testing');
  const loadAtStart = os.loadavg();
  const measuredAt = new Date();
  const rounds = quick ? 3 : 7;
  const perRound = quick ? 500 : 2000;
  const walkRounds = quick ? 1 : 3;

  const fake = createFakeClerk({ seed: { users: seedUsers(100) } });
  const server = await fake.listen();
  const target = 'user_bench0000000000000000000042';
  const inProcess = new Clerk({ secretKey: fake.secretKey, fetch: fake.fetch, maxRetries: 0 });
  const overHttp = new Clerk({ secretKey: fake.secretKey, apiUrl: server.url, maxRetries: 0 });
  const headers = { authorization: `Bearer ${fake.secretKey}` };
  const rawUrl = `https://api.clerk.com/v1/users/${target}`;

  const sequential = (call) => async () => {
    for (let index = 0; index < perRound; index++) await call();
  };
  const concurrent = (call) => async () => {
    let left = perRound;
    await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
      while (left-- > 0) await call();
    }));
  };
  const cases = [
    { name: 'raw', label: '`fake.fetch` alone (no client), one at a time', run: sequential(async () => (await fake.fetch(rawUrl, { headers })).arrayBuffer()) },
    { name: 'inProcess', label: 'client with `fetch: fake.fetch` (in-process), one at a time', run: sequential(() => inProcess.users.get(target)) },
    { name: 'http', label: 'client over HTTP (`fake.listen()`), one at a time', run: sequential(() => overHttp.users.get(target)) },
    { name: 'httpConcurrent', label: `client over HTTP, ${CONCURRENCY} at a time`, run: concurrent(() => overHttp.users.get(target)) },
  ];

  log(`\nfake Clerk: GET /v1/users/{id}, ${rounds} rounds of ${perRound} requests`);
  const samples = Object.fromEntries(cases.map((item) => [item.name, []]));
  const timeRound = async (item) => {
    fake.reset(); // `requests` grows with every call: each round starts from the seed
    globalThis.gc?.();
    const start = performance.now();
    await item.run();
    return perRound / ((performance.now() - start) / 1000);
  };
  for (const item of cases) await timeRound(item); // warm-up
  for (let round = 0; round < rounds; round++) {
    const order = cases.map((_, index) => cases[(index + round) % cases.length]);
    for (const item of order) samples[item.name].push(await timeRound(item));
    log(`  round ${round + 1}/${rounds}: ${cases.map((item) => `${item.name} ${samples[item.name].at(-1).toFixed(0)}/s`).join(', ')}`);
  }
  await server.close();

  // 20,000 seeded users: how long the seed takes, and a `for await` over all of them (pages of 500).
  log(`\nfake Clerk: ${WALK_USERS} seeded users, ${walkRounds} rounds`);
  const seed = { users: seedUsers(WALK_USERS) };
  const seedMs = [];
  const walkMs = [];
  const walkHttpMs = [];
  for (let round = 0; round < walkRounds; round++) {
    globalThis.gc?.();
    let start = performance.now();
    const big = createFakeClerk({ seed });
    seedMs.push(performance.now() - start);
    const client = new Clerk({ secretKey: big.secretKey, fetch: big.fetch, maxRetries: 0 });
    start = performance.now();
    let seen = 0;
    for await (const user of client.users.list({ orderBy: '-created_at' })) if (user.id) seen++;
    walkMs.push(performance.now() - start);
    if (seen !== WALK_USERS) throw new Error(`the walk saw ${seen} users, not ${WALK_USERS}`);
    const bigServer = await big.listen();
    const httpClient = new Clerk({ secretKey: big.secretKey, apiUrl: bigServer.url, maxRetries: 0 });
    start = performance.now();
    seen = 0;
    for await (const user of httpClient.users.list({ orderBy: '-created_at' })) if (user.id) seen++;
    walkHttpMs.push(performance.now() - start);
    await bigServer.close();
    if (seen !== WALK_USERS) throw new Error(`the walk over HTTP saw ${seen} users, not ${WALK_USERS}`);
    log(`  round ${round + 1}/${walkRounds}: seed ${seedMs.at(-1).toFixed(0)} ms, walk in-process ${walkMs.at(-1).toFixed(0)} ms, over HTTP ${walkHttpMs.at(-1).toFixed(0)} ms`);
  }

  return {
    measuredAt,
    loadAtStart,
    rounds,
    perRound,
    cases: cases.map((item) => ({ name: item.name, label: item.label, samples: samples[item.name], median: median(samples[item.name]) })),
    walk: { users: WALK_USERS, rounds: walkRounds, seedMs, walkMs, walkHttpMs },
  };
}

/** The RESULTS.md section for `results`. */
export function fakeSection(results) {
  const perSecond = (value) => Math.round(value).toLocaleString('en');
  const rows = results.cases.map((item) => `| ${item.label} | ${perSecond(item.median)} | ${(1e6 / item.median).toFixed(0)} µs |`);
  const { walk } = results;
  const ms = (values) => `${median(values).toFixed(0)} ms`;
  return `${FAKE_HEADING}

Measured ${results.measuredAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, load average at start ${results.loadAtStart.map((v) => v.toFixed(2)).join(' / ')} on ${os.cpus().length} cores. \`bench/fake.mjs\`: \`clerk.users.get(id)\` against \`createFakeClerk\` seeded with 100 users, ${results.perRound} requests per round, ${results.rounds} rounds, the order rotating each round; median requests per second. The fake checks each request against the spec and builds the user's JSON each time, as for any request. The HTTP server runs in the bench's process: client and fake share one thread.

| Requests | Requests / s | Per request |
| --- | --- | --- |
${rows.join('\n')}

${walk.users.toLocaleString('en')} seeded users (median of ${walk.rounds} round${walk.rounds === 1 ? '' : 's'}): \`createFakeClerk({ seed })\` takes ${ms(walk.seedMs)}; \`for await\` over \`clerk.users.list({ orderBy: '-created_at' })\` (40 pages of 500, every user a record) takes ${ms(walk.walkMs)} in-process and ${ms(walk.walkHttpMs)} over HTTP.

- Samples (requests/s): ${results.cases.map((item) => `${item.name}: ${item.samples.map((value) => value.toFixed(0)).join(', ')}`).join('; ')}
- Walk samples (ms): seed ${walk.seedMs.map((value) => value.toFixed(0)).join(', ')}; in-process ${walk.walkMs.map((value) => value.toFixed(0)).join(', ')}; HTTP ${walk.walkHttpMs.map((value) => value.toFixed(0)).join(', ')}
`;
}

/** Puts `section` into RESULTS.md in place of the previous fake section, or at its end. */
function writeSection(section) {
  const file = path.join(benchDir, 'RESULTS.md');
  const current = readFileSync(file, 'utf8');
  const start = current.indexOf(FAKE_HEADING);
  let next = start >= 0 ? current.indexOf('\n## ', start + FAKE_HEADING.length) : -1;
  if (next < 0) next = current.length;
  const before = start >= 0 ? current.slice(0, start) : `${current.trimEnd()}\n\n`;
  writeFileSync(file, `${before}${section}${start >= 0 && next < current.length ? `\n${current.slice(next + 1)}` : ''}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await benchFake({ quick: process.argv.includes('--quick'), log: (line) => process.stdout.write(`${line}\n`) });
  const section = fakeSection(results);
  process.stdout.write(`\n${section}`);
  if (process.argv.includes('--write')) {
    writeSection(section);
    process.stdout.write('\nbench/RESULTS.md: the fake section is updated.\n');
  }
}
