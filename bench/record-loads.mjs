// `node --import ./bench/record-loads.mjs app.js` with RECORD_LOADS=<file>: appends the URL of every
// file module the app loads to <file>, one a line. The bundle figure runs the bundled app with it,
// to count the chunks a run really loads (a chunk behind an `import()` that never runs is shipped
// but not loaded).
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) register(import.meta.url);

export async function load(url, context, nextLoad) {
  if (url.startsWith('file:')) appendFileSync(process.env.RECORD_LOADS, `${url}\n`);
  return nextLoad(url, context);
}
