import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const shared: Options = {
  // clerk-fluent/testing is an entry of its own: the main entry never imports it.
  entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
  target: 'node20',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  define: { __CLERK_FLUENT_VERSION__: JSON.stringify(version) },
  outDir: 'dist',
};

export default defineConfig([
  { ...shared, format: 'esm', splitting: true },
  // ky and jose ship only as ESM, so the CommonJS build carries its own copy of them. Not split
  // (tsup's CommonJS splitting mistranslates jose): dist/testing/index.cjs has its own copy of the
  // error classes. No source maps: the ESM build's map the same sources, and the CommonJS maps (with
  // ky's and jose's) were 2.3 MB of the 7.6 MB installed.
  { ...shared, format: 'cjs', noExternal: ['ky', 'jose'], sourcemap: false },
]);
