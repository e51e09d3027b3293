/**
 * Runs every script of examples/ as a user would (`npx tsx examples/<name>.ts`, importing
 * 'clerk-fluent' from dist/), each in its own process, and shows what it prints.
 *
 *   npm run demo                    no CLERK_SECRET_KEY: against the in-memory fake Clerk of
 *                                   clerk-fluent/testing, seeded with a small instance
 *   npm run demo -- --prism         against Prism, a mock answering with data generated from the spec
 *   CLERK_SECRET_KEY=… npm run demo against your instance: read-only examples only
 *   npm run demo -- --write         with a key: the examples that create, ban and delete too
 *   npm run demo -- --fake          the fake even when CLERK_SECRET_KEY is set
 *   npm run demo -- users-list …    only the examples named
 *
 * The fake runs inside this process, served on a loopback port; each example is its own process
 * and reaches it through CLERK_API_URL, exactly as it would reach Clerk. Examples share the fake,
 * so what one creates the next one lists.
 *
 * Builds dist/ first when it is missing or stale. Exits 1 when an example fails.
 */
import { SPEC } from './config.js';
import { ensureBuild } from './ensure-build.js';
import { listExamples, runExample } from './examples.js';
import { startPrism, type MockServer } from './prism.js';
import { createFakeClerk } from '../src/testing/index.js';
import { demoSeed } from './fake-seed.js';

/** Lines shown per example: an export of a real instance can print thousands. */
const MAX_LINES = 40;
const MAX_LINE_LENGTH = 160;

/** Shows an example's output as it comes, cut at {@link MAX_LINES} lines of {@link MAX_LINE_LENGTH} characters. */
function printer(): { line(text: string, stream: 'stdout' | 'stderr'): void; end(): void } {
  let shown = 0;
  let hidden = 0;
  return {
    line(text, stream) {
      if (shown >= MAX_LINES) {
        hidden++;
        return;
      }
      shown++;
      const cut = text.length > MAX_LINE_LENGTH ? `${text.slice(0, MAX_LINE_LENGTH - 1)}…` : text;
      console.log(`${stream === 'stderr' ? '  stderr> ' : '  '}${cut}`);
    },
    end() {
      if (hidden > 0) console.log(`  … ${hidden} more line${hidden === 1 ? '' : 's'}`);
    },
  };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const write = args.includes('--write');
  const usePrism = args.includes('--prism');
  const useFake = !usePrism && (args.includes('--fake') || !process.env.CLERK_SECRET_KEY);
  const local = usePrism || useFake;
  const only = args.filter((arg) => !arg.startsWith('--'));

  let examples = listExamples();
  const unknown = only.filter((name) => !examples.some((example) => example.name === name));
  if (unknown.length > 0) {
    console.error(`No such example: ${unknown.join(', ')}. Examples: ${examples.map((example) => example.name).join(', ')}`);
    return 2;
  }
  if (only.length > 0) examples = examples.filter((example) => only.includes(example.name));
  const skipped = !local && !write ? examples.filter((example) => example.writes) : [];
  examples = examples.filter((example) => !skipped.includes(example));

  await ensureBuild((line) => console.log(line));

  /** Stops the fake's server or Prism, whichever was started. */
  let stopServer: (() => Promise<void>) | undefined;
  const stopLocal = () => {
    const stopping = stopServer?.();
    stopServer = undefined;
    return stopping;
  };
  const onSignal = () => void Promise.resolve(stopLocal()).finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    let env: NodeJS.ProcessEnv;
    if (useFake) {
      const fake = createFakeClerk({ seed: demoSeed });
      const server = await fake.listen();
      stopServer = () => server.close();
      env = { ...process.env, CLERK_SECRET_KEY: fake.secretKey, CLERK_API_URL: server.url };
      console.log(`Running against an in-memory fake Clerk (clerk-fluent/testing) at ${server.url}, seeded with ${demoSeed.users?.length ?? 0} users and ${demoSeed.organizations?.length ?? 0} organizations.`);
    } else if (usePrism) {
      console.log(`Starting a local mock of the Clerk API (Prism, serving ${SPEC})…`);
      const mock: MockServer = await startPrism();
      stopServer = () => mock.stop();
      env = { ...process.env, CLERK_SECRET_KEY: 'sk_test_demo', CLERK_API_URL: mock.apiUrl };
      console.log(`Mock at ${mock.apiUrl} (Prism pid ${mock.pid}). Its answers are generated from the spec: expect placeholder text and odd numbers.`);
    } else {
      env = { ...process.env };
      console.log(`Running against ${process.env.CLERK_API_URL || 'https://api.clerk.com'} with your CLERK_SECRET_KEY.`);
      if (skipped.length > 0) {
        console.log(`Skipping the examples that write (${skipped.map((example) => example.name).join(', ')}): add --write to run them.`);
      }
    }

    const failed: string[] = [];
    for (const example of examples) {
      console.log(`\n━━ ${example.file}${example.writes ? ' (writes)' : ''}: ${example.title}`);
      const output = printer();
      const run = await runExample(example, env, output.line);
      output.end();
      const seconds = (run.ms / 1000).toFixed(1);
      if (run.code === 0) {
        console.log(`✓ ${example.name} (${seconds} s)`);
      } else {
        console.log(`✗ ${example.name} exited with ${run.code ?? 'a signal'} (${seconds} s)`);
        failed.push(example.name);
      }
    }

    console.log(`\n${examples.length - failed.length} of ${examples.length} examples succeeded${failed.length ? `; failed: ${failed.join(', ')}` : ''}.`);
    if (local) console.log('Against your instance: CLERK_SECRET_KEY=sk_test_… npm run demo (read-only; add -- --write for the rest).');
    return failed.length > 0 ? 1 : 0;
  } finally {
    await stopLocal();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

process.exitCode = await main();
