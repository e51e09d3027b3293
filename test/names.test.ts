/**
 * The naming rule (README, "The fluent tree"): in every public name an acronym is a word, cased like
 * one (`RedirectUrl`, `JwtTemplate`, `deleteTotp`, `OauthApplication`, `M2mToken`), so no public
 * name has two capitals in a row. Read from the package's entry with the TypeScript compiler: every
 * export, every public member of an exported class, every type under `ClerkTypes`. Former names
 * kept for compatibility are marked `@deprecated`; `toJSON` (JavaScript's) and UPPER_CASE constants
 * are not words.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'src', 'index.ts');

interface PublicName {
  readonly name: string;
  readonly where: string;
  readonly deprecated: boolean;
}

function publicNames(): PublicName[] {
  const config = ts.getParsedCommandLineOfConfigFile(join(root, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const program = ts.createProgram([entry], { ...config.options, noEmit: true });
  const checker = program.getTypeChecker();
  const module = checker.getSymbolAtLocation(program.getSourceFile(entry)!)!;
  const deprecated = (symbol: ts.Symbol) => (symbol.declarations ?? []).some((declaration) => ts.getJSDocDeprecatedTag(declaration) !== undefined);
  const names: PublicName[] = [];
  for (const symbol of checker.getExportsOfModule(module)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    if (symbol.name === 'ClerkTypes') {
      for (const type of checker.getExportsOfModule(target)) names.push({ name: type.name, where: 'ClerkTypes', deprecated: deprecated(type) });
      continue;
    }
    // A former name exported as a const beside a type of the same name: deprecated if either is.
    names.push({ name: symbol.name, where: 'clerk-fluent', deprecated: deprecated(target) || deprecated(symbol) });
    if (!(target.flags & ts.SymbolFlags.Class)) continue;
    for (const member of checker.getPropertiesOfType(checker.getDeclaredTypeOfSymbol(target))) {
      const declaration = member.declarations?.[0];
      if (!declaration || !declaration.getSourceFile().fileName.startsWith(join(root, 'src'))) continue;
      if (ts.getCombinedModifierFlags(declaration) & (ts.ModifierFlags.Private | ts.ModifierFlags.Protected)) continue;
      if (member.name.startsWith('__@') || member.name.startsWith('#')) continue;
      names.push({ name: member.name, where: symbol.name, deprecated: deprecated(member) });
    }
  }
  return names;
}

const names = publicNames();
const inWordCase = (name: string) => !/[A-Z]{2}/.test(name) || /^[A-Z][A-Z0-9_]*$/.test(name) || name === 'toJSON';

describe('public names', () => {
  it('are read from the entry: classes, their methods, ClerkTypes', () => {
    const has = (where: string, name: string) => names.some((entry) => entry.where === where && entry.name === name);
    expect(has('clerk-fluent', 'RedirectUrl') && has('UserHandle', 'deleteTotp') && has('ClerkTypes', 'JwtTemplate')).toBe(true);
  });

  it('have acronyms as words, but for deprecated former names', () => {
    const offending = names.filter((entry) => !entry.deprecated && !inWordCase(entry.name)).map((entry) => `${entry.where}: ${entry.name}`);
    expect([...new Set(offending)]).toEqual([]);
  });

});
