import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  Role as RoleData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';
import { Permission } from './organization-permissions.js';

/**
 * `clerk.organizationRoles`: the roles organization members can hold; `clerk.organizationRoles(id)`
 * for one role and the permissions assigned to it.
 *
 * @example
 * ```ts
 * const role = await clerk.organizationRoles.create({ name: 'Billing manager', key: 'org:billing_manager' });
 * await clerk.organizationRoles(role.id).permissions('perm_123').assign();
 * ```
 */
export class OrganizationRolesCollection extends Collection<OrganizationRoleHandle> {
  static override readonly fluentPath = 'clerk.organizationRoles';

  protected $handle(organizationRoleId: string): OrganizationRoleHandle {
    return this.$nested(OrganizationRoleHandle, { organization_role_id: organizationRoleId });
  }

  /** Lists the instance's organization roles (`GET /organization_roles`). */
  list(params?: OperationParams<'ListOrganizationRoles'>, options?: ListOptions): ListRequest<Role> {
    return this.$list('list', Role, ops.ListOrganizationRoles, params, options);
  }

  /** Creates a role, optionally with its permissions (keys) (`POST /organization_roles`). */
  create(params: OperationParams<'CreateOrganizationRole'>, options?: RequestOptions): Promise<Role> {
    return this.$record('create', Role, ops.CreateOrganizationRole, params, options);
  }

  /** Retrieves a role (`GET /organization_roles/{organization_role_id}`); the same as `clerk.organizationRoles(id).get()`. */
  get(organizationRoleId: string, options?: RequestOptions): Promise<Role> {
    return this.$handle(organizationRoleId).get(options);
  }
}

/** The methods of one role, shared by the handle `clerk.organizationRoles(id)` and the `Role` record. */
export class OrganizationRoleMethods extends Handle {
  static override readonly fluentPath = 'clerk.organizationRoles(…)';

  /** Retrieves the role (`GET /organization_roles/{organization_role_id}`). */
  get(options?: RequestOptions): Promise<Role> {
    return this.$record('get', Role, ops.GetOrganizationRole, undefined, options);
  }

  /**
   * Updates the role (`PATCH /organization_roles/{organization_role_id}`). `permissions`, when
   * given, replaces the role's permission keys as a whole.
   */
  update(params: OperationParams<'UpdateOrganizationRole'>, options?: RequestOptions): Promise<Role> {
    return this.$record('update', Role, ops.UpdateOrganizationRole, params, options);
  }

  /** Deletes the role (`DELETE /organization_roles/{organization_role_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteOrganizationRole, undefined, options);
  }
}

/**
 * `clerk.organizationRoles(id)`: one role, by id, without fetching it. Besides the role's methods
 * it reaches one permission of the role, a name the `Role` record uses for its data.
 */
export class OrganizationRoleHandle extends OrganizationRoleMethods {
  /** One permission of the role: `clerk.organizationRoles(id).permissions(permissionId).assign()`. */
  permissions(permissionId: string): OrganizationRolePermissionHandle {
    return this.$nested(OrganizationRolePermissionHandle, { permission_id: permissionId });
  }
}

/** `clerk.organizationRoles(roleId).permissions(permissionId)`: adds or takes one permission. */
export class OrganizationRolePermissionHandle extends Handle {
  static override readonly fluentPath = 'clerk.organizationRoles(…).permissions(…)';

  /**
   * Adds the permission to the role and answers with the role
   * (`POST /organization_roles/{organization_role_id}/permissions/{permission_id}`).
   * The spec names it `organizationRoles.assignPermission`; nested under the permission it reads `assign()`.
   */
  assign(options?: RequestOptions): Promise<Role> {
    return this.$record('assign', Role, ops.AssignPermissionToOrganizationRole, undefined, options);
  }

  /**
   * Takes the permission away from the role and answers with the role
   * (`DELETE /organization_roles/{organization_role_id}/permissions/{permission_id}`).
   * The spec names it `organizationRoles.removePermission`; nested under the permission it reads `remove()`.
   */
  remove(options?: RequestOptions): Promise<Role> {
    return this.$record('remove', Role, ops.RemovePermissionFromOrganizationRole, undefined, options);
  }
}

export interface Role extends Omit<RoleData, 'permissions'> {
  permissions: Permission[];
}
/**
 * An organization role, as a record. Its `permissions` are `Permission` records; to assign or
 * remove one, go through the handle: `clerk.organizationRoles(role.id).permissions(id).assign()`.
 */
export class Role extends OrganizationRoleMethods {
  static schema = 'Role';
  static locate = locateById('organization_role_id');
  static get nested() {
    return { permissions: Permission };
  }

  /** Fetches the role again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
