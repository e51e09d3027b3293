// Memory over many verifications, in a fresh process: `node --expose-gc bench/tokens-memory.mjs <count>`
// verifies <count> session tokens networkless (16 in flight) with clerk-fluent and prints heap and
// RSS after a warm-up, halfway and at the end, each after a full collection.
import { verifyToken } from 'clerk-fluent';
import { makeInstance } from './tokens-fixtures.mjs';

const count = Number(process.argv[2] ?? 1_000_000);
const inFlight = 16;
const { pem, tokens } = await makeInstance(100);
const options = { jwtKey: pem };

async function verifyMany(n) {
  let next = 0;
  let verified = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < n) {
        const claims = await verifyToken(tokens[next++ % tokens.length], options);
        if (claims.sub) verified++;
      }
    }),
  );
  return verified;
}

function sample() {
  globalThis.gc?.();
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rssKb: Math.round(rss / 1024), heapKb: Math.round(heapUsed / 1024) };
}

await verifyMany(20_000);
const start = sample();
const started = performance.now();
let verified = await verifyMany(count / 2);
const mid = sample();
verified += await verifyMany(count / 2);
const end = sample();
const ms = performance.now() - started;
process.stdout.write(JSON.stringify({ count, verified, ms, start, mid, end, maxRssKb: process.resourceUsage().maxRSS }));
