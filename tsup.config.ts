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

const rateLimitEntry = { 'rate-limit/index': 'src/rate-limit/index.ts' };

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
  // ky and jose are bundled (development dependencies, not installed with the package): each is a
  // chunk loaded on its first use, one file instead of module graphs of 24 and 46 files, which
  // a fresh process otherwise resolves and compiles one by one (measured: the first answer 15 ms
  // sooner, the first verification 50 ms sooner; bench/RESULTS.md).
  { ...shared, entry: entries, dts: true, format: 'esm', splitting: true, noExternal: ['ky', 'jose'] },
  // The CommonJS build carries its own copy of ky and jose (both ship only as ESM). Not split
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
  // clerk-fluent/rate-limit imports what it shares with the main entry (error classes, types) from
  // 'clerk-fluent' itself, pointed at the main entry's file of the same format beside it (no
  // self-reference by name needed): it uses the main entry's classes, never copies, in both
  // formats. Its declarations are built apart, with 'clerk-fluent' external (tsup's own external
  // handling would win over the plugin), and pointed the same way by
  // scripts/portable-declarations.ts. rate-limiter-flexible (CommonJS, a dependency) stays external.
  ...(['esm', 'cjs'] as const).map(
    (format): Options => ({
      ...shared,
      entry: rateLimitEntry,
      format,
      sourcemap: format === 'esm',
      esbuildPlugins: [mainEntryBeside(format === 'esm' ? '../index.js' : '../index.cjs')],
    }),
  ),
  {
    ...shared,
    entry: rateLimitEntry,
    format: ['esm', 'cjs'],
    external: ['clerk-fluent'],
    // While dist/ is being rebuilt, 'clerk-fluent' is read from src/ to type the declarations.
    dts: { only: true, compilerOptions: { baseUrl: root, paths: { 'clerk-fluent': [`${root}/src/index.ts`] } } },
  },
]);
