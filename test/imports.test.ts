/**
 * The house rules of src/'s import graph (README, "Layout"): imports point one way, `client.ts` ->
 * `resources/` -> `pagination/` -> `core/`, with `generated/` below them all (it imports only the
 * runtime `core/` gives it); the areas beside them (`tokens/`, `webhooks/`, `testing/`) import
 * `core/` and `generated/`, never the client; and no file imports itself back through others.
 * Every import counts: static, type-only, re-exports and `import()`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));

type Area = 'index' | 'deprecated' | 'client' | 'resources' | 'pagination' | 'core' | 'generated' | 'tokens' | 'webhooks' | 'testing' | 'rate-limit';

/** What each area may import besides itself. */
const allowed: Record<Area, readonly Area[]> = {
  index: ['deprecated', 'client', 'resources', 'pagination', 'core', 'generated', 'tokens', 'webhooks'],
  deprecated: ['resources', 'core', 'generated', 'tokens'],
  client: ['resources', 'pagination', 'core', 'generated', 'tokens', 'webhooks'],
  // `clerk.webhooks.verify` is the webhook verifier, reached from the fluent tree.
  resources: ['pagination', 'core', 'generated', 'webhooks'],
  pagination: ['core', 'generated'],
  core: ['generated'],
  generated: ['core'],
  tokens: ['core', 'generated'],
  webhooks: ['core', 'generated'],
  // `signWebhook` signs with the verifier's own primitives, so the two cannot drift apart.
  testing: ['core', 'generated', 'webhooks'],
  'rate-limit': ['core'],
};

/**
 * The modules of core/ the generated code runs on; of generated/ they import only its types, and
 * the operation table's types (`OperationRow`, the rows group modules hold: decoding.ts names it
 * in `DecoderGroup`).
 */
const generatedRuntime = ['core/casing.ts', 'core/decoding.ts', 'core/schema-builders.ts'];
const runtimeMayName = ['generated/types.ts', 'generated/operations.ts'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function areaOf(file: string): Area {
  const path = relative(src, file);
  if (path === 'index.ts') return 'index';
  if (path === 'deprecated.ts') return 'deprecated';
  if (path === 'client.ts') return 'client';
  const area = path.split('/')[0] as Area;
  if (!(area in allowed)) throw new Error(`${path}: in no area of the import rules; add it to test/imports.test.ts`);
  return area;
}

/** Every file of src/ and the files of src/ it imports, by path relative to src/. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files(src)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = importedFiles
      .map((imported) => imported.fileName)
      .filter((specifier) => specifier.startsWith('.'))
      .map((specifier) => relative(src, join(dirname(file), specifier.replace(/\.js$/, '.ts'))));
    graph.set(relative(src, file), [...new Set(targets)]);
  }
  return graph;
}

/** The import cycles of `graph`, each as the files around it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') found.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

const graph = importGraph();
const edges = [...graph].flatMap(([from, targets]) => targets.map((to) => ({ from, to })));

describe('the import graph of src/', () => {
  it('is read from every file: the client imports resources, resources import the core', () => {
    expect(edges).toContainEqual({ from: 'client.ts', to: 'resources/users.ts' });
    expect(edges).toContainEqual({ from: 'resources/users.ts', to: 'resources/base.ts' });
    expect(edges).toContainEqual({ from: 'core/operation.ts', to: 'generated/schemas.ts' }); // import(), loaded on first use
  });

  it('imports only its files that exist', () => {
    expect(edges.filter(({ to }) => !graph.has(to))).toEqual([]);
  });

  it('has no cycles', () => {
    expect(cycles(graph).map((cycle) => cycle.join(' -> '))).toEqual([]);
  });

  it('points one way: each area imports only the areas below it', () => {
    const upward = edges.filter(({ from, to }) => {
      const [source, target] = [areaOf(join(src, from)), areaOf(join(src, to))];
      return source !== target && !allowed[source].includes(target);
    });
    expect(upward.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it('generated/ imports of core/ only the runtime it runs on, which imports of generated/ only the types', () => {
    const intoCore = edges.filter(({ from, to }) => from.startsWith('generated/') && to.startsWith('core/'));
    expect(intoCore.filter(({ to }) => !generatedRuntime.includes(to)).map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
    const fromRuntime = edges.filter(({ from, to }) => generatedRuntime.includes(from) && !to.startsWith('core/') && !runtimeMayName.includes(to));
    expect(fromRuntime.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it('leaves the wire model to the fake Clerk: only src/testing/fake/ imports it', () => {
    const importers = edges.filter(({ to }) => to === 'generated/wire-model.ts').map(({ from }) => from);
    expect(importers.filter((from) => !from.startsWith('testing/fake/'))).toEqual([]);
    expect(importers).toContain('testing/fake/wire.ts');
  });
});
