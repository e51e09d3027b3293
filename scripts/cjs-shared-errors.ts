/**
 * An esbuild plugin for the CommonJS build of `clerk-fluent/testing`: the error classes come from
 * the main entry (`require('../index.cjs')`) instead of a copy of src/core/errors.ts, so an error
 * the testing entry throws is `instanceof` the classes an application imports from `clerk-fluent`.
 * The ESM build shares them through its chunks; the CommonJS build cannot be split (tsup's
 * CommonJS splitting mistranslates jose), hence this.
 *
 * The module's functions (`describeValue`, …) are still bundled from the source. A class the main
 * entry does not export fails the build: the testing entry would otherwise get `undefined`.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Plugin } from 'esbuild';

const NAMESPACE = 'clerk-fluent-shared-errors';
const MAIN_ENTRY = '../index.cjs';

export function shareErrorsWithMainEntry(root: string): Plugin {
  const errorsFile = join(root, 'src/core/errors.ts');
  const indexFile = join(root, 'src/index.ts');
  return {
    name: 'share-errors-with-main-entry',
    setup(build) {
      build.onResolve({ filter: /core\/errors(\.js)?$|^\.\/errors(\.js)?$|^\.\.\/errors(\.js)?$/ }, (args) => {
        if (args.namespace === NAMESPACE) return undefined;
        const target = resolve(args.resolveDir, args.path).replace(/\.js$/, '.ts');
        return target === errorsFile ? { path: errorsFile, namespace: NAMESPACE } : undefined;
      });
      build.onResolve({ filter: /^\.\.\/index\.cjs$/ }, (args) => (args.namespace === NAMESPACE ? { path: MAIN_ENTRY, external: true } : undefined));
      build.onLoad({ filter: /.*/, namespace: NAMESPACE }, () => {
        const source = readFileSync(errorsFile, 'utf8');
        const exported = readFileSync(indexFile, 'utf8');
        const classes = [...source.matchAll(/^export class (\w+)/gm)].map((match) => match[1]!);
        const missing = classes.filter((name) => !new RegExp(`\\b${name}\\b`).test(exported));
        if (missing.length > 0) {
          return { errors: [{ text: `src/index.ts does not export ${missing.join(', ')}: clerk-fluent/testing (CommonJS) takes its error classes from the main entry.` }] };
        }
        const functions = [...source.matchAll(/^export (?:async )?function (\w+)/gm)].map((match) => match[1]!);
        const contents = [
          `import * as main from ${JSON.stringify(MAIN_ENTRY)};`,
          ...classes.map((name) => `export const ${name} = main.${name};`),
          `export { ${functions.join(', ')} } from ${JSON.stringify(errorsFile)};`,
        ].join('\n');
        return { contents, loader: 'ts', resolveDir: dirname(errorsFile) };
      });
    },
  };
}
