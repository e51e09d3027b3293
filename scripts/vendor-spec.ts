/**
 * Copies Clerk's OpenAPI specs from ../shared/clerk-openapi into spec/, keeping their structure
 * (paths, parameters, schemas, enums, examples, x-speakeasy names) and removing their prose
 * (descriptions, summaries, external docs). Everything else in the project reads spec/, so a clone
 * needs nothing outside the repository.
 *
 *   npm run vendor-spec [-- --from <dir>]
 *   npm run vendor-spec -- --check    exits 1 when spec/ differs from what it would write
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const fromFlag = process.argv.indexOf('--from');
const source = fromFlag > 0 ? process.argv[fromFlag + 1]! : join(root, '..', 'shared', 'clerk-openapi');
const seedSource = join(source, '..', 'seed', 'seed-operations.tsv');

export const SPEC_FILES = ['bapi-2026-05-12.yml', 'bapi-2021-02-05.yml'];

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
      if (LITERAL_KEYS.has(key)) {
        out[key] = value;
        continue;
      }
    }
    out[key] = strip(value, !isNameMap && NAME_MAPS.has(key));
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

function vendored(file: string): string {
  const spec = strip(parse(readFileSync(join(source, file), 'utf8')) as Json) as { [key: string]: Json };
  restoreResponseDescriptions(spec);
  const header = `# ${file}: Clerk's Backend API spec (MIT, copyright Clerk; see LICENSE beside this file),\n# with its prose removed by scripts/vendor-spec.ts. Regenerate with \`npm run vendor-spec\`; do not edit.\n`;
  return header + stringify(spec, { lineWidth: 0, aliasDuplicateObjects: false });
}

const outputs: Array<[target: string, content: string]> = [
  ...SPEC_FILES.map((file): [string, string] => [join(root, 'spec', file), vendored(file)]),
  [join(root, 'spec', 'LICENSE'), readFileSync(join(source, 'LICENSE'), 'utf8')],
  [join(root, 'test', 'fixtures', 'seed-operations.tsv'), readFileSync(seedSource, 'utf8')],
];

if (process.argv.includes('--check')) {
  const stale = outputs.filter(([target, content]) => !existsSync(target) || readFileSync(target, 'utf8') !== content);
  for (const [target] of stale) console.error(`${target} is stale: run npm run vendor-spec`);
  process.exit(stale.length ? 1 : 0);
}
for (const [target, content] of outputs) {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, content);
  chmodSync(target, 0o644);
}
console.log(`vendored ${SPEC_FILES.join(', ')}, LICENSE and the seed operation list`);
