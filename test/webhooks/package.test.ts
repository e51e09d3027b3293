/**
 * The built package as users load it, by name, in fresh Node processes: `clerk-fluent/testing`
 * loads from ESM and CommonJS, what its signWebhook signs verifies with the main entry's
 * verifyWebhook, the ESM entries share their classes, and the main entry never loads the testing one.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build.js';
import { SECRET } from './helpers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();
}

const roundTrip = (main: string, testing: string) => `
  const { verifyWebhook, ClerkValidationError } = ${main};
  const { signWebhook } = ${testing};
  (async () => {
    const { body, headers } = await signWebhook({ type: 'user.created', object: 'event', timestamp: 1, instance_id: 'ins_1', data: { id: 'user_1' } }, { signingSecret: '${SECRET}' });
    const event = await verifyWebhook(body, headers, { signingSecret: '${SECRET}' });
    const error = await signWebhook({}, { signingSecret: 'nope' }).catch((error) => error);
    console.log(event.type, event.instanceId, error.name, error instanceof ClerkValidationError);
  })();`;

/** Every file the module graph of `entry` reaches through static and dynamic imports of relative paths. */
function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/(?:from\s*|import\(\s*|require\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(file), match[1]!));
  };
  visit(entry);
  return [...seen].map((file) => file.slice(root.length));
}

/** Every file the module at `file` imports statically (no `import()`), itself included. */
function staticGraph(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^\s*(?:import|export)\s[^;'"]*?(?:from\s*)?["'](\.{1,2}\/[^"']+)["']/gm)) staticGraph(resolve(dirname(file), match[1]!), seen);
  return seen;
}

describe('the typed events, built', () => {
  beforeAll(() => ensureBuild(), 180_000);

  it('load with the verifier, on the first verification: none of their decoders or schemas is on the start-up path', () => {
    const startup = [...staticGraph(join(root, 'dist/index.js'))];
    for (const file of startup) {
      const source = readFileSync(file, 'utf8');
      expect(source, file).not.toContain('webhookEventDecoders');
      expect(source, file).not.toContain('webhookEventSchemas');
    }
    const lazy = moduleGraph(join(root, 'dist/index.js')).filter((file) => !startup.includes(join(root, file)));
    const holding = (name: string) => lazy.filter((file) => readFileSync(join(root, file), 'utf8').includes(name));
    expect(holding('webhookEventDecoders = ')).toHaveLength(1);
    expect(holding('webhookEventSchemas = ')).toHaveLength(1);
    // The schemas (zod) are a chunk of their own, asked for only to describe a mismatch.
    expect(holding('webhookEventDecoders = ')[0]).not.toBe(holding('webhookEventSchemas = ')[0]);
  });
});

describe('clerk-fluent/testing, built', () => {
  beforeAll(() => ensureBuild(), 180_000);

  it('loads with import (ESM) and signs what the main entry verifies; its errors are the main entry classes', () => {
    const out = runNode(['--input-type=module', '-e', roundTrip("await import('clerk-fluent')", "await import('clerk-fluent/testing')")]);
    expect(out).toBe('user.created ins_1 ClerkValidationError true');
  });

  it('loads with require() (CommonJS) and signs what the main entry verifies; its errors are the main entry classes', () => {
    // The CommonJS build is not split; the testing entry requires the main one for its error classes (scripts/cjs-shared-errors.ts).
    const out = runNode(['-e', roundTrip("require('clerk-fluent')", "require('clerk-fluent/testing')")]);
    expect(out).toBe('user.created ins_1 ClerkValidationError true');
  });

  it('the main entry never loads the testing entry, in either build', () => {
    for (const entry of ['dist/index.js', 'dist/index.cjs']) {
      const graph = moduleGraph(join(root, entry));
      // dist/testing/ holds the testing entry (a chunk named after the testingTokens API group is not it).
      expect(graph.filter((file) => file.startsWith('dist/testing/'))).toEqual([]);
      for (const file of graph) expect(readFileSync(join(root, file), 'utf8'), file).not.toContain('signWebhook');
    }
    expect(moduleGraph(join(root, 'dist/index.js')).length).toBeGreaterThan(1); // the ESM build is split: the walk follows chunks
    expect(moduleGraph(join(root, 'dist/testing/index.js'))).not.toContain('dist/index.js');
  });
});
