/**
 * Machines, M2M tokens and API keys on the fake: what a service does (make a machine, mint a token
 * with its secret key, verify it elsewhere, revoke it; issue an API key to a user and check it on
 * each request) and what Clerk answers, refusals included.
 */
import { describe, expect, it } from 'vitest';
import { Clerk, NotFoundError } from '../../src/index.js';
import { failure, fakeClerk } from './helpers.js';

const ADA = 'user_2xhFjEI5X2qWRvtV13BzSj8H6Dk';
const seed = { users: [{ id: ADA, emailAddress: ['ada@example.com'] }] };

describe('machines and M2M tokens', () => {
  it('mints a token with the machine secret key, verifies it with the instance key, and refuses it once revoked', async () => {
    const { fake, clerk } = fakeClerk({ seed });
    const ledger = await clerk.machines.create({ name: 'ledger' });
    const worker = await clerk.machines.create({ name: 'billing-worker', scopedMachines: [ledger.id] });
    expect(worker.secretKey).toMatch(/^ak_/);
    expect((await clerk.machines(worker.id).get()).scopedMachines.map((machine) => machine.id)).toEqual([ledger.id]);

    const asWorker = new Clerk({ secretKey: worker.secretKey, fetch: fake.fetch, maxRetries: 0 });
    const minted = await asWorker.m2mTokens.create({ secondsUntilExpiration: 600, claims: { job: 'nightly' } });
    expect(minted.token).toMatch(/^mt_/);
    expect(minted).toMatchObject({ subject: worker.id, scopes: [ledger.id], revoked: false, expired: false, claims: { job: 'nightly' } });

    const verified = await clerk.m2mTokens.verify({ token: minted.token });
    expect([verified.id, verified.subject]).toEqual([minted.id, worker.id]);
    expect((await clerk.m2mTokens.list({ subject: worker.id })).data.map((token) => token.id)).toEqual([minted.id]);

    const revoked = await clerk.m2mTokens(minted.id).revoke({ revocationReason: 'rotated' });
    expect([revoked.revoked, revoked.revocationReason]).toEqual([true, 'rotated']);
    const refused = await failure(clerk.m2mTokens.verify({ token: minted.token }));
    expect(refused).toBeInstanceOf(NotFoundError);
    expect((refused.errors as Array<{ code: string }>)[0]!.code).toBe('resource_not_found');
    expect((await clerk.m2mTokens.list({ subject: worker.id, revoked: true })).data).toHaveLength(1);
  });

  it('refuses a token request without a machine key, and a machine listing another machine’s tokens', async () => {
    const { fake, clerk } = fakeClerk({ seed });
    const one = await clerk.machines.create({ name: 'one' });
    const other = await clerk.machines.create({ name: 'other' });
    expect((await failure(clerk.m2mTokens.create())).status).toBeGreaterThanOrEqual(400);
    const asOne = new Clerk({ secretKey: one.secretKey, fetch: fake.fetch, maxRetries: 0 });
    expect((await failure(asOne.m2mTokens.list({ subject: other.id }))).status).toBe(403);
  });

  it('rotates a machine secret key: the old one stops working', async () => {
    const { fake, clerk } = fakeClerk({ seed });
    const machine = await clerk.machines.create({ name: 'rotating' });
    const rotated = await clerk.machines(machine.id).rotateSecretKey({ previousTokenTtl: 0 });
    expect(rotated.secret).not.toBe(machine.secretKey);
    expect((await clerk.machines(machine.id).getSecretKey()).secret).toBe(rotated.secret);
    const old = new Clerk({ secretKey: machine.secretKey, fetch: fake.fetch, maxRetries: 0 });
    expect((await failure(old.m2mTokens.create())).status).toBe(401);
    const current = new Clerk({ secretKey: rotated.secret, fetch: fake.fetch, maxRetries: 0 });
    await expect(current.m2mTokens.create()).resolves.toMatchObject({ subject: machine.id });
  });
});

describe('API keys', () => {
  it('issues a key to a user, verifies its secret, lists it, and refuses it once revoked', async () => {
    const { clerk } = fakeClerk({ seed });
    const key = await clerk.apiKeys.create({ name: 'CI deploys', subject: ADA, scopes: ['deploy'] });
    expect(key.secret).toMatch(/^ak_/);
    const verified = await clerk.apiKeys.verify({ secret: key.secret });
    expect([verified.id, verified.subject, verified.scopes]).toEqual([key.id, ADA, ['deploy']]);
    expect((await clerk.apiKeys(key.id).getSecret()).secret).toBe(key.secret);
    expect((await clerk.apiKeys.list({ subject: ADA })).data.map((listed) => listed.name)).toEqual(['CI deploys']);

    await clerk.apiKeys(key.id).revoke({ revocationReason: 'leaked' });
    expect(await failure(clerk.apiKeys.verify({ secret: key.secret }))).toBeInstanceOf(NotFoundError);
    expect((await clerk.apiKeys.list({ subject: ADA })).data).toEqual([]);
    expect((await clerk.apiKeys.list({ subject: ADA, includeInvalid: 'true' })).data.map((listed) => listed.revoked)).toEqual([true]);
    expect(await failure(clerk.apiKeys.verify({ secret: 'ak_not_a_key' }))).toBeInstanceOf(NotFoundError);
  });

  it('an expired key no longer verifies, by the fake clock', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { clerk } = fakeClerk({ seed, now: () => now });
    const key = await clerk.apiKeys.create({ name: 'short-lived', subject: ADA, secondsUntilExpiration: 60 });
    await expect(clerk.apiKeys.verify({ secret: key.secret })).resolves.toMatchObject({ id: key.id });
    now += 61_000;
    expect(await failure(clerk.apiKeys.verify({ secret: key.secret }))).toBeInstanceOf(NotFoundError);
  });
});
