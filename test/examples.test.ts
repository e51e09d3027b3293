import { beforeAll, describe, expect, inject, it } from 'vitest';
import { ensureBuild } from '../scripts/ensure-build.js';
import { listExamples, runExample } from '../scripts/examples.js';

/**
 * Every script of examples/ runs against the Prism mock as a user runs it (a child process,
 * `import 'clerk-fluent'` from dist/), ends with 0 and prints its landmarks. Prism's values are
 * generated, so the patterns match the shape of each line, never a value.
 */
const expectedOutput: Record<string, RegExp[]> = {
  'users-list': [/^The instance has -?\d+ users\.$/m, /^The 5 newest:$/m, /^Users matching "ada": -?\d+, the first 10 by first name:$/m],
  pagination: [/^One page: \d+ organizations of /m, /^Page 1: \d+ users$/m, /^toArray: \d+ users \(at most 25\)$/m, /^for await: \d+ users seen$/m, /^Read-ahead: \d+ organizations$/m],
  'users-ban': [/^Created .+/m, /^Banned: user\.banned is (true|false)$/m, /^Unbanned: user\.banned is (true|false)$/m, /^Deleted .+: (true|false)$/m],
  organizations: [/^Created users .+ and .+/m, /^Created organization /m, /^Added .+ as /m, /^Members:$/m, /^Invited /m, /^Pending invitations:$/m, /^Revoked the invitation/m, /^Deleted the organization and both users$/m],
  'export-users': [/^\{"id":.*\}$/m],
  errors: [
    /^ClerkValidationError: .*emailAdress: unknown key/m,
    /^ClerkValidationError: userId: must not be empty/m,
    /^findUser: /m,
    /^UnprocessableEntityError \(status 422\): /m,
    /^RateLimitError after 2 attempts \(\d+\.\d s\): /m,
    /^ {2}retryAfter: 120 s/m,
    /^ClerkConnectionError: /m,
  ],
  timeouts: [/^count with a 5 s timeout and 1 retry: /m, /^1 ms timeout: /m, /^aborted: ClerkAbortError: .*the user closed the page$/m, /^listed \d+ users within the 20 s deadline$/m],
  'verify-tokens': [
    /^verifyToken: user_1 in session sess_1$/m,
    /^signed in: user_1, organization org_1 as org:admin, permissions org:invoices:read, org:invoices:manage$/m,
    /^has invoices:manage: true; has role org:member: false$/m,
    /^from the cookie: signed-in$/m,
    /^expired: signed out, token-expired$/m,
    /^issued to another site: signed out, unauthorized-party$/m,
    /^signed with another key: signed out, invalid-signature$/m,
    /^an API key where only sessions are accepted: signed out, token-type-not-accepted$/m,
    /^no token at all: signed out, token-missing$/m,
    /^TokenVerificationError: invalid-issuer: /m,
  ],
  webhooks: [
    /^ {2}handler: user\.created for user_\w+ \(Ada\), instance ins_\w+, plan pro$/m,
    /^Signed delivery: 204$/m,
    /^Changed body: 400 invalid-signature: /m,
    /^Replayed after 10 minutes: 400 timestamp-outside-tolerance: The webhook was signed 600 s ago/m,
    /^Parsed body: body-not-raw: .*express\.raw\(\{ type: 'application\/json' \}\)/m,
    /^During a rotation: user\.created signed with the new secret, verified against both$/m,
    /^ {2}handler: robot\.awakened is not handled here$/m,
    /^Unknown event type: 204$/m,
  ],
};

const examples = listExamples();

/** The environment of a real app, pointed at the mock. */
function mockEnv(): NodeJS.ProcessEnv {
  return { ...process.env, CLERK_SECRET_KEY: 'sk_test_examples', CLERK_API_URL: inject('prismApiUrl') };
}

describe('examples/', () => {
  beforeAll(() => ensureBuild(), 180_000);

  it('has an expectation here for every example, and a doc comment saying whether it writes', () => {
    expect(examples.map((example) => example.name).sort()).toEqual(Object.keys(expectedOutput).sort());
    expect(examples.filter((example) => example.writes).map((example) => example.name).sort()).toEqual(['organizations', 'users-ban']);
  });

  it.concurrent.for(examples)('$file runs against the mock and prints its landmarks', { timeout: 60_000 }, async (example, { expect }) => {
    const run = await runExample(example, mockEnv());
    expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(0);
    for (const pattern of expectedOutput[example.name] ?? []) expect(run.stdout).toMatch(pattern);
  });

  it('export-users writes one JSON object per line on stdout and its progress on stderr', async () => {
    const example = examples.find((candidate) => candidate.name === 'export-users')!;
    const run = await runExample(example, mockEnv());
    const lines = run.stdout.trimEnd().split('\n');
    for (const line of lines) expect(JSON.parse(line)).toHaveProperty('object', 'user');
    expect(run.stderr).toMatch(new RegExp(`^done: ${lines.length} users in \\d+\\.\\d s$`, 'm'));
  }, 60_000);
});
