/**
 * The shipped declarations, as a consumer's `tsc` sees them: a small project outside the repository
 * that installs the package (a link to this directory, so dist/ and the dependencies are the real
 * ones) and is type-checked with TypeScript's default options (no `target`: ES5, and its default
 * `lib`) and with the settings projects commonly use. scripts/portable-declarations.ts is what
 * makes the default one pass.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../scripts/ensure-build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

/** A first hour with the package: no top-level await, so it is valid CommonJS and ESM alike. */
const CONSUMER = `import { Clerk, ClerkAPIError, NotFoundError, RateLimitError, verifyWebhook, WebhookVerificationError, type ClerkTypes, type User } from 'clerk-fluent';
import { signWebhook } from 'clerk-fluent/testing';
import { ClerkRateLimiterError, memoryRateLimiter, type RateLimiter } from 'clerk-fluent/rate-limit';

const clerk = new Clerk({ secretKey: 'sk_test_x', timeout: 10_000, maxRetries: 1 });
const rateLimiter: RateLimiter = memoryRateLimiter({ requests: 100, perSeconds: 10 });
const paced = new Clerk({ secretKey: 'sk_test_x', rateLimiter });

export async function pacedCount(): Promise<string> {
  try {
    return String(await paced.users.count());
  } catch (error) {
    if (error instanceof ClerkRateLimiterError) return error.message;
    throw error;
  }
}

export async function firstHour(): Promise<string[]> {
  const seen: string[] = [];
  for await (const user of clerk.users.list({ limit: 10 })) seen.push(user.id);
  const page = await clerk.users.list();
  const users: User[] = page.data;
  const user = await clerk.users.get('user_123', { signal: AbortSignal.timeout(5_000) });
  await user.ban();
  const banned: boolean = user.banned;
  const org = await clerk.organizations.create({ name: 'Acme', createdBy: user.id });
  await clerk.organizations(org.id).memberships.create({ userId: user.id, role: 'org:member' });
  const body: ClerkTypes.CreateUserBody = { emailAddress: ['ada@example.com'] };
  await clerk.users.create(body);
  try {
    await clerk.users('user_missing').delete();
  } catch (error) {
    if (error instanceof NotFoundError) seen.push(String(error.status));
    else if (error instanceof RateLimitError) seen.push(String(error.retryAfter));
    else if (error instanceof ClerkAPIError) throw error;
  }
  return [...seen, ...users.map((listed) => listed.id), String(banned)];
}

export async function webhook(): Promise<string> {
  const { body, headers } = await signWebhook({ type: 'user.created', object: 'event' }, { signingSecret: 'whsec_x' });
  try {
    const event = await verifyWebhook(body, headers, { toleranceInSeconds: 60 });
    return event.type + event.instanceId;
  } catch (error) {
    if (error instanceof WebhookVerificationError) return error.reason;
    throw error;
  }
}
`;

/** The control: a type error the package's types must reveal, so the check is not vacuous. */
const WRONG = `import { Clerk } from 'clerk-fluent';

export async function wrong(): Promise<number> {
  const user = await new Clerk().users.get('user_123');
  return user.id;
}
`;

let project: string;

interface Check {
  ok: boolean;
  output: string;
  files: string[];
}

function typeCheck(args: string[]): Promise<Check> {
  return new Promise((resolve) => {
    execFile(process.execPath, [tsc, '--noEmit', '--listFiles', '--pretty', 'false', ...args], { cwd: project, encoding: 'utf8' }, (error, stdout, stderr) => {
      const lines = `${stdout}${stderr}`.split('\n');
      resolve({
        ok: error === null,
        output: lines.filter((line) => line.includes('error TS')).join('\n'),
        files: lines.filter((line) => line.startsWith('/')),
      });
    });
  });
}

describe("a consumer's tsc against dist/", () => {
  beforeAll(async () => {
    await ensureBuild();
    project = mkdtempSync(join(tmpdir(), 'clerk-fluent-consumer-'));
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(root, join(project, 'node_modules', 'clerk-fluent'), 'dir');
    for (const file of ['consumer.ts', 'consumer.mts', 'consumer.cts']) writeFileSync(join(project, file), CONSUMER);
    writeFileSync(join(project, 'wrong.ts'), WRONG);
  }, 180_000);

  afterAll(() => {
    if (project) rmSync(project, { recursive: true, force: true });
  });

  // The first two check dist/'s declarations too, as TypeScript does by default (no skipLibCheck);
  // the module variants are about which declaration file resolves (index.d.cts is the same text as
  // index.d.ts), so they skip that part to keep the suite quick.
  const variants: Array<{ name: string; args: string[]; declarations: string[] }> = [
    { name: 'default options (no target: ES5, its lib)', args: ['consumer.ts'], declarations: ['index.d.ts', 'testing/index.d.ts'] },
    { name: '--strict', args: ['--strict', 'consumer.ts'], declarations: ['index.d.ts', 'testing/index.d.ts'] },
    {
      name: '--module nodenext, an ESM and a CommonJS file',
      args: ['--strict', '--skipLibCheck', '--module', 'nodenext', 'consumer.mts', 'consumer.cts'],
      declarations: ['index.d.ts', 'index.d.cts', 'testing/index.d.ts', 'testing/index.d.cts'],
    },
    {
      name: '--moduleResolution bundler',
      args: ['--strict', '--skipLibCheck', '--module', 'esnext', '--moduleResolution', 'bundler', 'consumer.ts'],
      declarations: ['index.d.ts', 'testing/index.d.ts'],
    },
  ];

  it.concurrent.each(variants)('type-checks with $name', async ({ args, declarations }) => {
    const result = await typeCheck(args);
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
    for (const declaration of declarations) expect(result.files).toContain(join(root, 'dist', declaration));
    // The declarations import no package: type-fest's one type is written out (its 200-odd files
    // would otherwise be read and checked in every consumer's type-check).
    expect(result.files.filter((file) => file.includes('/node_modules/') && !file.includes('/node_modules/typescript/'))).toEqual([]);
  }, 180_000);

  it.concurrent('reports a type error against the package (the control)', async () => {
    const result = await typeCheck(['--skipLibCheck', 'wrong.ts']);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/^wrong\.ts\(5,3\): error TS2322: Type 'string' is not assignable to type 'number'\.$/);
  }, 180_000);
});
