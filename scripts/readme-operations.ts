/**
 * Writes docs/operations.md, the list of every operation: one row per operation of
 * src/generated/operations.ts, with the fluent call of the call table in test/calls/ (the same calls
 * the coverage and contract tests send). The README links to it from "Finding an operation".
 *
 *   npm run readme              rewrites docs/operations.md
 *   npm run readme -- --check   exits 1 when docs/operations.md differs from what it would write
 *
 * The call text is read from the call table's source, as written (test/calls/index.ts
 * `readCallSources`): `Function.prototype.toString` would give the transpiler's reformatted output.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type OperationId, type OperationInfo } from '../src/generated/operations.js';
import { operationTable as operations } from '../src/generated/decoders/all.js';
import { callText, loadCalls, readCallSources } from '../test/calls/index.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OPERATIONS_DOC = join(root, 'docs', 'operations.md');
const METHOD_ORDER = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];

function note(op: OperationInfo): string {
  const notes: string[] = [];
  if (op.deprecated) notes.push('deprecated');
  if (op.beta) notes.push('beta');
  if (op.legacy) notes.push(`legacy: ${op.legacy}`);
  return notes.join('; ');
}

/** Inline code that survives a table cell: pipes escaped, a fence longer than any backtick run inside. */
function code(text: string): string {
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const padded = longestRun > 0 ? ` ${text} ` : text;
  return `${fence}${padded}${fence}`.replace(/\|/g, '\\|');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\s+/g, ' ');
}

function byPathThenMethod(a: OperationInfo, b: OperationInfo): number {
  if (a.path !== b.path) return a.path < b.path ? -1 : 1;
  return METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchor(heading: string): string {
  return heading.toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-');
}

async function renderDoc(): Promise<string> {
  const { calls } = await loadCalls();
  const sources = readCallSources();
  const all = Object.values(operations) as OperationInfo[];
  const missing = all.filter((op) => !calls.has(op.id as OperationId) || !sources.has(op.id));
  if (missing.length > 0) throw new Error(`No call in test/calls for: ${missing.map((op) => op.id).join(', ')}`);

  const groups = new Map<string, OperationInfo[]>();
  for (const op of all) groups.set(op.group, [...(groups.get(op.group) ?? []), op]);
  const names = [...groups.keys()].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase(), 'en'));
  const headings = new Map(names.map((name) => [name, `${name} (${groups.get(name)!.length})`]));

  const lines = [
    '# Operations',
    '',
    '<!-- Written by `npm run readme` (scripts/readme-operations.ts): do not edit by hand. -->',
    '',
    `${all.length} operations in ${names.length} groups (the spec's \`x-speakeasy-group\`), each with its fluent call and its`,
    'endpoint. The calls are the ones the coverage and contract tests send (test/calls/); the README\'s',
    '[Finding an operation](../README.md#finding-an-operation) says how the names are made.',
    '',
    names.map((name) => `[${name}](#${anchor(headings.get(name)!)})`).join(' · '),
    '',
  ];
  for (const name of names) {
    const ops = groups.get(name)!.sort(byPathThenMethod);
    lines.push(`## ${headings.get(name)}`, '', '| Fluent call | Endpoint | Note |', '| --- | --- | --- |');
    for (const op of ops) {
      lines.push(`| ${code(callText(sources.get(op.id)!))} | ${code(`${op.method} ${op.path}`)} | ${cell(note(op))} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

const check = process.argv.includes('--check');
const current = existsSync(OPERATIONS_DOC) ? readFileSync(OPERATIONS_DOC, 'utf8') : '';
const next = await renderDoc();
if (check) {
  if (next !== current) {
    console.error('docs/operations.md is stale. Run `npm run readme`.');
    process.exitCode = 1;
  }
} else if (next !== current) {
  mkdirSync(join(root, 'docs'), { recursive: true });
  writeFileSync(OPERATIONS_DOC, next);
  console.log('docs/operations.md written.');
}
