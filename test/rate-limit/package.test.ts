/**
 * clerk-fluent/rate-limit as users load it, by name, in fresh Node processes: it loads from ESM
 * and CommonJS, and the main entry never loads it nor rate-limiter-flexible.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const run = (args: string[]) => execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }).trim();

const use = (main: string, entry: string) => `
  const { Clerk } = ${main};
  const { memoryRateLimiter, ClerkRateLimiterError } = ${entry};
  const clerk = new Clerk({ secretKey: 'sk_test_x', rateLimiter: memoryRateLimiter({ requests: 10, perSeconds: 1 }) });
  console.log(typeof clerk.users.list, ClerkRateLimiterError.name);`;

function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\(\s*|require\(\s*)["'](\.{1,2}\/[^"']+)["']/g)) visit(resolve(dirname(file), match[1]!));
  };
  visit(entry);
  return [...seen];
}

describe('clerk-fluent/rate-limit, built', () => {
  beforeAll(() => ensureBuild(), 240_000);

  it('loads with import and with require()', () => {
    expect(run(['--input-type=module', '-e', use("await import('clerk-fluent')", "await import('clerk-fluent/rate-limit')")])).toBe('function ClerkRateLimiterError');
    expect(run(['-e', use("require('clerk-fluent')", "require('clerk-fluent/rate-limit')")])).toBe('function ClerkRateLimiterError');
  });

  it('shares the main entry\'s classes: what it throws is instanceof the classes of clerk-fluent, in ESM and CommonJS', () => {
    const probe = (main: string, entry: string) => `
      const { ClerkError, ClerkValidationError, ClerkRateLimiterError } = ${main};
      const limits = ${entry};
      let thrown;
      try { limits.memoryRateLimiter({ requests: 0 }); } catch (error) { thrown = error; }
      console.log([limits.ClerkRateLimiterError === ClerkRateLimiterError, thrown instanceof ClerkValidationError, thrown instanceof ClerkError].join(' '));`;
    expect(run(['--input-type=module', '-e', probe("await import('clerk-fluent')", "await import('clerk-fluent/rate-limit')")])).toBe('true true true');
    expect(run(['-e', probe("require('clerk-fluent')", "require('clerk-fluent/rate-limit')")])).toBe('true true true');
  });

  it('its code and declarations import the main entry\'s files beside them, by path, rather than carrying copies', () => {
    expect(readFileSync(join(root, 'dist/rate-limit/index.js'), 'utf8')).toContain('from "../index.js"');
    expect(readFileSync(join(root, 'dist/rate-limit/index.cjs'), 'utf8')).toContain('require("../index.cjs")');
    for (const [file, main] of [
      ['dist/rate-limit/index.d.ts', '../index.js'],
      ['dist/rate-limit/index.d.cts', '../index.cjs'],
    ]) {
      const declarations = readFileSync(join(root, file!), 'utf8');
      expect(declarations).toContain(`from '${main}'`);
      expect(declarations).not.toContain("'clerk-fluent'");
      expect(declarations).not.toMatch(/class Clerk\w*Error/);
    }
  });

  it('the main entry never loads it, nor rate-limiter-flexible, in either build', () => {
    for (const entry of ['dist/index.js', 'dist/index.cjs']) {
      for (const file of moduleGraph(join(root, entry))) {
        expect(file).not.toContain('rate-limit/');
        expect(readFileSync(file, 'utf8'), file).not.toContain('rate-limiter-flexible');
      }
    }
  });
});
