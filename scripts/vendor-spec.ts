/**
 * Copies Clerk's OpenAPI specs from ../shared/clerk-openapi into spec/, keeping their structure
 * (paths, parameters, schemas, enums, examples, x-speakeasy names) and removing their prose
 * (descriptions, summaries, external docs). Everything else in the project reads spec/, so a clone
 * needs nothing outside the repository. Which versions: `API_VERSION` and `WEBHOOKS_VERSION` in
 * scripts/config.ts (the webhook events spec, spec/webhooks-<version>.yml, is versioned apart).
 *
 *   npm run vendor-spec [-- --from <dir>]
 *   npm run vendor-spec -- --version <date>   adopts another version: sets API_VERSION, vendors its
 *                                             spec in place of the current one, and writes what
 *                                             changed to spec/CHANGES.md (then: npm run generate)
 *   npm run vendor-spec -- --check            exits 1 when spec/ differs from what it would write
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import { API_VERSION, LEGACY_API_VERSION, WEBHOOKS_SPEC, root, specFile } from './config.js';
import type { Spec } from './generator/spec.js';
import { specChanges } from './spec-changes.js';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const source = argument('--from') ?? join(root, '..', 'shared', 'clerk-openapi');
const seedSource = join(source, '..', 'seed', 'seed-operations.tsv');
const version = argument('--version') ?? API_VERSION;
if (!/^\d{4}-\d{2}-\d{2}$/.test(version)) throw new Error(`--version takes a date such as 2026-05-12, not ${version}`);

/** Keys whose string value is prose wherever they appear as an OpenAPI keyword. */
const PROSE_KEYS = new Set(['description', 'summary']);
/** Keys removed wherever they appear as an OpenAPI keyword. */
const DROPPED_KEYS = new Set(['externalDocs', 'x-logo', 'contact', 'termsOfService']);
/** Values that are data, not OpenAPI structure: copied as they are. */
const LITERAL_KEYS = new Set(['example', 'examples', 'enum', 'default', 'const', 'x-speakeasy-retries']);
/** Maps whose keys are names chosen by the API (a property called `description` is a fact). */
const NAME_MAPS = new Set(['properties', 'schemas', 'responses', 'parameters', 'paths', 'requestBodies', 'mapping', 'content', 'securitySchemes']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function strip(node: Json, isNameMap = false): Json {
  if (Array.isArray(node)) return node.map((item) => strip(item));
  if (node === null || typeof node !== 'object') return node;
  const out: { [key: string]: Json } = {};
  for (const [key, value] of Object.entries(node)) {
    if (!isNameMap) {
      if (PROSE_KEYS.has(key) && typeof value === 'string') continue;
      if (DROPPED_KEYS.has(key)) continue;
      if (key === 'examples' && isExampleMap(value)) {
        out[key] = stripExamples(value);
        continue;
      }
      if (LITERAL_KEYS.has(key)) {
        out[key] = value;
        continue;
      }
    }
    out[key] = strip(value, !isNameMap && NAME_MAPS.has(key));
  }
  return out;
}

/** `examples` as a map of Example Objects (a media type's, or the components'), not a list of values. */
function isExampleMap(value: Json): value is { [name: string]: Json } {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Example Objects: their values copied as they are, their summaries and descriptions removed. */
function stripExamples(examples: { [name: string]: Json }): Json {
  const out: { [name: string]: Json } = {};
  for (const [name, example] of Object.entries(examples)) {
    if (example === null || typeof example !== 'object' || Array.isArray(example)) {
      out[name] = example;
      continue;
    }
    out[name] = Object.fromEntries(Object.entries(example).filter(([key, value]) => !(PROSE_KEYS.has(key) && typeof value === 'string')));
  }
  return out;
}

/** OpenAPI 3.0 requires a description on every response object: an empty one says nothing. */
function restoreResponseDescriptions(spec: { [key: string]: Json }): void {
  const fill = (responses: Json | undefined) => {
    if (!responses || typeof responses !== 'object' || Array.isArray(responses)) return;
    for (const response of Object.values(responses)) {
      if (response && typeof response === 'object' && !Array.isArray(response) && !('$ref' in response)) {
        response.description = '';
      }
    }
  };
  const components = spec.components as { [key: string]: Json } | undefined;
  fill(components?.responses);
  for (const item of Object.values((spec.paths ?? {}) as { [key: string]: { [key: string]: Json } })) {
    for (const operation of Object.values(item ?? {})) {
      if (operation && typeof operation === 'object' && !Array.isArray(operation)) fill(operation.responses);
    }
  }
}

/** The vendored text of one spec file (`spec/bapi-<version>.yml` or `spec/webhooks-<version>.yml`, relative to the root). */
function vendored(file: string): string {
  const name = file.replace(/^spec\//, '');
  const from = join(source, name);
  if (!existsSync(from)) throw new Error(`${from} not found: is ${name.replace(/^(bapi|webhooks)-|\.yml$/g, '')} a version of Clerk's spec?`);
  const spec = strip(parse(readFileSync(from, 'utf8')) as Json) as { [key: string]: Json };
  restoreResponseDescriptions(spec);
  const title = name.startsWith('webhooks-') ? 'webhook events spec' : 'Backend API spec';
  const header = `# ${name}: Clerk's ${title} (MIT, copyright Clerk; see LICENSE beside this file),\n# with its prose removed by scripts/vendor-spec.ts. Regenerate with \`npm run vendor-spec\`; do not edit.\n`;
  return header + stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false });
}

const current = specFile(version);
const outputs: Array<[target: string, content: string]> = [
  ...[current, specFile(LEGACY_API_VERSION), WEBHOOKS_SPEC].map((file): [string, string] => [join(root, file), vendored(file)]),
  [join(root, 'spec', 'LICENSE'), readFileSync(join(source, 'LICENSE'), 'utf8')],
  [join(root, 'test', 'fixtures', 'seed-operations.tsv'), readFileSync(seedSource, 'utf8')],
];

if (process.argv.includes('--check')) {
  const stale = outputs.filter(([target, content]) => !existsSync(target) || readFileSync(target, 'utf8') !== content);
  for (const [target] of stale) console.error(`${target} is stale: run npm run vendor-spec`);
  process.exit(stale.length ? 1 : 0);
}

// The version being replaced: the one config.ts names when --version names another, or a spec
// file left from before config.ts was edited by hand.
const previous =
  version !== API_VERSION
    ? specFile(API_VERSION)
    : readdirSync(join(root, 'spec'))
        .map((name) => `spec/${name}`)
        .find((file) => /^spec\/bapi-[\d-]+\.yml$/.test(file) && file !== current && file !== specFile(LEGACY_API_VERSION));

for (const [target, content] of outputs) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  chmodSync(target, 0o644);
}
console.log(`vendored ${current}, ${specFile(LEGACY_API_VERSION)}, ${WEBHOOKS_SPEC}, LICENSE and the seed operation list`);

// A webhook events spec of another version than config.ts names is one being replaced.
for (const name of readdirSync(join(root, 'spec'))) {
  if (/^webhooks-[\d-]+\.yml$/.test(name) && `spec/${name}` !== WEBHOOKS_SPEC) {
    rmSync(join(root, 'spec', name));
    console.log(`replaced spec/${name}`);
  }
}

if (previous && existsSync(join(root, previous))) {
  const before = parse(readFileSync(join(root, previous), 'utf8')) as Spec;
  const after = parse(readFileSync(join(root, current), 'utf8')) as Spec;
  const from = previous.replace(/^spec\/bapi-|\.yml$/g, '');
  writeFileSync(join(root, 'spec', 'CHANGES.md'), specChanges(before, after, { from, to: version }));
  rmSync(join(root, previous));
  console.log(`replaced ${previous}; what changed: spec/CHANGES.md`);
}
if (version !== API_VERSION) {
  const config = join(root, 'scripts', 'config.ts');
  const text = readFileSync(config, 'utf8');
  const updated = text.replace(/^export const API_VERSION = '[^']*';$/m, `export const API_VERSION = '${version}';`);
  if (updated === text) throw new Error(`scripts/config.ts: no API_VERSION line to set to ${version}`);
  writeFileSync(config, updated);
  console.log(`API_VERSION is now ${version} (scripts/config.ts): run npm run generate`);
}
