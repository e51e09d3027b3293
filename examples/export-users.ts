/**
 * Export every user as NDJSON (one JSON object per line) on stdout, with progress on stderr.
 *
 * Read-only.
 * Run: npm run build, then CLERK_SECRET_KEY=sk_test_… npx tsx examples/export-users.ts > users.ndjson
 */
import { once } from 'node:events';
import { Clerk } from 'clerk-fluent';

const clerk = new Clerk();

const total = await clerk.users.count();
const started = Date.now();
// On a terminal, one progress line rewritten in place; in a log or a pipe, a line per page.
const tty = process.stderr.isTTY;
let exported = 0;

// Pages of up to 500 users (the API's largest), walked with the `starting_after` cursor: memory
// stays at about one page however many users there are.
for await (const page of clerk.users.list({ orderBy: '-created_at' }).pages()) {
  for (const user of page.data) {
    // A record serialises to its data alone: camelCase fields, no client internals, no secret key.
    if (!process.stdout.write(`${JSON.stringify(user)}\n`)) await once(process.stdout, 'drain');
  }
  exported += page.data.length;
  process.stderr.write(`${tty ? '\r' : ''}exported ${exported} of ${total} users${tty ? '' : '\n'}`);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
process.stderr.write(`${tty ? '\n' : ''}done: ${exported} users in ${seconds} s\n`);
