/**
 * Stage 5, write: the emitters' files into their directory, only where the bytes differ, or (with
 * `check`) a report of the files that would change. Output is deterministic: the same spec gives
 * the same bytes, so a stale file means the spec or the generator changed and nobody regenerated.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from '../config.js';

/** Writes (or checks) `files` under `dir`; returns the paths that were (or would be) written. */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>, options: { check: boolean; log?: (line: string) => void }): string[] {
  const changed: string[] = [];
  if (!options.check) mkdirSync(dir, { recursive: true });
  for (const [file, content] of files) {
    const target = join(dir, file);
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
