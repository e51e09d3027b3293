/**
 * The runtime smoke suite: the built package (dist/) in Node, Bun, Deno and workerd, each running
 * the checks of smoke.mjs against a loopback server. A runtime that is missing, crashes or fails
 * a check fails its test; nothing here is skipped.
 *
 * The runtimes come from devDependencies (binaries.ts finds them); their caches go to a temporary
 * directory removed at the end, and none of them reaches the network: Deno runs with
 * `--no-remote --cached-only` and may connect to the server's port only, Bun with `--no-install`,
 * workerd with an outbound service that allows loopback addresses alone (workerd/config.capnp).
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build.js';
import { signWebhook } from '../../src/testing/index.js';
import { AZP, ISSUER, makeKey, mintSession } from '../tokens/mint.js';
import { specExample } from '../webhooks/events.js';
import { runtimeBinary } from './binaries.js';
import { startSmokeServer, type SmokeServer } from './server.js';
import { checks, RESULTS_MARKER, type SmokeConfig, type SmokeResult } from './smoke.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const here = fileURLToPath(new URL('./', import.meta.url));
const SECRET_KEY = 'sk_test_runtime_smoke_0123456789';
const { devDependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };

/** How one run starts: the command, and what the environment holds. */
interface RunPlan {
  name: string;
  environment: SmokeConfig['environment'];
  /** The built file the runtime must have loaded: dist/index.js (ESM) or dist/index.cjs. */
  build: 'index.js' | 'index.cjs';
  command(config: string, port: number): Promise<{ file: string; args: string[]; env?: Record<string, string> }>;
}

let server: SmokeServer;
let cache: string;

const WEBHOOK_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
/** A delivery signed as Clerk signs it, for the webhook check. */
const webhook = {
  signingSecret: WEBHOOK_SECRET,
  ...(await signWebhook(
    { type: 'user.created', object: 'event', timestamp: Date.now(), instance_id: 'ins_smoke', data: { ...specExample('user.created').data, id: 'user_1', first_name: 'Zoë', public_metadata: { plan_tier: 'pro' } } },
    { signingSecret: WEBHOOK_SECRET },
  )),
};

/** A session token signed as Clerk signs it, with its public key, for the token check (valid an hour: runtimes run one after another). */
const tokenKey = await makeKey();
const session = {
  jwtKey: tokenKey.pem,
  authorizedParty: AZP,
  issuer: ISSUER,
  token: await mintSession(tokenKey, { exp: Math.floor(Date.now() / 1000) + 3600 }),
};

/** The config of one run; the place for inputs the test makes for a check (see smoke.mjs). */
function smokeConfig(name: string, environment: SmokeConfig['environment']): SmokeConfig {
  return { apiUrl: server.addRun(name, SECRET_KEY), secretKey: SECRET_KEY, environment, fixtures: { webhook, session } };
}

const denoFlags = (port: number) => ['run', '--no-prompt', '--no-lock', '--no-remote', '--cached-only', '--node-modules-dir=manual', `--allow-net=127.0.0.1:${port}`];

const plans: RunPlan[] = [
  { name: 'node-esm', environment: 'set', build: 'index.js', command: async (config) => ({ file: process.execPath, args: [join(here, 'entry.mjs'), config] }) },
  { name: 'node-cjs', environment: 'set', build: 'index.cjs', command: async (config) => ({ file: process.execPath, args: [join(here, 'entry.cjs'), config] }) },
  { name: 'bun-esm', environment: 'set', build: 'index.js', command: async (config) => ({ file: runtimeBinary('bun'), args: ['--no-install', join(here, 'entry.mjs'), config] }) },
  { name: 'bun-cjs', environment: 'set', build: 'index.cjs', command: async (config) => ({ file: runtimeBinary('bun'), args: ['--no-install', join(here, 'entry.cjs'), config] }) },
  // Without --allow-env: CLERK_SECRET_KEY is set, but Deno refuses to let it be read.
  { name: 'deno-no-env', environment: 'refused', build: 'index.js', command: async (config, port) => ({ file: runtimeBinary('deno'), args: [...denoFlags(port), join(here, 'entry.mjs'), config] }) },
  {
    name: 'deno-env',
    environment: 'set',
    build: 'index.js',
    command: async (config, port) => ({ file: runtimeBinary('deno'), args: [...denoFlags(port), '--allow-env=CLERK_SECRET_KEY,CLERK_API_URL', join(here, 'entry.mjs'), config] }),
  },
  {
    name: 'workerd',
    environment: 'unset',
    build: 'index.js',
    async command(config) {
      const binary = runtimeBinary('workerd');
      await bundleWorker();
      return { file: binary, args: ['test', join(here, 'workerd', 'config.capnp')], env: { SMOKE_CONFIG: config } };
    },
  },
];

/** What each runtime's bundle was made from: esbuild's inputs for workerd. */
let workerInputs: string[] = [];

/** worker.mjs and the built package in one ES module, where config.capnp embeds it. */
async function bundleWorker(): Promise<void> {
  const outDir = join(here, 'workerd', 'build');
  mkdirSync(outDir, { recursive: true });
  const result = await build({
    entryPoints: [join(here, 'workerd', 'worker.mjs')],
    outfile: join(outDir, 'worker.mjs'),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'import'],
    target: 'es2022',
    metafile: true,
    logLevel: 'silent',
  });
  workerInputs = Object.keys(result.metafile.inputs);
}

interface RunOutcome {
  exitCode: number | null;
  output: string;
  report?: { runtime: string; loaded: string; results: SmokeResult[] };
}

function run(file: string, args: string[], env: Record<string, string>): Promise<RunOutcome> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: root, env, timeout: 60_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      const line = output.split('\n').find((text) => text.startsWith(RESULTS_MARKER));
      const exitCode = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ exitCode, output, report: line ? JSON.parse(line.slice(RESULTS_MARKER.length)) : undefined });
    });
  });
}

/** A clean environment: no CLERK_* variable from the developer's shell, caches in the temp dir. */
function environmentFor(plan: RunPlan, config: SmokeConfig, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    HOME: cache,
    NO_COLOR: '1',
    DENO_DIR: join(cache, 'deno'),
    DENO_NO_UPDATE_CHECK: '1',
    BUN_INSTALL_CACHE_DIR: join(cache, 'bun'),
    BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0',
    ...(plan.environment === 'unset' ? {} : { CLERK_SECRET_KEY: config.secretKey, CLERK_API_URL: config.apiUrl }),
    ...extra,
  };
}

describe('the built package in every runtime', () => {
  beforeAll(async () => {
    await ensureBuild();
    server = await startSmokeServer();
    cache = mkdtempSync(join(tmpdir(), 'clerk-fluent-runtimes-'));
  }, 180_000);

  afterAll(async () => {
    await server?.close();
    if (cache) rmSync(cache, { recursive: true, force: true });
  });

  describe.concurrent.each(plans)('$name', (plan) => {
    it('passes every smoke check', async () => {
      const config = smokeConfig(plan.name, plan.environment);
      const port = Number(new URL(server.origin).port);
      const { file, args, env } = await plan.command(JSON.stringify(config), port);
      const outcome = await run(file, args, environmentFor(plan, config, env));
      const excerpt = outcome.output.slice(-2_000);
      expect(outcome.report, `${plan.name} printed no results (exit ${outcome.exitCode}):\n${excerpt}`).toBeDefined();
      const failed = outcome.report!.results.filter((result) => !result.ok).map((result) => `${result.name}: ${result.error}`);
      expect(failed, `${plan.name} (${outcome.report!.runtime})`).toEqual([]);
      expect(outcome.report!.results.map((result) => result.name)).toEqual(checks.map((check) => check.name));
      expect(outcome.exitCode, excerpt).toBe(0);

      // What the server saw: the built file the runtime loaded, the key, the wait before the retry.
      if (plan.name === 'workerd') expect(workerInputs).toContain('dist/index.js');
      else expect(fileURLToPath(new URL(outcome.report!.loaded, 'file:///'))).toBe(join(root, 'dist', plan.build));
      const requests = server.requests(plan.name);
      expect(requests.every((request) => request.authorization === `Bearer ${SECRET_KEY}`)).toBe(true);
      const busy = requests.filter((request) => request.path === '/users/user_busy');
      expect(busy).toHaveLength(2);
      expect(busy[1]!.at - busy[0]!.at).toBeGreaterThanOrEqual(950);
    }, 90_000);
  });
});

describe("the README's Runtimes table", () => {
  /** The table's rows: first cell (the runtime) to second (the version). */
  function tableRows(): Map<string, string> {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const start = readme.indexOf('\n## Runtimes\n');
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
    const rows = section.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| Runtime |'));
    return new Map(rows.map((row) => row.split(' | ').map((cell) => cell.replace(/^\| /, '')) as [string, string]));
  }

  const version = (runtime: 'bun' | 'deno' | 'workerd') => execFileSync(runtimeBinary(runtime), ['--version'], { encoding: 'utf8' }).trim();

  it('names the runtimes the suite runs, at the versions it runs', () => {
    const rows = tableRows();
    expect([...rows.keys()].map((name) => name.split(' ')[0])).toEqual(['Node.js', 'Bun', 'Deno', 'workerd']);
    const cell = (prefix: string) => [...rows].find(([name]) => name.startsWith(prefix))![1];
    expect(cell('Node.js')).toBe(`${process.versions.node.split('.')[0]}.x`);
    expect(cell('Bun')).toBe(devDependencies.bun);
    expect(version('bun')).toBe(devDependencies.bun);
    expect(cell('Deno')).toBe(devDependencies.deno);
    expect(version('deno').split('\n')[0]).toMatch(new RegExp(`^deno ${devDependencies.deno!.replace(/\./g, '\\.')} `));
    // The npm package 1.YYYYMMDD.N carries workerd YYYY-MM-DD.
    expect(cell('workerd')).toBe(devDependencies.workerd);
    const date = /^1\.(\d{4})(\d{2})(\d{2})\.\d+$/.exec(devDependencies.workerd!)!;
    expect(version('workerd')).toBe(`workerd ${date[1]}-${date[2]}-${date[3]}`);
  });
});
