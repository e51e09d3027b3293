import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  DeleteScimGroupRoleMappingResponse,
  ScimDirectory as ScimDirectoryData,
  ScimGroupRoleMapping as ScimGroupRoleMappingData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, callable, locateById, type Callable, type PathValues, type OperationParams } from './base.js';
import { Role } from './organization-roles.js';

/**
 * `clerk.scimDirectories`: SCIM provisioning directories attached to enterprise connections;
 * `clerk.scimDirectories(id)` for one directory and its group-to-role mappings.
 *
 * @example
 * ```ts
 * const directory = await clerk.scimDirectories.create({ enterpriseConnectionId: 'ent_123', provider: 'okta' });
 * console.log(directory.endpointUrl, directory.apiKey);
 * await clerk.scimDirectories(directory.id).groupRoleMappings.create({ scimGroupId: 'grp_1', roleId: 'role_123' });
 * ```
 */
export class ScimDirectoriesCollection extends Collection<ScimDirectoryHandle> {
  static override readonly fluentPath = 'clerk.scimDirectories';

  protected $handle(scimDirectoryId: string): ScimDirectoryHandle {
    return this.$nested(ScimDirectoryHandle, { scim_directory_id: scimDirectoryId });
  }

  /** Lists the instance's SCIM directories (`GET /scim_directories`). */
  list(params?: OperationParams<'ListSCIMDirectories'>, options?: ListOptions): ListRequest<ScimDirectory> {
    return this.$list('list', ScimDirectory, ops.ListSCIMDirectories, params, options);
  }

  /** Creates a SCIM directory for an enterprise connection (`POST /scim_directories`); its `apiKey` is in this answer. */
  create(params: OperationParams<'CreateSCIMDirectory'>, options?: RequestOptions): Promise<ScimDirectory> {
    return this.$record('create', ScimDirectory, ops.CreateSCIMDirectory, params, options);
  }

  /** Retrieves a SCIM directory (`GET /scim_directories/{scim_directory_id}`); the same as `clerk.scimDirectories(id).get()`. */
  get(scimDirectoryId: string, options?: RequestOptions): Promise<ScimDirectory> {
    return this.$handle(scimDirectoryId).get(options);
  }
}

/** `clerk.scimDirectories(id)`, also the methods of a `SCIMDirectory` record. */
export class ScimDirectoryHandle extends Handle {
  static override readonly fluentPath = 'clerk.scimDirectories(…)';

  /** Retrieves the directory (`GET /scim_directories/{scim_directory_id}`). */
  get(options?: RequestOptions): Promise<ScimDirectory> {
    return this.$record('get', ScimDirectory, ops.GetSCIMDirectory, undefined, options);
  }

  /**
   * Updates the directory (`PATCH /scim_directories/{scim_directory_id}`). In `attributeMapping`,
   * a key set to `null` drops that mapping.
   */
  update(params: OperationParams<'UpdateSCIMDirectory'>, options?: RequestOptions): Promise<ScimDirectory> {
    return this.$record('update', ScimDirectory, ops.UpdateSCIMDirectory, params, options);
  }

  /** Deletes the directory (`DELETE /scim_directories/{scim_directory_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteSCIMDirectory, undefined, options);
  }

  /**
   * Issues a new API key for the identity provider and revokes the old one
   * (`POST /scim_directories/{scim_directory_id}/rotate_api_key`). On a record, `apiKey` holds the new key.
   */
  rotateApiKey(options?: RequestOptions): Promise<ScimDirectory> {
    return this.$record('rotateApiKey', ScimDirectory, ops.RotateSCIMDirectoryAPIKey, undefined, options);
  }

  /** The directory's group-to-role mappings: `.list()`, `.create()`, `.replace()`, and `(mappingId).delete()`. */
  get groupRoleMappings(): Callable<ScimGroupRoleMappingsCollection, ScimGroupRoleMappingHandle> {
    return callable(this.$nested(ScimGroupRoleMappingsCollection));
  }
}

export interface ScimDirectory extends ScimDirectoryData {}
/** A SCIM directory, as a record: `directory.groupRoleMappings.list()`, `directory.rotateApiKey()`. */
export class ScimDirectory extends ScimDirectoryHandle {
  static schema = 'SCIMDirectory';
  static locate = locateById('scim_directory_id');

  /** Fetches the directory again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}

/**
 * `clerk.scimDirectories(id).groupRoleMappings`: which organization role the members of each
 * identity-provider group receive. The spec's `listGroupRoleMappings`, `createGroupRoleMapping`,
 * `replaceGroupRoleMappings` and `deleteGroupRoleMapping` read `list`, `create`, `replace` and
 * `(mappingId).delete()` here.
 */
export class ScimGroupRoleMappingsCollection extends Collection<ScimGroupRoleMappingHandle> {
  static override readonly fluentPath = 'clerk.scimDirectories(…).groupRoleMappings';

  protected $handle(mappingId: string): ScimGroupRoleMappingHandle {
    return this.$nested(ScimGroupRoleMappingHandle, { mapping_id: mappingId });
  }

  /** Lists the directory's mappings (`GET /scim_directories/{scim_directory_id}/group_role_mappings`). */
  list(options?: ListOptions): ListRequest<ScimGroupRoleMapping> {
    return this.$list('list', ScimGroupRoleMapping, ops.ListSCIMGroupRoleMappings, undefined, options);
  }

  /** Maps a group to a role (`POST /scim_directories/{scim_directory_id}/group_role_mappings`). */
  create(params: OperationParams<'CreateSCIMGroupRoleMapping'>, options?: RequestOptions): Promise<ScimGroupRoleMapping> {
    return this.$record('create', ScimGroupRoleMapping, ops.CreateSCIMGroupRoleMapping, params, options);
  }

  /**
   * Replaces every mapping of the directory with `mappings` and answers with the new set
   * (`PUT /scim_directories/{scim_directory_id}/group_role_mappings`).
   */
  replace(params: OperationParams<'ReplaceSCIMGroupRoleMappings'>, options?: RequestOptions): Promise<ScimGroupRoleMapping[]> {
    return this.$envelopeRecords('replace', ScimGroupRoleMapping, ops.ReplaceSCIMGroupRoleMappings, params, options);
  }
}

/** `clerk.scimDirectories(id).groupRoleMappings(mappingId)`, also the methods of a `SCIMGroupRoleMapping` record. */
export class ScimGroupRoleMappingHandle extends Handle {
  static override readonly fluentPath = 'clerk.scimDirectories(…).groupRoleMappings(…)';

  /** Deletes the mapping (`DELETE /scim_directories/{scim_directory_id}/group_role_mappings/{mapping_id}`). */
  delete(options?: RequestOptions): Promise<DeleteScimGroupRoleMappingResponse> {
    return this.$call('delete', ops.DeleteSCIMGroupRoleMapping, undefined, options);
  }
}

export interface ScimGroupRoleMapping extends Omit<ScimGroupRoleMappingData, 'role'> {
  role?: Role;
}
/** A group-to-role mapping of a SCIM directory, as a record with `delete()`; its `role` is a `Role` record. */
export class ScimGroupRoleMapping extends ScimGroupRoleMappingHandle {
  static schema = 'SCIMGroupRoleMapping';
  static locate(data: { [key: string]: unknown }, from: PathValues): PathValues {
    return { scim_directory_id: data.scimDirectoryId ?? from.scim_directory_id, mapping_id: data.id };
  }
  static get nested() {
    return { role: Role };
  }
}
