import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  Permission as PermissionData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.organizationPermissions`: the custom permissions that organization roles are built from;
 * `clerk.organizationPermissions(id)` for one of them.
 *
 * @example
 * ```ts
 * const permission = await clerk.organizationPermissions.create({ name: 'Manage invoices', key: 'org:invoices:manage' });
 * await clerk.organizationRoles('role_123').permissions(permission.id).assign();
 * ```
 */
export class OrganizationPermissionsCollection extends Collection<OrganizationPermissionHandle> {
  static override readonly fluentPath = 'clerk.organizationPermissions';

  protected $handle(permissionId: string): OrganizationPermissionHandle {
    return this.$nested(OrganizationPermissionHandle, { permission_id: permissionId });
  }

  /** Lists the instance's organization permissions (`GET /organization_permissions`). */
  list(params?: OperationParams<'ListOrganizationPermissions'>, options?: ListOptions): ListRequest<Permission> {
    return this.$list('list', Permission, ops.ListOrganizationPermissions, params, options);
  }

  /** Creates a permission; its key has the form `org:<feature>:<action>` (`POST /organization_permissions`). */
  create(params: OperationParams<'CreateOrganizationPermission'>, options?: RequestOptions): Promise<Permission> {
    return this.$record('create', Permission, ops.CreateOrganizationPermission, params, options);
  }

  /** Retrieves a permission (`GET /organization_permissions/{permission_id}`); the same as `clerk.organizationPermissions(id).get()`. */
  get(permissionId: string, options?: RequestOptions): Promise<Permission> {
    return this.$handle(permissionId).get(options);
  }
}

/** `clerk.organizationPermissions(id)`, also the methods of a `Permission` record. */
export class OrganizationPermissionHandle extends Handle {
  static override readonly fluentPath = 'clerk.organizationPermissions(…)';

  /** Retrieves the permission (`GET /organization_permissions/{permission_id}`). */
  get(options?: RequestOptions): Promise<Permission> {
    return this.$record('get', Permission, ops.GetOrganizationPermission, undefined, options);
  }

  /** Renames the permission or changes its key or description (`PATCH /organization_permissions/{permission_id}`). */
  update(params: OperationParams<'UpdateOrganizationPermission'>, options?: RequestOptions): Promise<Permission> {
    return this.$record('update', Permission, ops.UpdateOrganizationPermission, params, options);
  }

  /** Deletes the permission (`DELETE /organization_permissions/{permission_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteOrganizationPermission, undefined, options);
  }
}

export interface Permission extends PermissionData {}
/**
 * An organization permission, as a record. The permissions listed on a `Role` are records too:
 * `role.permissions[0].update({ description })`.
 */
export class Permission extends OrganizationPermissionHandle {
  static schema = 'Permission';
  static locate = locateById('permission_id');

  /** Fetches the permission again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
