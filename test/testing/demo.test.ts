/**
 * `npm run demo` on the fake: every example runs as a user runs it (its own process, importing
 * 'clerk-fluent' from dist/) against the fake seeded as the demo seeds it, one fake shared by all as
 * in the demo. Unlike Prism's generated data, the fake's answers are consistent, so the output is
 * checked for values: counts that add up, a ban that shows, created records in lists.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuild } from '../../scripts/ensure-build.js';
import { listExamples, runExample } from '../../scripts/examples.js';
import { demoSeed } from '../../scripts/fake-seed.js';
import { createFakeClerk, type FakeClerkServer } from '../../src/testing/index.js';

const SEEDED_USERS = demoSeed.users!.length;
const SEEDED_ORGANIZATIONS = demoSeed.organizations!.length;

const expectedOutput: Record<string, RegExp[]> = {
  'users-list': [
    new RegExp(`^The instance has ${SEEDED_USERS} users\\.$`, 'm'),
    /^The 5 newest:\n {2}user_demo_vint_cerf {2}vint\.cerf@example\.com {2}created 2026-05-07$/m,
    /^Users matching "ada": 1, the first 10 by first name:\n {2}user_demo_ada_lovelace {2}Ada Lovelace$/m,
  ],
  pagination: [
    new RegExp(`^One page: ${SEEDED_ORGANIZATIONS} organizations of ${SEEDED_ORGANIZATIONS}; more: false$`, 'm'),
    new RegExp(`^Page 1: ${SEEDED_USERS} users$`, 'm'),
    new RegExp(`^toArray: ${SEEDED_USERS} users \\(at most 25\\)$`, 'm'),
    /^ {2}banned: user_demo_hedy_lamarr$/m,
    new RegExp(`^for await: ${SEEDED_USERS} users seen$`, 'm'),
  ],
  'users-ban': [/^Banned: user\.banned is true$/m, /^Unbanned: user\.banned is false$/m, /^Banned again through clerk\.users\(id\): banned is true$/m, /^Deleted user_\w+: true$/m],
  organizations: [
    /^Added (user_\w+) as org:member\nChanged \1's role to org:admin\nMembers:\n {2}bob\+\d+@example\.com {2}org:admin\n {2}ada\+\d+@example\.com {2}org:admin$/m,
    /^Invited carol\+\d+@example\.com \(pending\)\nPending invitations:\n {2}orginv_\w+ {2}carol\+\d+@example\.com {2}org:member$/m,
    /^Revoked the invitation: status is now revoked$/m,
  ],
  'export-users': [],
  errors: [/^findUser: no such user$/m, /^UnprocessableEntityError \(status 422\): .*\n {2}code form_param_value_invalid: /m],
  'rate-limit': [/^20 counts at once: 20 answers in \d+\.\d s$/m, /^6th call: ClerkTimeoutError: /m],
  timeouts: [new RegExp(`^count with a 5 s timeout and 1 retry: ${SEEDED_USERS} users$`, 'm'), new RegExp(`^listed ${SEEDED_USERS} users within the 20 s deadline$`, 'm')],
  'verify-tokens': [],
  webhooks: [],
};

describe('npm run demo, on the fake', () => {
  const fake = createFakeClerk({ seed: demoSeed });
  let server: FakeClerkServer;
  beforeAll(async () => {
    server = await fake.listen();
    await ensureBuild();
  }, 180_000);
  afterAll(() => server?.close());

  it('prints consistent values in every example, one fake for all; what the writing examples create they delete', async () => {
    const env = { ...process.env, CLERK_SECRET_KEY: fake.secretKey, CLERK_API_URL: server.url };
    const examples = listExamples();
    expect(examples.map((example) => example.name).sort()).toEqual(Object.keys(expectedOutput).sort());
    for (const example of examples) {
      const run = await runExample(example, env);
      expect(run.code, `${example.name}:\n${run.stdout}\n${run.stderr}`).toBe(0);
      for (const pattern of expectedOutput[example.name]!) expect(run.stdout, example.name).toMatch(pattern);
      if (example.name === 'export-users') {
        const exported = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { id: string });
        expect(exported.map((user) => user.id).sort()).toEqual(demoSeed.users!.map((user) => user.id).sort());
      }
    }
    const answer = await fetch(`${server.url}/v1/users/count`, { headers: { authorization: `Bearer ${fake.secretKey}` } });
    expect(await answer.json()).toEqual({ object: 'total_count', total_count: SEEDED_USERS });
    expect(fake.requests.filter((request) => request.status >= 500)).toEqual([]);
  }, 240_000);
});
