import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type OperationInfo } from '../src/generated/operations.js';
import { operationTable as operations } from '../src/generated/decoders/all.js';

const resources = fileURLToPath(new URL('../src/resources', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** For every `ops.<Id>` a resource method uses: the TSDoc block written just above that method. */
function docsByOperation(): Map<string, string[]> {
  const docs = new Map<string, string[]>();
  for (const file of files(resources)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      for (const match of line.matchAll(/\bops\.(\w+)\b/g)) {
        let end = index;
        while (end > 0 && !/\*\/\s*$/.test(lines[end]!)) end -= 1;
        let start = end;
        while (start > 0 && !/^\s*\/\*\*/.test(lines[start]!)) start -= 1;
        const block = lines.slice(start, end + 1).join('\n');
        docs.set(match[1]!, [...(docs.get(match[1]!) ?? []), block]);
      }
    });
  }
  return docs;
}

const docs = docsByOperation();
const table = Object.values(operations) as OperationInfo[];

describe('TSDoc of resource methods', () => {
  it('every operation is called by a documented method naming its method and path', () => {
    const missing = table.filter((op) => !(docs.get(op.id) ?? []).some((block) => block.includes(`${op.method} ${op.path}`)));
    expect(missing.map((op) => `${op.id} ${op.method} ${op.path}`)).toEqual([]);
  });

  it('deprecated and legacy operations say @deprecated', () => {
    const silent = table
      .filter((op) => op.deprecated || op.legacy)
      .filter((op) => !(docs.get(op.id) ?? []).some((block) => block.includes('@deprecated')));
    expect(silent.map((op) => op.id)).toEqual([]);
  });

  it('beta operations say so', () => {
    const silent = table.filter((op) => op.beta).filter((op) => !(docs.get(op.id) ?? []).some((block) => /\bbeta\b/i.test(block)));
    expect(silent.map((op) => op.id)).toEqual([]);
  });
});
