/**
 * Where the runtimes' binaries are after `npm ci`. bun, deno and workerd are devDependencies whose
 * binary comes in a platform package (an optional dependency: `@oven/bun-linux-x64`, ...). Their
 * install scripts, when they run, move or copy it into the main package; when they do not (npm 11
 * skips install scripts unless approved), it stays where the platform package put it. Both places
 * are tried, and a file that is too small to be a runtime (bun ships a placeholder) is skipped.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type Runtime = 'bun' | 'deno' | 'workerd';

const nodeModules = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const platform = `${process.platform}-${process.arch}`;

/** Paths inside node_modules, by platform; then the main package's own copy. */
const CANDIDATES: Record<Runtime, { byPlatform: Record<string, string>; installed: string }> = {
  bun: {
    byPlatform: {
      'linux-x64': '@oven/bun-linux-x64/bin/bun',
      'linux-arm64': '@oven/bun-linux-aarch64/bin/bun',
      'darwin-x64': '@oven/bun-darwin-x64/bin/bun',
      'darwin-arm64': '@oven/bun-darwin-aarch64/bin/bun',
    },
    installed: 'bun/bin/bun.exe',
  },
  deno: {
    byPlatform: {
      'linux-x64': '@deno/linux-x64-glibc/deno',
      'linux-arm64': '@deno/linux-arm64-glibc/deno',
      'darwin-x64': '@deno/darwin-x64/deno',
      'darwin-arm64': '@deno/darwin-arm64/deno',
    },
    installed: 'deno/deno',
  },
  workerd: {
    byPlatform: {
      'linux-x64': '@cloudflare/workerd-linux-64/bin/workerd',
      'linux-arm64': '@cloudflare/workerd-linux-arm64/bin/workerd',
      'darwin-x64': '@cloudflare/workerd-darwin-64/bin/workerd',
      'darwin-arm64': '@cloudflare/workerd-darwin-arm64/bin/workerd',
    },
    installed: 'workerd/bin/workerd',
  },
};

/** Smaller than this, a file is a placeholder, not a runtime (the real ones are 90 MB and more). */
const PLACEHOLDER_BYTES = 1_000_000;

/** The runtime's binary; throws (never skips) when it is not installed. */
export function runtimeBinary(runtime: Runtime): string {
  const { byPlatform, installed } = CANDIDATES[runtime];
  const tried = [byPlatform[platform], installed].filter((path): path is string => path !== undefined).map((path) => join(nodeModules, path));
  const found = tried.find((path) => existsSync(path) && statSync(path).size > PLACEHOLDER_BYTES);
  if (found) return found;
  throw new Error(
    `No ${runtime} binary for ${platform}: looked at ${tried.join(', ')}. ${runtime} is a devDependency: run \`npm ci\`.`,
  );
}
