/**
 * clerk-fluent/testing as published: loaded by name from dist/ in fresh processes. The fake runs
 * from both builds; its errors are instances of the main entry's classes in both (the CommonJS
 * build requires the main entry for them); the main entry never loads the fake.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

const scenario = `
  const fake = createFakeClerk({ seed: { users: [{ emailAddress: ['ada@example.com'] }] } });
  const clerk = new Clerk({ secretKey: fake.secretKey, fetch: fake.fetch });
  let seedError;
  try { createFakeClerk({ seed: { users: [{ emailAddress: ['not an email'] }] } }); } catch (error) { seedError = error; }
  clerk.users.list().then(async (page) => {
    const apiError = await clerk.users.get('user_none').catch((error) => error);
    console.log(JSON.stringify([page.data.length, seedError instanceof ClerkValidationError, seedError instanceof ClerkError, apiError instanceof NotFoundError]));
  });`;

/** Names that exist only in the fake and the wire model it reads (esbuild keeps top-level names). */
const FAKE_MARKERS = ['createFakeClerk', 'wireModel', 'samplePattern'];

/** Every module file the entry loads at start (its static imports, followed through the chunks). */
function staticGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^import\s[^'"]*?from\s*["'](\.[^"']+)["']|^import\s*["'](\.[^"']+)["']/gm)) {
      visit(join(dirname(file), (match[1] ?? match[2])!));
    }
  };
  visit(join(root, entry));
  return [...seen];
}

describe('clerk-fluent/testing, built', () => {
  beforeAll(() => ensureBuild(), 240_000);

  it('runs from the CommonJS build, its errors instances of the main entry’s classes', () => {
    const out = runNode(['-e', `const { Clerk, ClerkError, ClerkValidationError, NotFoundError } = require('clerk-fluent'); const { createFakeClerk } = require('clerk-fluent/testing'); ${scenario}`]);
    expect(JSON.parse(out)).toEqual([1, true, true, true]);
  });

  it('runs from the ESM build, its errors instances of the main entry’s classes', () => {
    const out = runNode(['--input-type=module', '-e', `import { Clerk, ClerkError, ClerkValidationError, NotFoundError } from 'clerk-fluent'; import { createFakeClerk } from 'clerk-fluent/testing'; ${scenario}`]);
    expect(JSON.parse(out)).toEqual([1, true, true, true]);
  });

  it('the CommonJS testing entry has no copy of the error classes: it requires the main entry', () => {
    const source = readFileSync(join(root, 'dist/testing/index.cjs'), 'utf8');
    expect(source).toContain('require("../index.cjs")');
    expect(source).not.toMatch(/class ClerkValidationError/);
    expect(source).not.toMatch(/class ClerkError\b/);
  });

  it('the main entry never loads the fake or the wire model (ESM graph, CommonJS file)', () => {
    const graph = staticGraph('dist/index.js');
    expect(graph.length).toBeGreaterThan(1);
    for (const file of graph) {
      const source = readFileSync(file, 'utf8');
      for (const marker of FAKE_MARKERS) expect(source, file).not.toContain(marker);
    }
    const cjs = readFileSync(join(root, 'dist/index.cjs'), 'utf8');
    for (const marker of FAKE_MARKERS) expect(cjs).not.toContain(marker);
    const testing = readFileSync(join(root, 'dist/testing/index.cjs'), 'utf8');
    for (const marker of FAKE_MARKERS) expect(testing).toContain(marker);
  });
});
