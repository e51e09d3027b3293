/**
 * Stage 5, write: the emitters' files into their directory, only where the bytes differ, or (with
 * `check`) a report of the files that would change. Output is deterministic: the same spec gives
 * the same bytes, so a stale file means the spec or the generator changed and nobody regenerated.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { root } from '../config.js';

/**
 * Writes (or checks) `files` under `dir`; returns the paths that were (or would be) written or
 * removed. A `.ts` file under `dir` that is not in `files` is a leftover of an earlier output (a
 * group the spec no longer has, a file since split): removed, or reported by the check.
 */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>, options: { check: boolean; log?: (line: string) => void }): string[] {
  const changed: string[] = [];
  const existing = existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]).filter((file) => file.endsWith('.ts')) : [];
  for (const file of existing) {
    if (files.has(file.split('\\').join('/'))) continue;
    const target = join(dir, file);
    changed.push(relative(root, target));
    if (options.check) continue;
    rmSync(target);
    options.log?.(`removed ${relative(root, target)}`);
  }
  for (const [file, content] of files) {
    const target = join(dir, file);
    if (!options.check) mkdirSync(dirname(target), { recursive: true });
    const current = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    if (current === content) continue;
    const shown = relative(root, target);
    changed.push(shown);
    if (options.check) continue;
    writeFileSync(target, content);
    options.log?.(`wrote ${shown}`);
  }
  return changed;
}
