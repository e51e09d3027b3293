/**
 * Every operation of the spec (the fluent calls of test/calls) through the fake, with the client's
 * `strictResponses: true`: each call succeeds against a seed that has the records it names, and
 * each answer matches the operation's schema in the wire model too (patterns, enums and required
 * fields, which the client's response check leaves to the server).
 */
import { describe, expect, it } from 'vitest';
import { Clerk } from '../../src/index.js';
import { type OperationId, type OperationInfo } from '../../src/generated/operations.js';
import { operationTable as operations } from '../../src/generated/decoders/all.js';
import { createFakeClerk, type FakeClerk, type FakeClerkSeed } from '../../src/testing/index.js';
import { check } from '../../src/testing/fake/validate.js';
import { isContentResponse, successOf, wireModel, type WireSchema } from '../../src/testing/fake/wire.js';
import { loadCalls } from '../calls/index.js';

const { calls } = await loadCalls();
const table = (Object.values(operations) as OperationInfo[]).filter((op) => calls.has(op.id as OperationId));

const LONG_USER = 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk';
const LONG_MACHINE = 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk';
const MACHINE_SECRET = 'ak_walk_machine_secret_0123456789';

/** The records test/calls name, under the ids they use. */
const seed: FakeClerkSeed = {
  users: [
    { id: 'user_123', emailAddress: ['ada.lovelace@example.com'], phoneNumber: ['+15555550199'], firstName: 'Ada', password: 'correct-horse-battery' },
    { id: 'user_456', emailAddress: ['charles@example.com'], firstName: 'Charles' },
    { id: LONG_USER, emailAddress: ['grace@example.com'], firstName: 'Grace' },
  ],
  organizations: [
    { id: 'org_123', name: 'Acme', createdBy: 'user_123', invitations: [{ id: 'orginv_123', emailAddress: 'pending@example.com', role: 'org:member' }] },
    { id: 'org_2xhFjEI5X2qWRvtV13BzSj8H6Dk', name: 'Globex' },
  ],
  invitations: [{ id: 'inv_123', emailAddress: 'invited@example.com' }],
  sessions: [{ id: 'sess_123', userId: 'user_123', activeOrganizationId: 'org_123' }],
  signInTokens: [{ id: 'sit_123', userId: 'user_123' }],
  actorTokens: [{ id: 'act_123', userId: 'user_123', actor: { sub: 'user_456' } }],
  jwtTemplates: [{ id: 'jtmp_123', name: 'supabase', claims: { role: 'authenticated', email: '{{user.primary_email_address}}' } }],
  allowlistIdentifiers: [{ id: 'alid_123', identifier: '*@allowed.example.com' }],
  blocklistIdentifiers: [{ id: 'blid_123', identifier: '*@blocked.example.com' }],
  redirectUrls: [{ id: 'ru_123', url: 'https://app.example.com/callback' }],
  machines: [
    { id: 'mch_456', name: 'ledger' },
    { id: 'mch_123', name: 'billing-worker', scopedMachines: ['mch_456'] },
    { id: LONG_MACHINE, name: 'sync', secretKey: MACHINE_SECRET },
  ],
  m2mTokens: [{ id: 'mt_f7f0ba8c3b4843ce7d85fcdd5e71853e', token: 'mt_0123456789abcdef0123456789abcdef', machineId: LONG_MACHINE }],
  apiKeys: [{ id: 'ak_f7f0ba8c3b4843ce7d85fcdd5e71853e', secret: 'ak_live_0123456789abcdef', name: 'CI deploys', subject: LONG_USER }],
};

/** Operations whose call needs the seed without the record it creates (the fake refuses duplicates, as Clerk does). */
const variants: Partial<Record<OperationId, FakeClerkSeed>> = {
  CreateOrganizationMembership: { ...seed, organizations: [{ id: 'org_123', name: 'Acme' }], sessions: [{ id: 'sess_123', userId: 'user_123' }] },
  CreateMachineScope: { ...seed, machines: seed.machines!.map((machine) => ({ ...machine, scopedMachines: [] })) },
  CreateJWTTemplate: { ...seed, jwtTemplates: [] },
};

/**
 * A fake with the seed, and the ids test/calls write as `idn_123` and `idn_456` (a user's email
 * address and phone number, whose ids a seed cannot choose): the seeded user's.
 */
async function walkFake(seedFor: FakeClerkSeed): Promise<{ fake: FakeClerk; placeholders: Record<string, string> }> {
  const fake = createFakeClerk({ seed: seedFor, randomSeed: 'walk' });
  const response = await fake.fetch('https://api.clerk.com/v1/users/user_123', { headers: { authorization: `Bearer ${fake.secretKey}` } });
  const user = (await response.json()) as { primary_email_address_id: string; primary_phone_number_id: string };
  fake.reset();
  return { fake, placeholders: { idn_123: user.primary_email_address_id, idn_456: user.primary_phone_number_id } };
}

describe('every operation through the fake, strictResponses on', () => {
  it('has a call for every operation of the wire model', () => {
    expect(Object.keys(wireModel.operations).filter((id) => !calls.has(id as OperationId))).toEqual([]);
  });

  it.each(table.map((op) => [op.id, op] as const))('%s', async (id) => {
    const { fake, placeholders } = await walkFake(variants[id as OperationId] ?? seed);
    const answers: Array<{ operationId: string | undefined; status: number; body: unknown }> = [];
    const fetchThrough = async (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      const url = new URL(request.url);
      url.pathname = url.pathname.replace(/\/(idn_123|idn_456)(?=\/|$)/, (_, placeholder: string) => `/${placeholders[placeholder]}`);
      const response = await fake.fetch(new Request(url, request));
      const text = await response.clone().text();
      answers.push({ operationId: fake.requests.at(-1)?.operationId, status: response.status, body: text && response.headers.get('content-type') === 'application/json' ? JSON.parse(text) : text });
      return response;
    };
    const secretKey = id === 'createM2MToken' ? MACHINE_SECRET : fake.secretKey;
    const clerk = new Clerk({ secretKey, fetch: fetchThrough, strictResponses: true, maxRetries: 0, logger: { warn: () => undefined } });
    await calls.get(id as OperationId)!(clerk);
    expect(answers).toHaveLength(1);
    const [answer] = answers;
    expect(answer!.operationId).toBe(id);
    const { schema } = successOf(wireModel.operations[id]!);
    if (schema !== null && !isContentResponse(schema)) expect(check(answer!.body, schema as WireSchema)).toEqual([]);
  });
});
