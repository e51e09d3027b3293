// One peak-RSS sample, in a fresh process: `node bench/rss-walk.mjs <raw|peer|fluent> <apiUrl>`
// walks every user of the instance at apiUrl and prints the process's peak resident set size.
import { makeClient } from './clients.mjs';

const [name, apiUrl] = process.argv.slice(2);
const client = makeClient[name](apiUrl);
const rssBeforeKb = Math.round(process.memoryUsage().rss / 1024);
const start = performance.now();
const state = await client.walkUsers();
const ms = performance.now() - start;
process.stdout.write(JSON.stringify({ items: state.count, ms, rssBeforeKb, maxRssKb: process.resourceUsage().maxRSS }));
