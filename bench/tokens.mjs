// `node --expose-gc bench/tokens.mjs [--quick] [--write] [--json]`: token verification, clerk-fluent
// against @clerk/backend (the peer), side by side in one run. Run by `npm run bench` too.
//
//   networkless    verifyToken(token, { jwtKey }) in both
//   cached JWKS    clerk.verifyToken(token) / the peer's verifyToken(token, { secretKey, apiUrl }),
//                  the JWKS fetched once from a loopback server, then cached by each
//   hot path       how clerk-fluent checks the signature (WebCrypto, the CryptoKey imported once)
//                  against jose's compactVerify and jwtVerify with the same key: why it does so
//   fresh process  import + the first networkless verification, a new process per sample
//   memory         a million verifications in a fresh process, heap and RSS at the start and end
//
// Samples alternate the clients round by round (order rotating); figures are medians, ratios the
// median of per-round ratios. --write puts the section into bench/RESULTS.md and the README;
// --json prints the results for bench/run.mjs.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyToken as peerVerifyToken } from '@clerk/backend';
import { Clerk, verifyToken } from 'clerk-fluent';
import { base64url, compactVerify, importSPKI, jwtVerify } from 'jose';
import { makeInstance, SECRET_KEY, startJwksServer } from './tokens-fixtures.mjs';
import { writeTokenSections } from './tokens-report.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const json = process.argv.includes('--json');
const plan = quick ? { rounds: 3, batch: 1_000, memory: 100_000, cold: 6 } : { rounds: 7, batch: 3_000, memory: 1_000_000, cold: 24 };
const log = (line) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const gc = globalThis.gc ?? (() => {});

const instance = await makeInstance(100);
const { tokens } = instance;
const server = await startJwksServer(instance.jwk);

/** Verifications per second over one batch, `inFlight` at a time. */
async function rate(verify, inFlight) {
  gc();
  let next = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < plan.batch) {
        const claims = await verify(tokens[next++ % tokens.length]);
        if (typeof claims.sub !== 'string') throw new Error('a verification returned no subject');
      }
    }),
  );
  return plan.batch / ((performance.now() - start) / 1000);
}

async function compare(label, contenders, inFlight) {
  log(`\n${label}`);
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  const names = Object.keys(contenders);
  for (const name of names) await rate(contenders[name], inFlight);
  for (let round = 0; round < plan.rounds; round++) {
    const order = names.map((_, index) => names[(index + round) % names.length]);
    for (const name of order) samples[name].push(await rate(contenders[name], inFlight));
    log(`  round ${round + 1}/${plan.rounds}: ${names.map((name) => `${name} ${samples[name].at(-1).toFixed(0)}/s`).join(', ')}`);
  }
  return samples;
}

const ratio = (samples, a, b) => median(samples[a].map((value, index) => value / samples[b][index]));

const results = { date: new Date().toISOString(), node: process.version, loadAverage: os.loadavg(), cores: os.cpus().length, quick, rounds: plan.rounds, batch: plan.batch, figures: [] };
try {
  const networkless = {
    'clerk-fluent': (token) => verifyToken(token, { jwtKey: instance.pem }),
    '@clerk/backend': (token) => peerVerifyToken(token, { jwtKey: instance.pem }),
  };
  const clerk = new Clerk({ secretKey: SECRET_KEY, apiUrl: server.apiUrl });
  const peerJwksOptions = { secretKey: SECRET_KEY, apiUrl: server.apiUrl };
  const jwks = {
    'clerk-fluent': (token) => clerk.verifyToken(token),
    '@clerk/backend': (token) => peerVerifyToken(token, peerJwksOptions),
  };
  for (const [key, label, contenders, inFlight] of [
    ['networkless', 'networkless (jwtKey), one at a time', networkless, 1],
    ['networkless16', 'networkless (jwtKey), 16 in flight', networkless, 16],
    ['jwks', 'cached JWKS, one at a time', jwks, 1],
    ['jwks16', 'cached JWKS, 16 in flight', jwks, 16],
  ]) {
    const samples = await compare(label, contenders, inFlight);
    results.figures.push({ key, label, samples, ratio: ratio(samples, 'clerk-fluent', '@clerk/backend') });
  }
  results.jwksRequests = server.requests();

  // The hot path: the signature check alone, the key imported once, the payload parsed in each.
  const key = await importSPKI(instance.pem, 'RS256');
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();
  const hotPath = {
    'WebCrypto (clerk-fluent)': async (token) => {
      const second = token.lastIndexOf('.');
      const valid = await crypto.subtle.verify('RSASSA-PKCS1-v1_5', key, base64url.decode(token.slice(second + 1)), encoder.encode(token.slice(0, second)));
      if (!valid) throw new Error('invalid');
      return JSON.parse(decoder.decode(base64url.decode(token.slice(token.indexOf('.') + 1, second))));
    },
    'jose compactVerify': async (token) => JSON.parse(decoder.decode((await compactVerify(token, key, { algorithms: ['RS256'] })).payload)),
    'jose jwtVerify': async (token) => (await jwtVerify(token, key, { algorithms: ['RS256'] })).payload,
  };
  const samples = await compare('hot path: the signature check with an imported key, one at a time', hotPath, 1);
  results.hotPath = { samples, vsCompactVerify: ratio(samples, 'WebCrypto (clerk-fluent)', 'jose compactVerify'), vsJwtVerify: ratio(samples, 'WebCrypto (clerk-fluent)', 'jose jwtVerify') };
} finally {
  await server.close();
}

log(`\nfresh process: import + the first networkless verification, ${plan.cold} processes per library, alternating`);
results.cold = { samples: { 'clerk-fluent': [], '@clerk/backend': [] } };
for (let round = 0; round < plan.cold; round++) {
  const order = round % 2 ? ['@clerk/backend', 'clerk-fluent'] : ['clerk-fluent', '@clerk/backend'];
  for (const name of order) {
    const sample = spawnSync(process.execPath, [path.join(benchDir, 'tokens-cold.mjs'), name], {
      cwd: path.dirname(benchDir),
      encoding: 'utf8',
      env: { ...process.env, TOKEN: tokens[round % tokens.length], JWT_KEY: instance.pem },
    });
    if (sample.status !== 0) throw new Error(`tokens-cold ${name}: ${sample.stderr}`);
    results.cold.samples[name].push(JSON.parse(sample.stdout).ms);
  }
}
const coldDiffs = results.cold.samples['clerk-fluent'].map((ms, index) => ms - results.cold.samples['@clerk/backend'][index]);
results.cold.difference = median(coldDiffs);
log(`  clerk-fluent ${median(results.cold.samples['clerk-fluent']).toFixed(0)} ms, @clerk/backend ${median(results.cold.samples['@clerk/backend']).toFixed(0)} ms (median per-round difference ${results.cold.difference.toFixed(1)} ms)`);

log(`\nmemory: ${plan.memory.toLocaleString('en')} verifications in a fresh process`);
const child = spawnSync(process.execPath, ['--expose-gc', path.join(benchDir, 'tokens-memory.mjs'), String(plan.memory)], { cwd: path.dirname(benchDir), encoding: 'utf8' });
if (child.status !== 0) throw new Error(`tokens-memory: ${child.stderr}`);
results.memory = JSON.parse(child.stdout);
if (results.memory.verified !== plan.memory) throw new Error(`tokens-memory verified ${results.memory.verified} of ${plan.memory}`);
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
log(`  start: heap ${mb(results.memory.start.heapKb)}, RSS ${mb(results.memory.start.rssKb)}; end: heap ${mb(results.memory.end.heapKb)}, RSS ${mb(results.memory.end.rssKb)} (${(results.memory.ms / 1000).toFixed(0)} s)`);

for (const figure of results.figures) {
  log(`${figure.label}: clerk-fluent ${median(figure.samples['clerk-fluent']).toFixed(0)}/s, @clerk/backend ${median(figure.samples['@clerk/backend']).toFixed(0)}/s, ${figure.ratio.toFixed(2)}x`);
}
if (json) process.stdout.write(JSON.stringify(results));
if (process.argv.includes('--write')) {
  writeTokenSections(results);
  log('\nWrote the token section of bench/RESULTS.md and the README.');
}
