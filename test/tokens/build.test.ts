/**
 * The built package and jose: both builds carry jose inside them (it is a development dependency);
 * the CommonJS build verifies a token under require(); the ESM entry loads jose's chunk only when a
 * verification asks for it (through the verifier's chunk: no static import of it anywhere in the
 * entry's static import graph).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build.js';
import { makeKey, mintSession } from './mint.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function runNode(args: string[], env: Record<string, string>): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', env: { ...process.env, ...env } });
}

/** Every file the module at `file` imports statically, itself included, and the bare specifiers met. */
function staticGraph(file: string, files = new Set<string>(), packages = new Set<string>()): { files: Set<string>; packages: Set<string> } {
  if (files.has(file)) return { files, packages };
  files.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/^\s*(?:import|export)\s[^;'"]*?(?:from\s*)?["']([^"']+)["']/gm)) {
    const specifier = match[1]!;
    if (specifier.startsWith('.')) staticGraph(join(dirname(file), specifier), files, packages);
    else packages.add(specifier);
  }
  return { files, packages };
}

/** The names of every file in dist/ the module at `file` may load, by static or dynamic import. */
function reachable(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(basename(file))) return seen;
  seen.add(basename(file));
  for (const match of readFileSync(file, 'utf8').matchAll(/(?:from\s*|import\s*\(?\s*)["'](\.\/[^"']+)["']/g)) reachable(join(dirname(file), match[1]!), seen);
  return seen;
}

describe('jose in the built package', () => {
  beforeAll(() => ensureBuild(), 180_000);

  it('the CommonJS build verifies a token (jose bundled in, no require of an ES module)', async () => {
    const key = await makeKey();
    const token = await mintSession(key);
    const out = runNode(
      ['-e', `const { verifyToken } = require('clerk-fluent'); verifyToken(process.env.TOKEN).then((claims) => console.log(claims.sub));`],
      { TOKEN: token, CLERK_JWT_KEY: key.pem, CLERK_SECRET_KEY: '' },
    );
    expect(out.trim()).toBe('user_1');
    expect(readFileSync(join(root, 'dist/index.cjs'), 'utf8')).not.toMatch(/require\(["']jose["']\)/);
  });

  it('the ESM entry imports jose only dynamically, on the first verification', async () => {
    const { files, packages } = staticGraph(join(root, 'dist/index.js'));
    expect([...packages]).not.toContain('jose');
    // Neither jose nor the verifier itself is compiled by an application that only calls the API.
    for (const file of files) expect(readFileSync(file, 'utf8'), file).not.toMatch(/JWSSignatureVerificationFailed|TokenVerifier = class/);
    // jose is bundled into a chunk of its own (its many module files cost a fresh process's first
    // verification more than the code itself), which the entry imports on demand.
    const joseChunks = readdirSync(join(root, 'dist')).filter((name) => name.endsWith('.js') && /JWSSignatureVerificationFailed/.test(readFileSync(join(root, 'dist', name), 'utf8')));
    expect(joseChunks).toHaveLength(1);
    expect([...files].map((file) => basename(file))).not.toContain(joseChunks[0]);
    expect(reachable(join(root, 'dist/index.js'))).toContain(joseChunks[0]);
    const key = await makeKey();
    const out = runNode(
      ['--input-type=module', '-e', `import { authenticateRequest } from 'clerk-fluent'; const s = await authenticateRequest({ headers: { authorization: 'Bearer ' + process.env.TOKEN } }); console.log(s.status);`],
      { TOKEN: await mintSession(key), CLERK_JWT_KEY: key.pem, CLERK_SECRET_KEY: '' },
    );
    expect(out.trim()).toBe('signed-in');
  });
});
