import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Options } from 'tsup';
import { shareErrorsWithMainEntry } from './scripts/cjs-shared-errors.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const root = dirname(fileURLToPath(import.meta.url));

// clerk-fluent/testing is an entry of its own: the main entry never imports it.
const entries = { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' };

const shared: Options = {
  target: 'node20',
  platform: 'neutral',
  sourcemap: true,
  define: { __CLERK_FLUENT_VERSION__: JSON.stringify(version) },
  outDir: 'dist',
};

export default defineConfig([
  { ...shared, entry: entries, dts: true, format: 'esm', splitting: true },
  // ky and jose ship only as ESM, so the CommonJS build carries its own copy of them. Not split
  // (tsup's CommonJS splitting mistranslates jose): each CommonJS entry is one file, and the
  // testing entry takes its error classes from the main one (scripts/cjs-shared-errors.ts). No
  // source maps: the ESM build maps the same sources, and the CommonJS maps (with ky's and jose's)
  // were 2.3 MB of the 7.6 MB installed.
  { ...shared, entry: { index: entries.index }, dts: { entry: entries }, format: 'cjs', noExternal: ['ky', 'jose'], sourcemap: false },
  {
    ...shared,
    entry: { 'testing/index': entries['testing/index'] },
    format: 'cjs',
    noExternal: ['ky', 'jose'],
    sourcemap: false,
    esbuildPlugins: [shareErrorsWithMainEntry(root)],
  },
]);
