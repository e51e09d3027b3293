import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  Machine as MachineData,
  MachineCreated as MachineCreatedData,
  MachineDeleted,
  MachineScope as MachineScopeData,
  MachineScopeDeleted,
  MachineSecretKey,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, callable, locateById, type Callable, type PathValues, type OperationParams } from './base.js';

/**
 * A machine as answered by `create`: the record plus its `secretKey`. The create answer is the only
 * one that carries it unasked; later, `getSecretKey()` fetches it and `rotateSecretKey()` replaces it.
 */
export type MachineWithSecretKey = Machine & Pick<MachineCreatedData, 'secretKey'>;

/**
 * `clerk.machines`: machines (services) that authenticate to each other with M2M tokens. List and
 * create here; `clerk.machines(id)` for one machine, its secret key and its scopes.
 *
 * @example
 * ```ts
 * const worker = await clerk.machines.create({ name: 'billing-worker', scopedMachines: [api.id] });
 * saveSecret(worker.secretKey);
 * await clerk.machines(worker.id).scopes.create({ toMachineId: other.id });
 * await clerk.machines(worker.id).scopes(other.id).delete();
 * ```
 */
export class MachinesCollection extends Collection<MachineHandle> {
  static override readonly fluentPath = 'clerk.machines';

  protected $handle(machineId: string): MachineHandle {
    return this.$nested(MachineHandle, { machine_id: machineId });
  }

  /** Lists the instance's machines (`GET /machines`). */
  list(params?: OperationParams<'ListMachines'>, options?: ListOptions): ListRequest<Machine> {
    return this.$list('list', Machine, ops.ListMachines, params, options);
  }

  /**
   * Creates a machine (`POST /machines`), optionally allowed to reach `scopedMachines` at once. The
   * answer carries the machine's `secretKey`: store it where the machine's service can read it.
   */
  create(params: OperationParams<'CreateMachine'>, options?: RequestOptions): Promise<MachineWithSecretKey> {
    return this.$record('create', Machine, ops.CreateMachine, params, options);
  }

  /** Retrieves a machine; the same as `clerk.machines(id).get()`. */
  get(machineId: string, options?: RequestOptions): Promise<Machine> {
    return this.$handle(machineId).get(options);
  }
}

/** `clerk.machines(id)`, also the methods of a `Machine` record. */
export class MachineHandle extends Handle {
  static override readonly fluentPath = 'clerk.machines(…)';

  /** Retrieves the machine (`GET /machines/{machine_id}`). */
  get(options?: RequestOptions): Promise<Machine> {
    return this.$record('get', Machine, ops.GetMachine, undefined, options);
  }

  /** Renames the machine or changes its default token lifetime (`PATCH /machines/{machine_id}`). */
  update(params: OperationParams<'UpdateMachine'>, options?: RequestOptions): Promise<Machine> {
    return this.$record('update', Machine, ops.UpdateMachine, params, options);
  }

  /** Deletes the machine (`DELETE /machines/{machine_id}`). */
  delete(options?: RequestOptions): Promise<MachineDeleted> {
    return this.$call('delete', ops.DeleteMachine, undefined, options);
  }

  /** Fetches the machine's secret key (`GET /machines/{machine_id}/secret_key`). Keep it out of logs. */
  getSecretKey(options?: RequestOptions): Promise<MachineSecretKey> {
    return this.$call('getSecretKey', ops.GetMachineSecretKey, undefined, options);
  }

  /**
   * Replaces the machine's secret key and returns the new one
   * (`POST /machines/{machine_id}/secret_key/rotate`). The previous key stays valid for
   * `previousTokenTtl` seconds (0 to 28800), time to roll the new one out.
   */
  rotateSecretKey(params: OperationParams<'RotateMachineSecretKey'>, options?: RequestOptions): Promise<MachineSecretKey> {
    return this.$call('rotateSecretKey', ops.RotateMachineSecretKey, params, options);
  }

  /**
   * The machines this one may reach: `.create({ toMachineId })` allows one more, and
   * `(otherMachineId).delete()` withdraws one. The spec names these `machines.createScope` and
   * `machines.deleteScope`; nested by path they read `scopes.create()` and `scopes(id).delete()`.
   * The current scopes are the record's `scopedMachines`.
   */
  get scopes(): Callable<MachineScopesCollection, MachineScopeHandle> {
    return callable(this.$nested(MachineScopesCollection));
  }
}

/** `clerk.machines(id).scopes`: allow the machine to reach another; `(otherMachineId)` for one scope. */
export class MachineScopesCollection extends Collection<MachineScopeHandle> {
  static override readonly fluentPath = 'clerk.machines(…).scopes';

  protected $handle(otherMachineId: string): MachineScopeHandle {
    return this.$nested(MachineScopeHandle, { other_machine_id: otherMachineId });
  }

  /** Allows the machine to reach `toMachineId` (`POST /machines/{machine_id}/scopes`). */
  create(params: OperationParams<'CreateMachineScope'>, options?: RequestOptions): Promise<MachineScope> {
    return this.$record('create', MachineScope, ops.CreateMachineScope, params, options);
  }
}

/** `clerk.machines(id).scopes(otherMachineId)`, also the methods of a `MachineScope` record. */
export class MachineScopeHandle extends Handle {
  static override readonly fluentPath = 'clerk.machines(…).scopes(…)';

  /** Withdraws the machine's access to the other machine (`DELETE /machines/{machine_id}/scopes/{other_machine_id}`). */
  delete(options?: RequestOptions): Promise<MachineScopeDeleted> {
    return this.$call('delete', ops.DeleteMachineScope, undefined, options);
  }
}

export interface Machine extends MachineData {}
/**
 * A machine, as a record. `scopedMachines` lists the machines it may reach, as plain data: they are
 * other machines, reached with `clerk.machines(id)`; withdraw one with `machine.scopes(id).delete()`.
 */
export class Machine extends MachineHandle {
  static schema = 'Machine';
  static locate = locateById('machine_id');

  /** Fetches the machine again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}

export interface MachineScope extends MachineScopeData {}
/** A scope (machine `fromMachineId` may reach `toMachineId`), as a record with `delete()`. */
export class MachineScope extends MachineScopeHandle {
  static schema = 'MachineScope';
  static locate(data: { [key: string]: unknown }, from: PathValues): PathValues {
    return { machine_id: data.fromMachineId ?? from.machine_id, other_machine_id: data.toMachineId };
  }
}
