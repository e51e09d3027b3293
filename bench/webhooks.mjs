// Webhook verifications per second: clerk-fluent's `verifyWebhook` against the peer's
// (`@clerk/backend/webhooks`, which runs the `standardwebhooks` package), side by side in one run;
// and the HMAC implementations that choice was made between.
//
//   node bench/webhooks.mjs [--quick] [--write]   alone: prints the section; --write puts it into
//                                                 bench/RESULTS.md in place of the previous one
//   npm run bench                                 runs it as part of the whole bench
//
// Both verifiers get the same delivery: a `user.created` event carrying a full user (bench/data.mjs),
// signed now with one secret. Every verification gets a fresh `Request` (a body can be read once),
// built before the timed loop. Rounds alternate the order; figures are medians, ratios the median of
// per-round ratios.

import { createHmac } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeUser } from './data.mjs';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
export const WEBHOOKS_HEADING = '## Webhook verification';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Runs the webhook figures; `log` sees progress lines. */
export async function benchWebhooks({ quick = false, log = () => {} } = {}) {
  const { verifyWebhook } = await import('clerk-fluent');
  const { signWebhook } = await import('clerk-fluent/testing');
  const { verifyWebhook: peerVerifyWebhook } = await import('@clerk/backend/webhooks');
  const { Webhook } = require('standardwebhooks');
  const { version: peerVersion } = require('@clerk/backend/package.json');

  const loadAtStart = os.loadavg();
  const measuredAt = new Date();
  const rounds = quick ? 3 : 9;
  const perRound = quick ? 1000 : 3000;
  const payload = { type: 'user.created', object: 'event', timestamp: Date.now(), instance_id: 'ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S', data: makeUser(1) };
  const options = { signingSecret: SECRET };
  const signed = await signWebhook(payload, options);
  const bytes = Buffer.byteLength(signed.body);
  const requests = () => Array.from({ length: perRound }, () => new Request('http://localhost/webhooks', { method: 'POST', body: signed.body, headers: signed.headers }));
  const standardHeaders = Object.fromEntries(Object.entries(signed.headers).map(([name, value]) => [name.replace(/^svix-/, 'webhook-'), value]));
  const reference = new Webhook(SECRET);

  // Each verifier: what a caller does per delivery; `prepare` builds the inputs outside the timing.
  const verifiers = [
    { name: 'fluent', label: 'clerk-fluent `verifyWebhook(request)`', prepare: requests, run: (request) => verifyWebhook(request, undefined, options) },
    { name: 'peer', label: `\`@clerk/backend\` ${peerVersion} \`verifyWebhook(request)\``, prepare: requests, run: (request) => peerVerifyWebhook(request, options) },
    { name: 'fluentRaw', label: 'clerk-fluent `verifyWebhook(body, headers)` (Express, raw body)', prepare: () => null, run: () => verifyWebhook(signed.body, signed.headers, options) },
    { name: 'standard', label: '`standardwebhooks` `new Webhook(secret).verify(body, headers)`', prepare: () => null, run: () => reference.verify(signed.body, standardHeaders) },
  ];
  for (const verifier of verifiers) {
    const event = await verifier.run((verifier.prepare() ?? [])[0]);
    if (event.type !== 'user.created') throw new Error(`${verifier.name} verified to ${JSON.stringify(event).slice(0, 80)}`);
  }

  log(`\nwebhook verifications: ${rounds} rounds of ${perRound} each, ${bytes} bytes of body`);
  const samples = Object.fromEntries(verifiers.map((verifier) => [verifier.name, []]));
  const timeRound = async (verifier) => {
    const inputs = verifier.prepare();
    globalThis.gc?.();
    const start = performance.now();
    for (let index = 0; index < perRound; index++) await verifier.run(inputs?.[index]);
    return perRound / ((performance.now() - start) / 1000);
  };
  for (const verifier of verifiers) await timeRound(verifier); // warm-up
  for (let round = 0; round < rounds; round++) {
    const order = verifiers.map((_, index) => verifiers[(index + round) % verifiers.length]);
    for (const verifier of order) samples[verifier.name].push(await timeRound(verifier));
    log(`  round ${round + 1}/${rounds}: ${verifiers.map((v) => `${v.name} ${samples[v.name].at(-1).toFixed(0)}/s`).join(', ')}`);
  }

  // The HMAC alone, per implementation, over the same signed content.
  const content = `${signed.headers['svix-id']}.${signed.headers['svix-timestamp']}.${signed.body}`;
  const key = Buffer.from(SECRET.slice('whsec_'.length), 'base64');
  const cryptoKey = await crypto.subtle.importKey('raw', key, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const encoder = new TextEncoder();
  const at = new Date(Number(signed.headers['svix-timestamp']) * 1000);
  const hmacs = [
    { name: 'node:crypto `createHmac`', run: () => createHmac('sha256', key).update(content).digest('base64') },
    { name: 'WebCrypto `subtle.sign` (key imported once)', run: async () => Buffer.from(await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(content))).toString('base64') },
    { name: "`standardwebhooks`' pure-JS SHA-256 (`Webhook.sign`)", run: () => reference.sign(signed.headers['svix-id'], at, signed.body).slice(3) },
  ];
  const expected = hmacs[0].run();
  for (const hmac of hmacs) if ((await hmac.run()) !== expected) throw new Error(`${hmac.name} computes another HMAC`);
  const hmacSamples = hmacs.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [index, hmac] of hmacs.entries()) {
      const start = performance.now();
      for (let i = 0; i < perRound; i++) await hmac.run();
      hmacSamples[index].push(((performance.now() - start) * 1000) / perRound);
    }
  }
  log(`  HMAC alone: ${hmacs.map((hmac, index) => `${hmac.name} ${median(hmacSamples[index]).toFixed(1)} µs`).join(', ')}`);

  return {
    measuredAt,
    loadAtStart,
    rounds,
    perRound,
    bytes,
    verifiers: verifiers.map((verifier) => ({ name: verifier.name, label: verifier.label, samples: samples[verifier.name], median: median(samples[verifier.name]) })),
    fluentVsPeer: median(samples.fluent.map((value, index) => value / samples.peer[index])),
    hmacs: hmacs.map((hmac, index) => ({ name: hmac.name, microseconds: median(hmacSamples[index]) })),
  };
}

/** The RESULTS.md section for `results`. */
export function webhookSection(results) {
  const perSecond = (value) => Math.round(value).toLocaleString('en');
  const rows = results.verifiers.map((verifier) => `| ${verifier.label} | ${perSecond(verifier.median)} | ${(1e6 / verifier.median).toFixed(0)} µs |`);
  return `${WEBHOOKS_HEADING}

Measured ${results.measuredAt.toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, load average at start ${results.loadAtStart.map((v) => v.toFixed(2)).join(' / ')} on ${os.cpus().length} cores. \`bench/webhooks.mjs\`: one \`user.created\` delivery (a full user, ${results.bytes} bytes of body) signed by \`signWebhook\` and verified ${results.perRound} times in a row per round, ${results.rounds} rounds, the order rotating each round; median verifications per second (a verification includes reading the body, checking the timestamp, the HMAC, \`JSON.parse\` and building the event). Each \`Request\` is built before the timed loop.

| Verifier | Verifications / s | Per verification |
| --- | --- | --- |
${rows.join('\n')}

clerk-fluent verifies a \`Request\` **${results.fluentVsPeer.toFixed(2)}x** as many times per second as the peer (median of per-round ratios).

Why node:crypto first: the HMAC alone over the same content, µs per call, one call at a time: ${results.hmacs.map((hmac) => `${hmac.name} ${hmac.microseconds.toFixed(1)}`).join('; ')}. WebCrypto's \`subtle.sign\` hands every call to another thread and back, which costs more than hashing a webhook-sized body; so \`createHmac\` is used where the runtime offers node:crypto without an import (\`process.getBuiltinModule\`: Node 20.16+, Bun, Deno), and WebCrypto elsewhere (\`src/webhooks/signature.ts\`).

- Samples (verifications/s): ${results.verifiers.map((verifier) => `${verifier.name}: ${verifier.samples.map((value) => value.toFixed(0)).join(', ')}`).join('; ')}
`;
}

/** Puts `section` into RESULTS.md in place of the previous webhook section, or at its end. */
function writeSection(section) {
  const file = path.join(benchDir, 'RESULTS.md');
  const current = readFileSync(file, 'utf8');
  const start = current.indexOf(WEBHOOKS_HEADING);
  let next = start >= 0 ? current.indexOf('\n## ', start + WEBHOOKS_HEADING.length) : -1;
  if (next < 0) next = current.length;
  const before = start >= 0 ? current.slice(0, start) : `${current.trimEnd()}\n\n`;
  writeFileSync(file, `${before}${section}${start >= 0 && next < current.length ? `\n${current.slice(next + 1)}` : ''}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const results = await benchWebhooks({ quick: process.argv.includes('--quick'), log: (line) => process.stdout.write(`${line}\n`) });
  const section = webhookSection(results);
  process.stdout.write(`\n${section}`);
  if (process.argv.includes('--write')) {
    writeSection(section);
    process.stdout.write('\nbench/RESULTS.md: the webhook section is updated.\n');
  }
}
