// The ESM entry for Node, Bun and Deno: the package by its name, as an application imports it.
import * as lib from 'clerk-fluent';
import { RESULTS_MARKER, runSmoke } from './smoke.mjs';

const args = globalThis.Deno ? globalThis.Deno.args : process.argv.slice(2);
const runtime = globalThis.Deno ? `deno ${globalThis.Deno.version.deno}` : globalThis.Bun ? `bun ${globalThis.Bun.version}` : `node ${process.versions.node}`;
const results = await runSmoke(lib, JSON.parse(args[0]));
console.log(RESULTS_MARKER + JSON.stringify({ runtime, loaded: import.meta.resolve('clerk-fluent'), results }));
