import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

function check(script: string): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [tsx, script, '--check'], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('generated code', () => {
  it('src/generated matches what npm run generate writes from spec/', () => {
    const result = check('scripts/generate.ts');
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 60_000);

  // Only where Clerk's originals sit beside the checkout (CI, maintainers); a user's clone has spec/ alone.
  it.skipIf(!existsSync(`${root}/../shared/clerk-openapi`))('spec/ matches what npm run vendor-spec writes from ../shared', () => {
    const result = check('scripts/vendor-spec.ts');
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 60_000);
});
