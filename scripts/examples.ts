/**
 * The examples of examples/, as data (name, title, whether they write) and as child processes run
 * the way a user runs them: `npx tsx examples/<name>.ts`, importing 'clerk-fluent' from dist/.
 * Shared by `npm run demo` and test/examples.test.ts.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tsx = join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** The order a newcomer reads them in; examples not listed follow, alphabetically. */
const READING_ORDER = ['users-list', 'pagination', 'users-ban', 'organizations', 'export-users', 'errors', 'timeouts', 'webhooks'];
const EXAMPLE_TIMEOUT_MS = 120_000;

export interface Example {
  name: string;
  file: string;
  /** The first paragraph of the file's doc comment. */
  title: string;
  /** The doc comment has a `Writes:` line: the example creates, changes or deletes data. */
  writes: boolean;
}

/** Every example, in reading order. */
export function listExamples(): Example[] {
  const names = readdirSync(join(root, 'examples'))
    .filter((file) => file.endsWith('.ts'))
    .map((file) => file.slice(0, -3));
  const rank = (name: string) => (READING_ORDER.includes(name) ? READING_ORDER.indexOf(name) : READING_ORDER.length);
  return names
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b))
    .map((name) => {
      const file = join('examples', `${name}.ts`);
      const source = readFileSync(join(root, file), 'utf8');
      const summary = /^\/\*\*\s*\n((?:\s*\*[^\n]*\S[^\n]*\n)+)/.exec(source)?.[1] ?? name;
      const title = summary.replace(/^\s*\*\s?/gm, '').replace(/\s+/g, ' ').trim();
      return { name, file, title, writes: /^\s*\*\s*Writes:/m.test(source) };
    });
}

export interface ExampleRun {
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs one example with tsx in a child process; `onLine` sees its output as it comes. */
export function runExample(
  example: Example,
  env: NodeJS.ProcessEnv,
  onLine: (line: string, stream: 'stdout' | 'stderr') => void = () => {},
): Promise<ExampleRun> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsx, example.file], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const output = { stdout: '', stderr: '' };
    const timer = setTimeout(() => child.kill('SIGKILL'), EXAMPLE_TIMEOUT_MS);
    for (const stream of ['stdout', 'stderr'] as const) {
      let partial = '';
      child[stream].setEncoding('utf8');
      child[stream].on('data', (chunk: string) => {
        output[stream] += chunk;
        const lines = (partial + chunk).split('\n');
        partial = lines.pop() ?? '';
        for (const line of lines) onLine(line, stream);
      });
      child[stream].on('end', () => partial && onLine(partial, stream));
    }
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, ...output, ms: Date.now() - started });
    });
  });
}
