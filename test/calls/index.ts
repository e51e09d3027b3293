import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { OperationId } from '../../src/generated/operations.js';
import type { CallTable, OperationCall, PrismTarget } from './types.js';

export type { CallTable, OperationCall, PrismTarget } from './types.js';

/**
 * Every file in this folder, one per resource group as in src/resources (`users.ts`,
 * `billing.ts`, …), exports `calls` and optionally `prism`; this merges them, refusing an operation
 * claimed twice.
 */
export async function loadCalls(): Promise<{ calls: Map<OperationId, OperationCall>; prism: Map<OperationId, PrismTarget> }> {
  const folder = dirname(fileURLToPath(import.meta.url));
  const calls = new Map<OperationId, OperationCall>();
  const prism = new Map<OperationId, PrismTarget>();
  const files = readdirSync(folder)
    .filter((file) => file.endsWith('.ts') && file !== 'index.ts' && file !== 'types.ts')
    .sort();
  for (const file of files) {
    const module = (await import(pathToFileURL(join(folder, file)).href)) as {
      calls?: CallTable;
      prism?: Partial<Record<OperationId, PrismTarget>>;
    };
    for (const [id, call] of Object.entries(module.calls ?? {}) as Array<[OperationId, OperationCall]>) {
      if (calls.has(id)) throw new Error(`${id} has a call in two files of test/calls (second: ${file})`);
      calls.set(id, call);
    }
    for (const [id, target] of Object.entries(module.prism ?? {}) as Array<[OperationId, PrismTarget]>) prism.set(id, target);
  }
  return { calls, prism };
}

/**
 * The call's source text on one line, as shown in the README: `clerk.users('user_123').ban()`.
 * Pass the source as written when you have it (scripts/readme-operations.ts reads it from these
 * files): `call.toString()` is the transpiler's output, which tsx reformats (double quotes, no spaces).
 */
export function callText(call: OperationCall | string): string {
  return (typeof call === 'string' ? call : call.toString())
    .replace(/^\(?clerk\)?\s*=>\s*/, '')
    .replace(/\s+/g, ' ')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/,\s*\]/g, ']')
    .replace(/,\s*\}/g, ' }')
    .replace(/\[\s+/g, '[')
    .trim();
}

/** The source text of every entry of the `calls` tables in test/calls/*.ts, by operation id. */
export function readCallSources(): Map<string, string> {
  const folder = dirname(fileURLToPath(import.meta.url));
  const sources = new Map<string, string>();
  const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && file !== 'index.ts' && file !== 'types.ts');
  for (const file of files.sort()) {
    const source = ts.createSourceFile(file, readFileSync(join(folder, file), 'utf8'), ts.ScriptTarget.Latest, true);
    source.forEachChild((statement) => {
      if (!ts.isVariableStatement(statement)) return;
      for (const declaration of statement.declarationList.declarations) {
        if (!ts.isIdentifier(declaration.name) || declaration.name.text !== 'calls') continue;
        const table = declaration.initializer;
        if (!table || !ts.isObjectLiteralExpression(table)) throw new Error(`${file}: \`calls\` is not an object literal`);
        for (const property of table.properties) {
          if (!ts.isPropertyAssignment(property)) throw new Error(`${file}: every entry of \`calls\` must be \`Id: (clerk) => …\``);
          const id = property.name.getText(source).replace(/^['"]|['"]$/g, '');
          sources.set(id, property.initializer.getText(source));
        }
      }
    });
  }
  return sources;
}
