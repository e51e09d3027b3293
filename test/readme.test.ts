import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { operations } from '../src/generated/operations.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

describe('README.md', () => {
  it('has the operation table npm run readme writes', () => {
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

  it('lists every operation once, by method and path', () => {
    const readme = readFileSync(`${root}/README.md`, 'utf8');
    const table = readme.slice(readme.indexOf('<!-- operations:start -->'), readme.indexOf('<!-- operations:end -->'));
    const endpoints = [...table.matchAll(/^\| .+ \| `(GET|POST|PUT|PATCH|DELETE) (\/[^`]*)` \|/gm)].map((match) => `${match[1]} ${match[2]}`);
    const expected = Object.values(operations).map((op) => `${op.method} ${op.path}`);
    expect(endpoints.sort()).toEqual(expected.sort());
  });

  it('keeps the markers other tools fill', () => {
    const readme = readFileSync(`${root}/README.md`, 'utf8');
    for (const name of ['bench', 'reliability', 'operations']) {
      expect(readme.indexOf(`<!-- ${name}:start -->`), name).toBeGreaterThan(-1);
      expect(readme.indexOf(`<!-- ${name}:end -->`), name).toBeGreaterThan(readme.indexOf(`<!-- ${name}:start -->`));
    }
  });
});
