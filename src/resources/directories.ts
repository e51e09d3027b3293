import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  DeleteDirectoryGroupRoleMappingResponse,
  Directory as DirectoryData,
  DirectoryGroupRoleMapping as DirectoryGroupRoleMappingData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, callable, locateById, type Callable, type PathValues, type OperationParams } from './base.js';
import { Role } from './organization-roles.js';

/**
 * `clerk.directories`: user directories (SCIM and other providers) attached to enterprise
 * connections; `clerk.directories(id)` for one directory and its group-to-role mappings. The same
 * shape as `clerk.scimDirectories`, with groups named `directoryGroupId` as well as `scimGroupId`.
 *
 * @example
 * ```ts
 * const directory = await clerk.directories.create({ enterpriseConnectionId: 'ent_123', provider: 'okta' });
 * await clerk.directories(directory.id).groupRoleMappings.create({ directoryGroupId: 'grp_1', roleId: 'role_123' });
 * ```
 */
export class DirectoriesCollection extends Collection<DirectoryHandle> {
  static override readonly fluentPath = 'clerk.directories';

  protected $handle(directoryId: string): DirectoryHandle {
    return this.$nested(DirectoryHandle, { directory_id: directoryId });
  }

  /** Lists the instance's directories (`GET /directories`). */
  list(params?: OperationParams<'ListDirectories'>, options?: ListOptions): ListRequest<Directory> {
    return this.$list('list', Directory, ops.ListDirectories, params, options);
  }

  /** Creates a directory for an enterprise connection (`POST /directories`); its `apiKey` is in this answer. */
  create(params: OperationParams<'CreateDirectory'>, options?: RequestOptions): Promise<Directory> {
    return this.$record('create', Directory, ops.CreateDirectory, params, options);
  }

  /** Retrieves a directory (`GET /directories/{directory_id}`); the same as `clerk.directories(id).get()`. */
  get(directoryId: string, options?: RequestOptions): Promise<Directory> {
    return this.$handle(directoryId).get(options);
  }
}

/** `clerk.directories(id)`, also the methods of a `Directory` record. */
export class DirectoryHandle extends Handle {
  static override readonly fluentPath = 'clerk.directories(…)';

  /** Retrieves the directory (`GET /directories/{directory_id}`). */
  get(options?: RequestOptions): Promise<Directory> {
    return this.$record('get', Directory, ops.GetDirectory, undefined, options);
  }

  /**
   * Updates the directory (`PATCH /directories/{directory_id}`). In `attributeMapping`, a key set
   * to `null` drops that mapping.
   */
  update(params: OperationParams<'UpdateDirectory'>, options?: RequestOptions): Promise<Directory> {
    return this.$record('update', Directory, ops.UpdateDirectory, params, options);
  }

  /** Deletes the directory (`DELETE /directories/{directory_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteDirectory, undefined, options);
  }

  /**
   * Issues a new API key for the identity provider and revokes the old one
   * (`POST /directories/{directory_id}/rotate_api_key`). On a record, `apiKey` holds the new key.
   */
  rotateApiKey(options?: RequestOptions): Promise<Directory> {
    return this.$record('rotateApiKey', Directory, ops.RotateDirectoryAPIKey, undefined, options);
  }

  /** The directory's group-to-role mappings: `.list()`, `.create()`, `.replace()`, and `(mappingId).delete()`. */
  get groupRoleMappings(): Callable<DirectoryGroupRoleMappingsCollection, DirectoryGroupRoleMappingHandle> {
    return callable(this.$nested(DirectoryGroupRoleMappingsCollection));
  }
}

export interface Directory extends DirectoryData {}
/** A directory, as a record: `directory.groupRoleMappings.list()`, `directory.rotateApiKey()`. */
export class Directory extends DirectoryHandle {
  static schema = 'Directory';
  static locate = locateById('directory_id');

  /** Fetches the directory again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}

/**
 * `clerk.directories(id).groupRoleMappings`: which organization role the members of each
 * identity-provider group receive. The spec's `listGroupRoleMappings`, `createGroupRoleMapping`,
 * `replaceGroupRoleMappings` and `deleteGroupRoleMapping` read `list`, `create`, `replace` and
 * `(mappingId).delete()` here.
 */
export class DirectoryGroupRoleMappingsCollection extends Collection<DirectoryGroupRoleMappingHandle> {
  static override readonly fluentPath = 'clerk.directories(…).groupRoleMappings';

  protected $handle(mappingId: string): DirectoryGroupRoleMappingHandle {
    return this.$nested(DirectoryGroupRoleMappingHandle, { mapping_id: mappingId });
  }

  /** Lists the directory's mappings (`GET /directories/{directory_id}/group_role_mappings`). */
  list(options?: ListOptions): ListRequest<DirectoryGroupRoleMapping> {
    return this.$list('list', DirectoryGroupRoleMapping, ops.ListDirectoryGroupRoleMappings, undefined, options);
  }

  /** Maps a group to a role (`POST /directories/{directory_id}/group_role_mappings`). */
  create(params: OperationParams<'CreateDirectoryGroupRoleMapping'>, options?: RequestOptions): Promise<DirectoryGroupRoleMapping> {
    return this.$record('create', DirectoryGroupRoleMapping, ops.CreateDirectoryGroupRoleMapping, params, options);
  }

  /**
   * Replaces every mapping of the directory with `mappings` and answers with the new set
   * (`PUT /directories/{directory_id}/group_role_mappings`).
   */
  replace(params: OperationParams<'ReplaceDirectoryGroupRoleMappings'>, options?: RequestOptions): Promise<DirectoryGroupRoleMapping[]> {
    return this.$envelopeRecords('replace', DirectoryGroupRoleMapping, ops.ReplaceDirectoryGroupRoleMappings, params, options);
  }
}

/** `clerk.directories(id).groupRoleMappings(mappingId)`, also the methods of a `DirectoryGroupRoleMapping` record. */
export class DirectoryGroupRoleMappingHandle extends Handle {
  static override readonly fluentPath = 'clerk.directories(…).groupRoleMappings(…)';

  /** Deletes the mapping (`DELETE /directories/{directory_id}/group_role_mappings/{mapping_id}`). */
  delete(options?: RequestOptions): Promise<DeleteDirectoryGroupRoleMappingResponse> {
    return this.$call('delete', ops.DeleteDirectoryGroupRoleMapping, undefined, options);
  }
}

export interface DirectoryGroupRoleMapping extends Omit<DirectoryGroupRoleMappingData, 'role'> {
  role?: Role;
}
/** A group-to-role mapping of a directory, as a record with `delete()`; its `role` is a `Role` record. */
export class DirectoryGroupRoleMapping extends DirectoryGroupRoleMappingHandle {
  static schema = 'DirectoryGroupRoleMapping';
  static locate(data: { [key: string]: unknown }, from: PathValues): PathValues {
    return { directory_id: data.directoryId ?? from.directory_id, mapping_id: data.id };
  }
  static get nested() {
    return { role: Role };
  }
}
