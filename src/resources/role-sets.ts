import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  RoleSet as RoleSetData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.roleSets`: the sets of organization roles an organization can offer its members;
 * `clerk.roleSets(keyOrId)` for one set, by its key or its id.
 *
 * @example
 * ```ts
 * await clerk.roleSets.create({ name: 'Support', defaultRoleKey: 'org:member', creatorRoleKey: 'org:admin', roles: ['org:member', 'org:admin'] });
 * await clerk.roleSets('support').addRoles({ roleKeys: ['org:agent'] });
 * ```
 */
export class RoleSetsCollection extends Collection<RoleSetHandle> {
  static override readonly fluentPath = 'clerk.roleSets';

  protected $handle(roleSetKeyOrId: string): RoleSetHandle {
    return this.$nested(RoleSetHandle, { role_set_key_or_id: roleSetKeyOrId });
  }

  /** Lists the instance's role sets (`GET /role_sets`). */
  list(params?: OperationParams<'ListRoleSets'>, options?: ListOptions): ListRequest<RoleSet> {
    return this.$list('list', RoleSet, ops.ListRoleSets, params, options);
  }

  /** Creates a role set from existing role keys, naming its default and creator roles (`POST /role_sets`). */
  create(params: OperationParams<'CreateRoleSet'>, options?: RequestOptions): Promise<RoleSet> {
    return this.$record('create', RoleSet, ops.CreateRoleSet, params, options);
  }

  /** Retrieves a role set by key or id (`GET /role_sets/{role_set_key_or_id}`); the same as `clerk.roleSets(keyOrId).get()`. */
  get(roleSetKeyOrId: string, options?: RequestOptions): Promise<RoleSet> {
    return this.$handle(roleSetKeyOrId).get(options);
  }
}

/** `clerk.roleSets(keyOrId)`, also the methods of a `RoleSet` record. */
export class RoleSetHandle extends Handle {
  static override readonly fluentPath = 'clerk.roleSets(…)';

  /** Retrieves the role set (`GET /role_sets/{role_set_key_or_id}`). */
  get(options?: RequestOptions): Promise<RoleSet> {
    return this.$record('get', RoleSet, ops.GetRoleSet, undefined, options);
  }

  /** Updates the role set's name, key, description, type or default and creator roles (`PATCH /role_sets/{role_set_key_or_id}`). */
  update(params: OperationParams<'UpdateRoleSet'>, options?: RequestOptions): Promise<RoleSet> {
    return this.$record('update', RoleSet, ops.UpdateRoleSet, params, options);
  }

  /**
   * Retires this role set in favour of another (`POST /role_sets/{role_set_key_or_id}/replace`):
   * the organizations using it move to `destRoleSetKey`, their members' roles mapped through
   * `reassignmentMappings` (old role key to new), and this set is deleted.
   */
  replace(params: OperationParams<'ReplaceRoleSet'>, options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('replace', ops.ReplaceRoleSet, params, options);
  }

  /** Adds roles to the set by key, optionally changing its default and creator roles (`POST /role_sets/{role_set_key_or_id}/roles`). */
  addRoles(params: OperationParams<'AddRolesToRoleSet'>, options?: RequestOptions): Promise<RoleSet> {
    return this.$record('addRoles', RoleSet, ops.AddRolesToRoleSet, params, options);
  }

  /**
   * Swaps one role of the set for another, moving the members who hold it
   * (`POST /role_sets/{role_set_key_or_id}/roles/replace`).
   */
  replaceRole(params: OperationParams<'ReplaceRoleInRoleSet'>, options?: RequestOptions): Promise<RoleSet> {
    return this.$record('replaceRole', RoleSet, ops.ReplaceRoleInRoleSet, params, options);
  }
}

export interface RoleSet extends RoleSetData {}
/** A role set, as a record; its roles are plain data (`key`, `name`, member counts). */
export class RoleSet extends RoleSetHandle {
  static schema = 'RoleSet';
  static locate = locateById('role_set_key_or_id');

  /** Fetches the role set again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
