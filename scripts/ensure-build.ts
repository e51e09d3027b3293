/**
 * Builds dist/ when it is missing or older than its sources, so that `import 'clerk-fluent'` (the
 * package's own name, resolved through its exports map to dist/) works in the demo and in the tests
 * that run the examples. Several test files may ask at once: a lock directory makes one build, the
 * others wait for it.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUTPUTS = ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/testing/index.js', 'dist/testing/index.cjs', 'dist/rate-limit/index.js', 'dist/rate-limit/index.cjs'];
const INPUTS = ['src', 'package.json', 'tsup.config.ts', 'scripts/portable-declarations.ts', 'scripts/cjs-shared-errors.ts'];
const LOCK = join(root, 'node_modules', '.cache', 'clerk-fluent-build.lock');
/** A lock older than this was left by a build that died: taken over. */
const STALE_LOCK_MS = 5 * 60_000;

function mtime(path: string): number | undefined {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

function newestInput(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestInput(join(path, entry)));
  return newest;
}

/** Whether dist/ exists and is newer than every file it is built from. */
export function buildIsCurrent(): boolean {
  const built = OUTPUTS.map((file) => mtime(join(root, file)));
  if (built.some((time) => time === undefined)) return false;
  const oldestOutput = Math.min(...(built as number[]));
  return INPUTS.every((input) => newestInput(join(root, input)) <= oldestOutput);
}

/** Whether another process holds the lock (so dist/ may be half written). Clears a stale lock. */
function lockedByOther(): boolean {
  const since = mtime(LOCK);
  if (since === undefined) return false;
  if (Date.now() - since < STALE_LOCK_MS) return true;
  rmSync(LOCK, { recursive: true, force: true });
  return false;
}

function tryLock(): boolean {
  mkdirSync(dirname(LOCK), { recursive: true });
  try {
    mkdirSync(LOCK);
    return true;
  } catch {
    return false;
  }
}

function runBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile('npm', ['run', 'build'], { cwd: root, shell: process.platform === 'win32', maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`npm run build failed:\n${stdout}${stderr}`));
      else resolve();
    });
  });
}

/**
 * Runs `npm run build` unless dist/ is current. Returns whether it built.
 * @param log told when a build starts
 */
export async function ensureBuild(log: (line: string) => void = () => {}): Promise<boolean> {
  for (;;) {
    if (!lockedByOther()) {
      if (buildIsCurrent()) return false;
      if (tryLock()) break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  try {
    if (buildIsCurrent()) return false;
    log('Building dist/ (npm run build)…');
    await runBuild();
    return true;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
