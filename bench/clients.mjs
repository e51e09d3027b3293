// The three clients, each doing each task the way its users would write it. Every loop reads
// every item's `id`, so no client's work can be skipped.
//
//   raw     fetch + JSON.parse, snake_case objects as received: the limit.
//   peer    @clerk/backend: getUserList({ limit, offset }) by hand (it has no iterator), which also
//           asks GET /users/count for every page (that is how it returns `totalCount`).
//   fluent  clerk-fluent, imported by its package name like an application would.

import { createClerkClient } from '@clerk/backend';
import { Clerk, SPEC_VERSION } from 'clerk-fluent';
import ky from 'ky';

export const SECRET_KEY = 'sk_test_bench_loopback_000000000000000000';
const API_VERSION = SPEC_VERSION;
const PAGE = 500;

function touch(state, item) {
  state.count++;
  state.idChars += item.id.length;
}

/** A cursor walk over every user (`starting_after`), each page fetched and parsed by `getJson(path)`. */
async function walkUsersByCursor(getJson) {
  const state = { count: 0, idChars: 0 };
  let after;
  for (;;) {
    const page = await getJson(`users?limit=${PAGE}${after ? `&starting_after=${after}` : ''}`);
    for (const user of page) touch(state, user);
    if (page.length < PAGE) return state;
    after = page[page.length - 1].id;
  }
}

export function rawClient(apiUrl) {
  const headers = { authorization: `Bearer ${SECRET_KEY}`, 'clerk-api-version': API_VERSION, accept: 'application/json' };
  const getJson = async (path) => {
    const response = await fetch(`${apiUrl}/v1/${path}`, { headers });
    const text = await response.text();
    if (!response.ok) throw new Error(`raw: ${response.status} ${text.slice(0, 200)}`);
    return JSON.parse(text);
  };
  return {
    name: 'raw',
    /** Cursor walk, as the API recommends for GET /users. */
    walkUsers: () => walkUsersByCursor(getJson),
    /** Offset walk of an enveloped list with `concurrency` pages in flight, results in order. */
    async walkOrganizations(concurrency) {
      const state = { count: 0, idChars: 0 };
      const first = await getJson(`organizations?limit=${PAGE}&offset=0`);
      for (const org of first.data) touch(state, org);
      const total = first.total_count;
      let next = first.data.length;
      const inFlight = [];
      const schedule = () => {
        while (inFlight.length < concurrency && next < total) {
          inFlight.push(getJson(`organizations?limit=${PAGE}&offset=${next}`));
          next += PAGE;
        }
      };
      schedule();
      while (inFlight.length > 0) {
        const page = await inFlight.shift();
        for (const org of page.data) touch(state, org);
        schedule();
      }
      return state;
    },
    async getUsers(ids) {
      const state = { count: 0, idChars: 0 };
      for (const id of ids) touch(state, await getJson(`users/${id}`));
      return state;
    },
  };
}

export function peerClient(apiUrl) {
  const clerk = createClerkClient({ secretKey: SECRET_KEY, apiUrl });
  return {
    name: 'peer',
    async walkUsers() {
      const state = { count: 0, idChars: 0 };
      for (let offset = 0; ; offset += PAGE) {
        const { data, totalCount } = await clerk.users.getUserList({ limit: PAGE, offset });
        for (const user of data) touch(state, user);
        if (data.length < PAGE || offset + data.length >= totalCount) return state;
      }
    },
    /** The peer has no read-ahead: its users loop page after page. */
    async walkOrganizations() {
      const state = { count: 0, idChars: 0 };
      for (let offset = 0; ; offset += PAGE) {
        const { data, totalCount } = await clerk.organizations.getOrganizationList({ limit: PAGE, offset });
        for (const org of data) touch(state, org);
        if (data.length < PAGE || offset + data.length >= totalCount) return state;
      }
    },
    async getUsers(ids) {
      const state = { count: 0, idChars: 0 };
      for (const id of ids) touch(state, await clerk.users.getUser(id));
      return state;
    },
  };
}

export function fluentClient(apiUrl) {
  const clerk = new Clerk({ secretKey: SECRET_KEY, apiUrl });
  return {
    name: 'fluent',
    async walkUsers() {
      const state = { count: 0, idChars: 0 };
      for await (const user of clerk.users.list()) touch(state, user);
      return state;
    },
    async walkOrganizations(concurrency) {
      const state = { count: 0, idChars: 0 };
      for await (const org of clerk.organizations.list({}, { concurrency })) touch(state, org);
      return state;
    },
    async getUsers(ids) {
      const state = { count: 0, idChars: 0 };
      for (const id of ids) touch(state, await clerk.users(id).get());
      return state;
    },
  };
}

/**
 * ky alone (the get and users-walk figures): the transport clerk-fluent is built on, called the way
 * clerk-fluent calls it (ky's retries, a per-attempt timeout, HTTP errors thrown), + `JSON.parse`,
 * and nothing else. It shows what of clerk-fluent's time is ky's, and so what of a goal set against
 * raw `fetch` the mandated transport spends before clerk-fluent does anything.
 */
export function kyClient(apiUrl) {
  const headers = { authorization: `Bearer ${SECRET_KEY}`, 'clerk-api-version': API_VERSION, accept: 'application/json' };
  const getJson = async (path) => JSON.parse(await (await ky(`${apiUrl}/v1/${path}`, { headers, retry: { limit: 2 }, timeout: 30_000 })).text());
  return {
    name: 'ky',
    /** The same cursor walk as raw's. */
    walkUsers: () => walkUsersByCursor(getJson),
    async getUsers(ids) {
      const state = { count: 0, idChars: 0 };
      for (const id of ids) touch(state, await getJson(`users/${id}`));
      return state;
    },
  };
}

export const makeClient = { raw: rawClient, peer: peerClient, fluent: fluentClient, ky: kyClient };
