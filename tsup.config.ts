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

type EsbuildPlugin = NonNullable<Options['esbuildPlugins']>[number];

/** Resolves `import 'clerk-fluent'` to `file`, left as an import of it. */
function mainEntryBeside(file: string): EsbuildPlugin {
  return {
    name: 'main-entry-beside',
    setup(build) {
      build.onResolve({ filter: /^clerk-fluent$/ }, () => ({ path: file, external: true }));
    },
  };
}

export default defineConfig([
  { ...shared, format: 'esm', splitting: true },
  // ky and jose ship only as ESM, so the CommonJS build carries its own copy of them. Not split
  // (tsup's CommonJS splitting mistranslates jose): dist/testing/index.cjs has its own copy of the
  // error classes.
  { ...shared, format: 'cjs', noExternal: ['ky', 'jose'] },
  // clerk-fluent/rate-limit imports what it shares with the main entry (error classes, types) from
  // 'clerk-fluent' itself, kept out of its build and pointed at the main entry's file of the same
  // format beside it (no self-reference by name needed): it uses the main entry's classes, never
  // copies. scripts/portable-declarations.ts does the same for its declarations.
  // rate-limiter-flexible (CommonJS, a dependency) stays external.
  ...(['esm', 'cjs'] as const).map(
    (format): Options => ({
      ...shared,
      entry: { 'rate-limit/index': 'src/rate-limit/index.ts' },
      format,
      external: ['clerk-fluent'],
      esbuildPlugins: [mainEntryBeside(format === 'esm' ? '../index.js' : '../index.cjs')],
    }),
  ),
]);
