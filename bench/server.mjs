// A loopback stand-in for Clerk's Backend API, run as its own process (`fork`) so that serving
// never shares the event loop or CPU time of the client being measured.
//
// The URL carries the scenario, so every client can be pointed at it with its plain `apiUrl`:
//   http://127.0.0.1:PORT/u20000/o20000/lat50/v1/users?limit=500&starting_after=…
//     u<N>    the instance has N users (default 20000)
//     o<N>    the instance has N organizations (default 20000)
//     lat<ms> every answer is delayed by ms milliseconds (default 0)
//
// Routes, as the 2026-05-12 spec describes them:
//   GET /v1/users                 bare array; limit (1–500, default 10), offset, starting_after
//                                 (only under ±created_at ordering), order_by (default -created_at)
//   GET /v1/users/count           { object: 'total_count', total_count }
//   GET /v1/users/{user_id}       one User, or a Clerk 404
//   GET /v1/organizations         { data, total_count }; limit, offset, order_by
//
// Answers are serialised once and cached as bytes (pages and single users), so a page costs the
// server the same for every client that asks for it, however the client names it: the cache key
// is the slice of the ordered list (first index, count), not the query string.

import { createServer } from 'node:http';
import { makeOrganization, makeUser, userIndex, firstName } from './data.mjs';

const CACHE_LIMIT_BYTES = 384 * 1024 * 1024;
const pageCache = new Map();
let cachedBytes = 0;
const userCache = new Map();
const orderCache = new Map();

function remember(key, buffer) {
  pageCache.set(key, buffer);
  cachedBytes += buffer.length;
  while (cachedBytes > CACHE_LIMIT_BYTES) {
    const [oldest, value] = pageCache.entries().next().value;
    pageCache.delete(oldest);
    cachedBytes -= value.length;
  }
  return buffer;
}

const USER_ORDERINGS = new Set(['created_at', 'first_name', 'last_name', 'username']);

/** The user index at position `p` of the list of `n` users in `orderBy` order. */
function userOrder(orderBy, n) {
  const descending = orderBy.startsWith('-');
  const field = orderBy.replace(/^[+-]/, '');
  if (!USER_ORDERINGS.has(field)) return undefined;
  if (field === 'created_at') return descending ? (p) => p : (p) => n - 1 - p;
  const key = `${orderBy}|${n}`;
  let order = orderCache.get(key);
  if (!order) {
    const value = (i) => (field === 'first_name' ? firstName(i) : String(makeUser(i)[field]));
    const values = Array.from({ length: n }, (_, i) => value(i));
    order = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] < values[b] ? -1 : values[a] > values[b] ? 1 : a - b));
    if (descending) order.reverse();
    orderCache.set(key, order);
  }
  return (p) => order[p];
}

function clerkError(status, code, message) {
  return {
    status,
    body: Buffer.from(JSON.stringify({ errors: [{ code, message, long_message: message, meta: {} }], clerk_trace_id: 'bench' })),
  };
}

function intParam(query, name, fallback, min, max) {
  const raw = query.get(name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) return NaN;
  return value;
}

function listUsers(config, query) {
  const n = config.users;
  const limit = intParam(query, 'limit', 10, 1, 500);
  const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  if (Number.isNaN(limit) || Number.isNaN(offset)) return clerkError(422, 'form_param_value_invalid', 'limit or offset is invalid');
  const orderBy = query.get('order_by') ?? '-created_at';
  const at = userOrder(orderBy, n);
  if (!at) return clerkError(422, 'form_param_value_invalid', `order_by ${orderBy} is not supported`);
  let start = offset;
  const after = query.get('starting_after');
  if (after !== null) {
    if (!/^[+-]?created_at$/.test(orderBy)) return clerkError(422, 'form_param_value_invalid', 'starting_after requires created_at ordering');
    const index = userIndex(after);
    if (index < 0 || index >= n) return clerkError(422, 'form_param_value_invalid', 'starting_after is not a user of this instance');
    const position = orderBy === '-created_at' ? index : n - 1 - index;
    start = position + 1;
  }
  const end = Math.min(n, start + limit);
  const key = `users|${n}|${orderBy.replace(/^\+/, '')}|${start}|${end}`;
  let body = pageCache.get(key);
  if (!body) {
    const parts = [];
    for (let p = start; p < end; p++) parts.push(userJson(at(p)));
    body = remember(key, Buffer.from(`[${parts.join(',')}]`));
  }
  return { status: 200, body };
}

function userJson(i) {
  return JSON.stringify(makeUser(i));
}

function getUser(config, id) {
  const index = userIndex(id);
  if (index < 0 || index >= config.users) return clerkError(404, 'resource_not_found', 'not found');
  let body = userCache.get(index);
  if (!body) {
    body = Buffer.from(userJson(index));
    if (userCache.size < 50_000) userCache.set(index, body);
  }
  return { status: 200, body };
}

function listOrganizations(config, query) {
  const n = config.orgs;
  const limit = intParam(query, 'limit', 10, 1, 500);
  const offset = intParam(query, 'offset', 0, 0, Number.MAX_SAFE_INTEGER);
  if (Number.isNaN(limit) || Number.isNaN(offset)) return clerkError(422, 'form_param_value_invalid', 'limit or offset is invalid');
  const orderBy = query.get('order_by') ?? '-created_at';
  if (!/^[+-]?created_at$/.test(orderBy)) return clerkError(422, 'form_param_value_invalid', `order_by ${orderBy} is not supported`);
  const ascending = orderBy !== '-created_at';
  const start = Math.min(n, offset);
  const end = Math.min(n, start + limit);
  const key = `orgs|${n}|${ascending}|${start}|${end}`;
  let body = pageCache.get(key);
  if (!body) {
    const parts = [];
    for (let p = start; p < end; p++) parts.push(JSON.stringify(makeOrganization(ascending ? n - 1 - p : p)));
    body = remember(key, Buffer.from(`{"data":[${parts.join(',')}],"total_count":${n}}`));
  }
  return { status: 200, body };
}

function route(method, url) {
  const segments = url.pathname.split('/').filter(Boolean);
  const v1 = segments.indexOf('v1');
  if (v1 < 0) return clerkError(404, 'resource_not_found', 'not found');
  const config = { users: 20_000, orgs: 20_000, latency: 0 };
  for (const segment of segments.slice(0, v1)) {
    const match = /^(u|o|lat)(\d+)$/.exec(segment);
    if (!match) continue;
    const value = Number(match[2]);
    if (match[1] === 'u') config.users = value;
    else if (match[1] === 'o') config.orgs = value;
    else config.latency = value;
  }
  const path = segments.slice(v1 + 1);
  let answer;
  if (method !== 'GET') answer = clerkError(405, 'method_not_allowed', 'only GET is served');
  else if (path.length === 1 && path[0] === 'users') answer = listUsers(config, url.searchParams);
  else if (path.length === 2 && path[0] === 'users' && path[1] === 'count') {
    answer = { status: 200, body: Buffer.from(JSON.stringify({ object: 'total_count', total_count: config.users })) };
  } else if (path.length === 2 && path[0] === 'users') answer = getUser(config, decodeURIComponent(path[1]));
  else if (path.length === 1 && path[0] === 'organizations') answer = listOrganizations(config, url.searchParams);
  else answer = clerkError(404, 'resource_not_found', 'not found');
  return { ...answer, latency: config.latency };
}

let requests = 0;
const server = createServer((req, res) => {
  requests++;
  const url = new URL(req.url, 'http://loopback');
  const { status, body, latency } = route(req.method, url);
  const send = () => {
    // Exactly `application/json`: @clerk/backend parses JSON only for that exact content type.
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
    res.end(body);
  };
  req.resume();
  if (latency > 0) setTimeout(send, latency);
  else send();
});
server.keepAliveTimeout = 120_000;
server.headersTimeout = 130_000;

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  if (process.send) process.send({ port });
  else console.log(`listening on http://127.0.0.1:${port}`);
});

process.on('message', (message) => {
  if (message === 'stats') process.send({ requests, cachedBytes, pages: pageCache.size });
  if (message === 'stop') server.close(() => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
