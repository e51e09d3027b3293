// One cold sample, in a fresh process: `node bench/cold-child.mjs <raw|ky|peer|fluent> <first|walk> <apiUrl> [fluent entry]`
// prints the milliseconds from just before the client's import to:
//   first  the first answer of `list({ limit: 1 })` (the peer: `getUserList({ limit: 1 })`; raw: one
//          `fetch` + `JSON.parse`; ky: ky's import, then one call as clerk-fluent makes it +
//          `JSON.parse`), awaited;
//   walk   the end of a walk over every user, pages of 500 (each client as in bench/clients.mjs).
// The import is part of the figure: it is what a serverless function or an edge worker pays on
// every cold start. [fluent entry] points at another build's index.js (bench/compare-builds.mjs).
import { pathToFileURL } from 'node:url';

const [name, task, apiUrl, fluentEntry] = process.argv.slice(2);
const SECRET_KEY = 'sk_test_bench_loopback_000000000000000000';
const API_VERSION = '2026-05-12';
const PAGE = 500;

/** A cursor walk over every user (`starting_after`), each page fetched and parsed by `getJson(path)`: raw's and ky's. */
async function walkByCursor(getJson) {
  let count = 0;
  for (let after; ; ) {
    const page = await getJson(`users?limit=${PAGE}${after ? `&starting_after=${after}` : ''}`);
    for (const user of page) count += user.id.length > 0 ? 1 : 0;
    if (page.length < PAGE) return count;
    after = page[page.length - 1].id;
  }
}

const clients = {
  async raw() {
    const headers = { authorization: `Bearer ${SECRET_KEY}`, 'clerk-api-version': API_VERSION, accept: 'application/json' };
    const getJson = async (path) => {
      const response = await fetch(`${apiUrl}/v1/${path}`, { headers });
      const text = await response.text();
      if (!response.ok) throw new Error(`raw: ${response.status} ${text.slice(0, 200)}`);
      return JSON.parse(text);
    };
    return {
      first: async () => (await getJson('users?limit=1'))[0].id,
      walk: () => walkByCursor(getJson),
    };
  },
  /** ky alone, imported from its package: what of a cold figure the mandated transport costs. */
  async ky() {
    const { default: ky } = await import('ky');
    const headers = { authorization: `Bearer ${SECRET_KEY}`, 'clerk-api-version': API_VERSION, accept: 'application/json' };
    const getJson = async (path) => JSON.parse(await (await ky(`${apiUrl}/v1/${path}`, { headers, retry: { limit: 2 }, timeout: 30_000 })).text());
    return {
      first: async () => (await getJson('users?limit=1'))[0].id,
      walk: () => walkByCursor(getJson),
    };
  },
  async peer() {
    const { createClerkClient } = await import('@clerk/backend');
    const clerk = createClerkClient({ secretKey: SECRET_KEY, apiUrl });
    return {
      first: async () => (await clerk.users.getUserList({ limit: 1 })).data[0].id,
      async walk() {
        let count = 0;
        for (let offset = 0; ; offset += PAGE) {
          const { data, totalCount } = await clerk.users.getUserList({ limit: PAGE, offset });
          for (const user of data) count += user.id.length > 0 ? 1 : 0;
          if (data.length < PAGE || offset + data.length >= totalCount) return count;
        }
      },
    };
  },
  async fluent() {
    const { Clerk } = await import(fluentEntry ? pathToFileURL(fluentEntry).href : 'clerk-fluent');
    const clerk = new Clerk({ secretKey: SECRET_KEY, apiUrl });
    return {
      first: async () => (await clerk.users.list({ limit: 1 })).data[0].id,
      async walk() {
        let count = 0;
        for await (const user of clerk.users.list()) count += user.id.length > 0 ? 1 : 0;
        return count;
      },
    };
  },
};

const start = performance.now();
const client = await clients[name]();
const result = await client[task]();
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ ms, result }));
