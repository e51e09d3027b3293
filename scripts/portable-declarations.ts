/**
 * Makes the declarations tsup wrote (the main and testing entries', and the chunks they share)
 * type-check in a consumer's project whatever its `target` and `lib`; run by `npm run build` after
 * tsup.
 *
 * - TypeScript marks a class that has `#private` fields with a `#private;` line. A consumer whose
 *   `target` is below ES2015 (TypeScript's default is ES5) gets TS18028 for that line, even with
 *   `skipLibCheck`. Each marker becomes a TypeScript `private` member named after its class, which
 *   keeps what the marker is for (the class is not structurally compatible with a look-alike) and
 *   compiles under any target. The runtime classes are untouched: records keep their `#` fields,
 *   so they still serialise and spread as their data alone.
 * - The declarations use `AsyncIterable` and `Symbol.asyncIterator`: a
 *   `/// <reference lib="es2020" />` brings those types in when the consumer's `lib` is older
 *   (TypeScript's default `lib` follows its ES5 target; ES2020 also covers what type-fest's
 *   declarations need, should they be imported again).
 * - type-fest's `LiteralUnion`, the only type-fest type the declarations import, is written out in
 *   place of the import (the same one-line definition). Importing it loads all of type-fest's
 *   declarations (about 260 files), and a consumer without `skipLibCheck` (TypeScript's default)
 *   then spends most of its type-check on them: about 17 s of CPU for a ten-line consumer, against
 *   about 2.5 s without them (`tsc --extendedDiagnostics`, 2026-12-01).
 *
 * test/consumer-types.test.ts type-checks a small consumer with default and common options.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The main and testing entries' declarations, and the chunks of declarations they share
 * (`types-*.d.ts`, which tsup writes when both entries name the same types).
 */
const FILES = ['dist', 'dist/testing'].flatMap((dir) =>
  readdirSync(join(root, dir))
    .filter((name) => name.endsWith('.d.ts') || name.endsWith('.d.cts'))
    .map((name) => `${dir}/${name}`),
);
const LIB_REFERENCE = '/// <reference lib="es2020" />';
const CLASS_LINE = /^(?:export )?declare (?:abstract )?class (\w+)/;
const MARKER_LINE = /^(\s*)#private;$/;
const LITERAL_UNION_IMPORT = "import { LiteralUnion } from 'type-fest';";
/** What the bundler leaves of that import in a file that only re-exports types using it. */
const BARE_TYPE_FEST_IMPORT = "import 'type-fest';";
/** type-fest 5's definition (source/literal-union.d.ts), under the same name. */
const LITERAL_UNION = 'type LiteralUnion<LiteralType, BaseType> = LiteralType | (BaseType & Record<never, never>);';

function portable(declarations: string, file: string): string {
  let currentClass: string | undefined;
  const lines = declarations.split('\n').filter((line) => line !== BARE_TYPE_FEST_IMPORT).map((line) => {
    currentClass = CLASS_LINE.exec(line)?.[1] ?? currentClass;
    const marker = MARKER_LINE.exec(line);
    if (line === LITERAL_UNION_IMPORT) return LITERAL_UNION;
    if (!marker) return line;
    if (!currentClass) throw new Error(`${file}: a #private marker outside a class`);
    return `${marker[1]}private "#private:${currentClass}";`;
  });
  const text = lines.join('\n');
  if (text.includes("'type-fest'")) throw new Error(`${file}: an import of type-fest left after the rewrite`);
  const left = /^\s*#\w+/m.exec(text);
  if (left) throw new Error(`${file}: a private identifier left after the rewrite: ${left[0].trim()}`);
  return text.startsWith(LIB_REFERENCE) ? text : `${LIB_REFERENCE}\n${text}`;
}

for (const file of FILES) {
  const path = join(root, file);
  writeFileSync(path, portable(readFileSync(path, 'utf8'), file));
}

// clerk-fluent/rate-limit's declarations import the main entry's by name (see tsup.config.ts);
// pointed at the file beside them, they resolve under every moduleResolution, node10 included.
const MAIN_BY_NAME = "from 'clerk-fluent';";
for (const [file, main] of [
  ['dist/rate-limit/index.d.ts', '../index.js'],
  ['dist/rate-limit/index.d.cts', '../index.cjs'],
] as const) {
  const path = join(root, file);
  const declarations = readFileSync(path, 'utf8');
  if (!declarations.includes(MAIN_BY_NAME)) throw new Error(`${file}: no import of 'clerk-fluent' to point at ${main}`);
  writeFileSync(path, declarations.replaceAll(MAIN_BY_NAME, `from '${main}';`));
}
