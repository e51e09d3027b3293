import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../scripts/ensure-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Loads the built package as a user would, by name, in a fresh Node process. */
function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, CLERK_SECRET_KEY: 'sk_test_x' } });
}

describe('the built package', () => {
  // Shared with test/examples.test.ts: one build when dist/ is missing or stale, however many files ask.
  beforeAll(() => ensureBuild(), 180_000);

  const probe = (clerk: string) =>
    `const c = new Clerk(); console.log(typeof c.request, ${clerk}.VERSION, new ClerkValidationError('x') instanceof ClerkError)`;

  it('loads with require() (CommonJS)', () => {
    const out = runNode([
      '-e',
      `const m = require('clerk-fluent'); const { Clerk, ClerkError, ClerkValidationError } = m; ${probe('m')}`,
    ]);
    expect(out.trim()).toMatch(/^function \d+\.\d+\.\d+ true$/);
  });

  it('loads with import (ESM)', () => {
    const out = runNode([
      '--input-type=module',
      '-e',
      `import * as m from 'clerk-fluent'; const { Clerk, ClerkError, ClerkValidationError } = m; ${probe('m')}`,
    ]);
    expect(out.trim()).toMatch(/^function \d+\.\d+\.\d+ true$/);
  });

  it('sends a request from the CommonJS build (ky bundled in)', () => {
    const out = runNode([
      '-e',
      `const { Clerk } = require('clerk-fluent');
       const clerk = new Clerk({ fetch: async (input, init) => new Response(JSON.stringify({ ua: new Request(input, init).headers.get('user-agent') })) });
       clerk.request({ method: 'GET', path: 'jwks' }).then((r) => console.log(r.ua));`,
    ]);
    expect(out.trim()).toMatch(/^clerk-fluent\/\d+\.\d+\.\d+$/);
  });
});
