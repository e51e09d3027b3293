import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkValidationError, Machine, MachineScope } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

const MCH_A = 'mch_2xhFjEI5X2qWRvtV13BzSj8H6Dk';

const MCH_B = 'mch_2yGkLpQ7Y3rXSwtU24CzTk9I7Em';

function machineJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'machine',
    id,
    name: 'billing-worker',
    instance_id: 'ins_1',
    default_token_ttl: 3600,
    scoped_machines: [{ object: 'machine', id: MCH_B, name: 'api', instance_id: 'ins_1', created_at: 1, updated_at: 1 }],
    created_at: 1,
    updated_at: 2,
    ...overrides,
  };
}

describe('clerk.machines', () => {
  it('create answers with the secret key once; scopes are nested by path', async () => {
    const clerk = strict();
    api()
      .post('/machines', { name: 'billing-worker', scoped_machines: [MCH_B] })
      .reply(200, machineJson(MCH_A, { secret_key: 'ak_machine_secret' }));
    const machine = await clerk.machines.create({ name: 'billing-worker', scopedMachines: [MCH_B] });
    expect(machine).toBeInstanceOf(Machine);
    expect(machine.secretKey).toBe('ak_machine_secret');
    expect(machine.scopedMachines[0]).toEqual({ object: 'machine', id: MCH_B, name: 'api', instanceId: 'ins_1', createdAt: 1, updatedAt: 1 });

    api()
      .post(`/machines/${MCH_A}/scopes`, { to_machine_id: MCH_B })
      .reply(200, { object: 'machine_scope', from_machine_id: MCH_A, to_machine_id: MCH_B, created_at: 3 });
    const scope = await machine.scopes.create({ toMachineId: MCH_B });
    expect(scope).toBeInstanceOf(MachineScope);
    expect(scope.toMachineId).toBe(MCH_B);

    api()
      .delete(`/machines/${MCH_A}/scopes/${MCH_B}`)
      .reply(200, { object: 'machine_scope', from_machine_id: MCH_A, to_machine_id: MCH_B, deleted: true });
    expect(await scope.delete()).toEqual({ object: 'machine_scope', fromMachineId: MCH_A, toMachineId: MCH_B, deleted: true });

    api()
      .delete(`/machines/${MCH_A}/scopes/mch_other`)
      .reply(200, { object: 'machine_scope', from_machine_id: MCH_A, to_machine_id: 'mch_other', deleted: true });
    await clerk.machines(MCH_A).scopes('mch_other').delete();
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('secret keys: get and rotate answer plain data; rotate validates the grace period first', async () => {
    const clerk = strict();
    api().get(`/machines/${MCH_A}/secret_key`).reply(200, { object: 'machine_secret_key', secret: 'ak_old' });
    expect(await clerk.machines(MCH_A).getSecretKey()).toEqual({ object: 'machine_secret_key', secret: 'ak_old' });
    api()
      .post(`/machines/${MCH_A}/secret_key/rotate`, { previous_token_ttl: 600 })
      .reply(200, { object: 'machine_secret_key', secret: 'ak_new' });
    expect((await clerk.machines(MCH_A).rotateSecretKey({ previousTokenTtl: 600 })).secret).toBe('ak_new');
    const error = await rejectionOf(clerk.machines(MCH_A).rotateSecretKey({ previousTokenTtl: 99_999 }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('previousTokenTtl');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('iterating the list asks for the largest page, and update refreshes a record in place', async () => {
    const clerk = strict();
    api()
      .get('/machines')
      .query({ limit: '500', query: 'worker' })
      .reply(200, { data: [machineJson(MCH_A)], total_count: 1 });
    const machines: Machine[] = [];
    for await (const machine of clerk.machines.list({ query: 'worker' })) machines.push(machine);
    expect(machines.map((machine) => machine.id)).toEqual([MCH_A]);
    api().patch(`/machines/${MCH_A}`, { name: 'renamed' }).reply(200, machineJson(MCH_A, { name: 'renamed' }));
    expect(await machines[0]!.update({ name: 'renamed' })).toBe(machines[0]);
    expect(machines[0]!.name).toBe('renamed');
    api().delete(`/machines/${MCH_A}`).reply(200, { object: 'machine', id: MCH_A, deleted: true });
    expect(await machines[0]!.delete()).toEqual({ object: 'machine', id: MCH_A, deleted: true });
  });
});
