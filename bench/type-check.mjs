// The consumer type-check figure: what importing each package adds to an application's `tsc`.
// `node bench/type-check.mjs [rounds] [fluent package dir]` prints JSON; bench/run.mjs runs it.
//
// A project outside the repository (node_modules holds links to this checkout, or another build's
// directory, to the peer and to @types/node) with three apps, each type-checked alone with
// `tsc --strict --noEmit --extendedDiagnostics` (TypeScript's default of no `skipLibCheck`, so
// the packages' declarations are checked too, as in most projects):
//   empty   `export {};`: what TypeScript costs before any package (its lib files)
//   fluent  `import { Clerk } from 'clerk-fluent'; const c = new Clerk({ secretKey: 'x' }); await c.users.list();`
//   peer    the same with `createClerkClient` and `getUserList()`
// The figures are the app's minus the empty app's: check time (the median over the rounds; the
// rounds alternate the apps) and the `Types` count (the same every round).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const rounds = Number(process.argv[2] ?? 3);
const fluentDir = path.resolve(process.argv[3] ?? root);
const tsc = path.join(root, 'node_modules/typescript/bin/tsc');

const APPS = {
  empty: 'export {};\n',
  fluent: "import { Clerk } from 'clerk-fluent';\nconst c = new Clerk({ secretKey: 'x' });\nawait c.users.list();\n",
  peer: "import { createClerkClient } from '@clerk/backend';\nconst c = createClerkClient({ secretKey: 'x' });\nawait c.users.getUserList();\n",
};

const project = mkdtempSync(path.join(tmpdir(), 'clerk-fluent-type-check-'));
try {
  mkdirSync(path.join(project, 'node_modules/@clerk'), { recursive: true });
  mkdirSync(path.join(project, 'node_modules/@types'), { recursive: true });
  // A server application has Node's types: the empty app counts them too.
  symlinkSync(path.join(root, 'node_modules/@types/node'), path.join(project, 'node_modules/@types/node'), 'dir');
  symlinkSync(fluentDir, path.join(project, 'node_modules/clerk-fluent'), 'dir');
  symlinkSync(path.join(root, 'node_modules/@clerk/backend'), path.join(project, 'node_modules/@clerk/backend'), 'dir');
  writeFileSync(path.join(project, 'package.json'), '{ "type": "module" }\n');
  for (const [name, text] of Object.entries(APPS)) writeFileSync(path.join(project, `${name}.ts`), text);

  const check = (name) => {
    const args = [tsc, '--strict', '--noEmit', '--extendedDiagnostics', '--target', 'es2022', '--module', 'nodenext', '--types', 'node', `${name}.ts`];
    let out;
    try {
      out = execFileSync(process.execPath, args, { cwd: project, encoding: 'utf8' });
    } catch (error) {
      out = String(error.stdout);
    }
    // An error in a package's declarations is the package's (the peer's need optional packages that
    // a server application does not install): counted and reported. One in the app fails the run.
    const errors = out.split('\n').filter((line) => / error TS\d+/.test(line));
    const own = errors.filter((line) => !line.includes('node_modules/'));
    if (own.length > 0 || !/^Types:/m.test(out)) throw new Error(`tsc ${name}.ts failed:\n${own.join('\n') || out}`);
    const figure = (label) => Number(new RegExp(`^${label}:\\s+([\\d.]+)`, 'm').exec(out)?.[1]);
    return { check: figure('Check time') * 1000, total: figure('Total time') * 1000, types: figure('Types'), files: figure('Files'), declarationErrors: errors.length };
  };

  const samples = { empty: [], fluent: [], peer: [] };
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 ? ['peer', 'fluent', 'empty'] : ['empty', 'fluent', 'peer'];
    for (const name of order) samples[name].push(check(name));
  }
  process.stdout.write(JSON.stringify(samples));
} finally {
  rmSync(project, { recursive: true, force: true });
}
