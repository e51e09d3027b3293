/**
 * Every ```ts block of README.md compiles as written, against the built package (`'clerk-fluent'`
 * resolves to dist/ through the exports map, as in an application).
 *
 * Each snippet is its own module: it sees only what it imports or declares, the globals of an
 * ES2022 + DOM + Node.js project, and the prelude below, which stands for things every backend
 * has at hand. A name outside all of those fails the snippet: define it in the snippet (import it,
 * or write the line that makes it) rather than adding it here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../scripts/ensure-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** Where the snippets pretend to live: inside the repository, so `'clerk-fluent'` is this package. */
const virtualDir = join(root, '.readme-snippets');

/** The names a snippet may use without defining them. */
const PRELUDE_NAMES = ['clerk', 'request', 'token'];
const PRELUDE = `import type { Clerk } from 'clerk-fluent';

declare global {
  /** A client, as \`new Clerk()\` makes it. */
  const clerk: Clerk;
  /** An incoming HTTP request (the web standard \`Request\`), in a server's handler. */
  const request: Request;
  /** A session token (a JWT) taken from a request. */
  const token: string;
}
export {};
`;

/** Diagnostics that mean "this name is defined nowhere". */
const MISSING_NAME_CODES = new Set([2304, 2552, 2580, 2581, 2582, 18004]);

interface Snippet {
  /** The Markdown file and the line of the snippet's first code line. */
  file: string;
  line: number;
  heading: string;
  code: string;
}

interface Problem {
  line: number;
  message: string;
  missingName?: string;
}

/** The ```ts and ```typescript blocks of a Markdown text, with the heading each falls under. */
function extractSnippets(markdown: string, file: string): Snippet[] {
  const snippets: Snippet[] = [];
  const lines = markdown.split('\n');
  let heading = '(top)';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const fence = /^(`{3,})(\w*)\s*$/.exec(line);
    if (!fence) {
      if (/^#{1,6} /.test(line)) heading = line.trim();
      continue;
    }
    const end = lines.findIndex((candidate, at) => at > index && candidate.startsWith(fence[1]!) && candidate.trim() === fence[1]);
    if (end < 0) throw new Error(`${file}:${index + 1}: a code block that is never closed`);
    if (fence[2] === 'ts' || fence[2] === 'typescript') {
      snippets.push({ file, line: index + 2, heading, code: lines.slice(index + 1, end).join('\n') });
    }
    index = end;
  }
  return snippets;
}

/** Type-checks every snippet in one program; returns each one's problems, in order. */
function checkSnippets(snippets: Snippet[]): Problem[][] {
  const files = new Map<string, string>([[join(virtualDir, 'prelude.d.ts'), PRELUDE]]);
  const paths = snippets.map((snippet, index) => {
    const path = join(virtualDir, `snippet-${index}.ts`);
    files.set(path, `${snippet.code}\nexport {};\n`);
    return path;
  });
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: ['node'],
    skipLibCheck: true,
  };
  const host = ts.createCompilerHost(options);
  const { getSourceFile, fileExists, readFile } = host;
  host.getSourceFile = (path, language, ...rest) =>
    files.has(path) ? ts.createSourceFile(path, files.get(path)!, language) : getSourceFile.call(host, path, language, ...rest);
  host.fileExists = (path) => files.has(path) || fileExists.call(host, path);
  host.readFile = (path) => files.get(path) ?? readFile.call(host, path);
  const program = ts.createProgram([...files.keys()], options, host);

  const preludeProblems = ts.getPreEmitDiagnostics(program, program.getSourceFile(join(virtualDir, 'prelude.d.ts')));
  if (preludeProblems.length > 0) throw new Error(`The prelude does not compile: ${ts.flattenDiagnosticMessageText(preludeProblems[0]!.messageText, ' ')}`);
  return paths.map((path, index) => {
    const source = program.getSourceFile(path)!;
    return ts.getPreEmitDiagnostics(program, source).map((diagnostic) => {
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ');
      const line = snippets[index]!.line + (diagnostic.start === undefined ? 0 : source.getLineAndCharacterOfPosition(diagnostic.start).line);
      const missingName = MISSING_NAME_CODES.has(diagnostic.code) ? /'([^']+)'/.exec(message)?.[1] : undefined;
      return { line, message: `TS${diagnostic.code}: ${message}`, ...(missingName === undefined ? {} : { missingName }) };
    });
  });
}

/** What a failing snippet's test says: where it is, which names are missing, every error. */
function report(snippet: Snippet, problems: Problem[]): string {
  const missing = [...new Set(problems.flatMap((problem) => (problem.missingName ? [problem.missingName] : [])))];
  return [
    `The snippet at ${snippet.file}:${snippet.line}, under "${snippet.heading}", does not compile.`,
    ...(missing.length > 0
      ? [`Names it uses but never defines: ${missing.join(', ')}. Define them in the snippet (import them, or write the line that makes them); the only names given for free are ${PRELUDE_NAMES.join(', ')}.`]
      : []),
    ...problems.map((problem) => `  ${snippet.file}:${problem.line}: ${problem.message}`),
  ].join('\n');
}

const readmeSnippets = extractSnippets(readFileSync(join(root, 'README.md'), 'utf8'), 'README.md');

/** Snippets that must fail, checked in the same program: the test can tell a bad snippet. */
const controls = extractSnippets(
  ['# Control', '', '```ts', "import { Clerk } from 'clerk-fluent';", 'const client = new Clerk({ logger: log });', 'await client.users(userId).ban();', '```', ''].join('\n'),
  'control.md',
);

let problems: Problem[][] = [];

describe('README.md snippets', () => {
  beforeAll(async () => {
    await ensureBuild();
    problems = checkSnippets([...readmeSnippets, ...controls]);
  }, 180_000);

  it('finds the TypeScript snippets, each under its heading', () => {
    const fluentTree = readmeSnippets.filter((snippet) => snippet.heading === '## The fluent tree');
    expect(fluentTree.map((snippet) => snippet.code).join('\n')).toContain("await clerk.users('user_123').ban();");
  });

  it.each(readmeSnippets.map((snippet, index) => ({ snippet, index, where: `line ${snippet.line}, ${snippet.heading}` })))(
    'compiles as written: $where',
    ({ snippet, index }) => {
      const found = problems[index]!;
      if (found.length > 0) expect.fail(report(snippet, found));
    },
  );

  it('reports the names a snippet never defines, with their README lines (control)', () => {
    const control = controls[0]!;
    const found = problems[readmeSnippets.length]!;
    const text = report(control, found);
    expect(text).toContain('The snippet at control.md:4, under "# Control", does not compile.');
    expect(text).toContain('Names it uses but never defines: log, userId.');
    expect(text).toContain("control.md:5: TS2304: Cannot find name 'log'.");
    expect(text).toContain("control.md:6: TS2304: Cannot find name 'userId'.");
  });
});
