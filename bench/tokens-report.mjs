// The token benchmark's results as Markdown: the "Verifying tokens" section of bench/RESULTS.md
// and the figures in the README's "Authenticating requests" section, each between its markers.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);
const GOAL = 1.5;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const perSecond = (samples) => `${Math.round(median(samples)).toLocaleString('en')}/s`;
const mb = (kb) => `${(kb / 1024).toFixed(1)} MB`;
const x = (value) => `${value.toFixed(2)}x`;

function figureRows(results) {
  return results.figures.map((figure) => {
    const pass = figure.ratio >= GOAL;
    return `| Verify a session token, ${figure.label} | ${perSecond(figure.samples['clerk-fluent'])} | ${perSecond(figure.samples['@clerk/backend'])} | ${x(figure.ratio)} the peer's rate | >= ${GOAL}x the peer | ${pass ? '**pass**' : '**miss**'} |`;
  });
}

const ms = (samples) => `${median(samples).toFixed(0)} ms`;

/** Import + the first verification in a fresh process: at most the peer's time (median per-round difference). */
function coldRow(results) {
  const { samples, difference } = results.cold;
  const pass = difference <= 0;
  return `| Import + first verification (networkless), fresh process | ${ms(samples['clerk-fluent'])} | ${ms(samples['@clerk/backend'])} | ${difference <= 0 ? `${(-difference).toFixed(1)} ms sooner than` : `${difference.toFixed(1)} ms later than`} the peer (median per-process difference) | <= the peer's | ${pass ? '**pass**' : '**miss**'} |`;
}

/**
 * Flat means nothing kept per verification: the heap ends where it started, and the RSS, which
 * grows while the allocator and the crypto thread pool reach their working size, stops growing
 * (judged from halfway to the end, as the walk's RSS figure is judged from 50k to 100k).
 */
function memoryRow(results) {
  const { count, start, mid, end } = results.memory;
  const heapGrowth = end.heapKb / start.heapKb;
  const rssGrowth = end.rssKb / mid.rssKb;
  const pass = heapGrowth <= 1.1 && rssGrowth <= 1.1;
  return `| Memory over ${count.toLocaleString('en')} verifications (fresh process, after a full collection) | heap ${mb(start.heapKb)} → ${mb(end.heapKb)}; RSS ${mb(start.rssKb)} → ${mb(mid.rssKb)} halfway → ${mb(end.rssKb)} | — | heap ${x(heapGrowth)} start to end; RSS ${x(rssGrowth)} halfway to end | flat (<= 1.10x each) | ${pass ? '**pass**' : '**miss**'} |`;
}

/** The section of bench/RESULTS.md, markers included. */
export function tokenSection(results) {
  const { samples, vsCompactVerify, vsJwtVerify } = results.hotPath;
  const { count, start, mid, end, ms, maxRssKb } = results.memory;
  const list = (figureSamples) =>
    Object.entries(figureSamples)
      .map(([name, values]) => `${name}: ${values.map((value) => value.toFixed(0)).join(', ')}`)
      .join('; ');
  return `<!-- tokens:start -->
## Verifying tokens

Measured by \`node --expose-gc bench/tokens.mjs${results.quick ? ' --quick' : ''}\` (also run by \`npm run bench\`) on ${results.date.slice(0, 16).replace('T', ' ')} UTC, Node ${results.node}: clerk-fluent from \`dist/\` against \`@clerk/backend\` 3.25.0, the same 100 version-2 session tokens (RS256, 2048-bit key) in both.${results.loadAverage ? ` ${results.cores} cores, load average at start ${results.loadAverage.map((value) => value.toFixed(2)).join(' / ')}: on a shared machine single samples spread widely (see the samples); compare the ratios.` : ''}

| Figure | clerk-fluent | \`@clerk/backend\` | Measured | Goal | Result |
| --- | --- | --- | --- | --- | --- |
${[...figureRows(results), coldRow(results), memoryRow(results)].join('\n')}

- **How**: a sample is ${results.batch.toLocaleString('en')} verifications, one at a time or 16 in flight, as verifications per second; ${results.rounds} rounds after a warm-up, the order of the two rotating each round, \`gc()\` before each sample. Figures are medians; a ratio is the median of the per-round ratios. Networkless: \`verifyToken(token, { jwtKey })\` in both. Cached JWKS: \`clerk.verifyToken(token)\` against the peer's \`verifyToken(token, { secretKey, apiUrl })\`, the JWKS served by a loopback server: ${results.jwksRequests} JWKS request${results.jwksRequests === 1 ? '' : 's'} in the whole run (one per library: both cache it).
- **Why clerk-fluent is faster**: it imports the public key once and keeps the \`CryptoKey\` (per PEM text, and per \`kid\` in the JWKS cache); the peer imports the key again on every verification. The signature check itself is one WebCrypto call in both.
- **The hot path**: with the same imported key, checking the signature with WebCrypto directly (what clerk-fluent does, after jose imported the key) ran ${x(vsCompactVerify)} the rate of jose's \`compactVerify\` and ${x(vsJwtVerify)} that of \`jwtVerify\` (medians: ${Object.entries(samples).map(([name, values]) => `${name} ${perSecond(values)}`).join(', ')}). jose stays the library for importing keys (PEM and JWK) and decoding base64url; the claims are checked by clerk-fluent itself, which needs its own reasons and millisecond skew anyway.
- **Fresh process**: \`bench/tokens-cold.mjs\` runs one library in a new \`node\` process and times from just before its \`import\` to the claims of \`verifyToken(token, { jwtKey })\`; ${results.cold.samples['clerk-fluent'].length} processes per library, alternating. clerk-fluent loads its verifier and jose (bundled into one chunk of its build) on that first call.
- **Memory**: \`bench/tokens-memory.mjs\` verifies ${count.toLocaleString('en')} tokens networkless, 16 in flight, in a fresh process, in ${(ms / 1000).toFixed(0)} s; after a full collection: start heap ${mb(start.heapKb)} / RSS ${mb(start.rssKb)}, halfway ${mb(mid.heapKb)} / ${mb(mid.rssKb)}, end ${mb(end.heapKb)} / ${mb(end.rssKb)}; peak RSS ${mb(maxRssKb)}.
- **Samples (verifications/s)**: ${results.figures.map((figure) => `${figure.label}: ${list(figure.samples)}`).join('. ')}. Hot path: ${list(samples)}. Fresh process (ms): ${list(results.cold.samples)}.
<!-- tokens:end -->`;
}

/** The README's figures, between its markers. */
export function readmeBlock(results) {
  const rows = results.figures.map(
    (figure) => `| ${figure.label} | ${perSecond(figure.samples['clerk-fluent'])} | ${perSecond(figure.samples['@clerk/backend'])} | ${x(figure.ratio)} |`,
  );
  rows.push(`| Import + first verification, fresh process | ${ms(results.cold.samples['clerk-fluent'])} | ${ms(results.cold.samples['@clerk/backend'])} | ${(median(results.cold.samples['clerk-fluent']) / median(results.cold.samples['@clerk/backend'])).toFixed(2)}x the time |`);
  const { count, start, end } = results.memory;
  return [
    '',
    `Verifying a session token (verifications per second; a fresh process's import and first verification in ms), measured side by side by \`bench/tokens.mjs\` (${results.date.slice(0, 10)}, Node ${results.node}; method and samples in [bench/RESULTS.md](bench/RESULTS.md#verifying-tokens)):`,
    '',
    '| | clerk-fluent | `@clerk/backend` | Ratio |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
    `Memory over ${count.toLocaleString('en')} verifications in one process: the heap went from ${mb(start.heapKb)} to ${mb(end.heapKb)}; the RSS from ${mb(start.rssKb)} to ${mb(results.memory.mid.rssKb)} in the first half (the allocator and the crypto thread pool reaching their working size) and ${mb(end.rssKb)} at the end.`,
    '',
  ].join('\n');
}

function replaceBetween(text, start, end, block) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) return undefined;
  return text.slice(0, from + start.length) + block + text.slice(to);
}

/** Writes both; a RESULTS.md without the section gets it at the end. */
export function writeTokenSections(results) {
  const resultsPath = path.join(benchDir, 'RESULTS.md');
  const current = readFileSync(resultsPath, 'utf8');
  const section = tokenSection(results);
  const start = current.indexOf('<!-- tokens:start -->');
  const end = current.indexOf('<!-- tokens:end -->');
  const next = start >= 0 && end > start ? current.slice(0, start) + section + current.slice(end + '<!-- tokens:end -->'.length) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(resultsPath, next);
  const readmePath = path.join(root, 'README.md');
  const readme = replaceBetween(readFileSync(readmePath, 'utf8'), '<!-- bench-tokens:start -->', '<!-- bench-tokens:end -->', readmeBlock(results));
  if (readme !== undefined) writeFileSync(readmePath, readme);
}
