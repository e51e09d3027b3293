import { readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

const shared: Options = {
  entry: { index: 'src/index.ts' },
  target: 'node20',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  define: { __CLERK_FLUENT_VERSION__: JSON.stringify(version) },
  outDir: 'dist',
};

export default defineConfig([
  { ...shared, format: 'esm', splitting: true },
  // ky and jose ship only as ESM, so the CommonJS build carries its own copy of them.
  { ...shared, format: 'cjs', noExternal: ['ky', 'jose'] },
]);
