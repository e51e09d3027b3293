import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operationTable as operations } from '../src/generated/decoders/all.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

describe('README.md and docs/operations.md', () => {
  it('docs/operations.md is what npm run readme writes', () => {
    let result: { ok: boolean; output: string };
    try {
      const output = execFileSync(process.execPath, [tsx, 'scripts/readme-operations.ts', '--check'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
      result = { ok: true, output };
    } catch (error) {
      const failure = error as { stdout?: string; stderr?: string };
      result = { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
    }
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 60_000);

  it('docs/operations.md lists every operation once, by method and path', () => {
    const list = readFileSync(`${root}/docs/operations.md`, 'utf8');
    const endpoints = [...list.matchAll(/^\| .+ \| `(GET|POST|PUT|PATCH|DELETE) (\/[^`]*)` \|/gm)].map((match) => `${match[1]} ${match[2]}`);
    const expected = Object.values(operations).map((op) => `${op.method} ${op.path}`);
    expect(endpoints.sort()).toEqual(expected.sort());
  });

  it('the README links the list and keeps only a few examples of it', () => {
    const readme = readFileSync(`${root}/README.md`, 'utf8');
    expect(readme).toContain('](docs/operations.md)');
    const rows = [...readme.matchAll(/\| `(?:GET|POST|PUT|PATCH|DELETE) \/[^`]*` \|/g)];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThanOrEqual(10);
  });

  it('keeps the markers other tools fill', () => {
    const readme = readFileSync(`${root}/README.md`, 'utf8');
    for (const name of ['bench', 'reliability']) {
      expect(readme.indexOf(`<!-- ${name}:start -->`), name).toBeGreaterThan(-1);
      expect(readme.indexOf(`<!-- ${name}:end -->`), name).toBeGreaterThan(readme.indexOf(`<!-- ${name}:start -->`));
    }
  });
});
