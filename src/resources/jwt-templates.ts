import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  DeletedObject,
  JwtTemplate as JwtTemplateData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, locateById, type OperationParams } from './base.js';

/**
 * `clerk.jwtTemplates`: the templates that shape the custom JWTs a session can mint; list and
 * create them, `clerk.jwtTemplates(id)` for one. Claims are the template's own data: their keys
 * are sent as written, never re-cased.
 *
 * @example
 * ```ts
 * const template = await clerk.jwtTemplates.create({ name: 'supabase', claims: { role: 'authenticated' }, lifetime: 60 });
 * await template.update({ name: 'supabase', claims: { role: 'authenticated', aud: 'db' } });
 * ```
 */
export class JwtTemplatesCollection extends Collection<JwtTemplateHandle> {
  static override readonly fluentPath = 'clerk.jwtTemplates';

  protected $handle(templateId: string): JwtTemplateHandle {
    return this.$nested(JwtTemplateHandle, { template_id: templateId });
  }

  /** Lists the JWT templates (`GET /jwt_templates`). */
  list(params?: OperationParams<'ListJWTTemplates'>, options?: ListOptions): ListRequest<JwtTemplate> {
    return this.$list('list', JwtTemplate, ops.ListJWTTemplates, params, options);
  }

  /** Creates a JWT template (`POST /jwt_templates`). */
  create(params: OperationParams<'CreateJWTTemplate'>, options?: RequestOptions): Promise<JwtTemplate> {
    return this.$record('create', JwtTemplate, ops.CreateJWTTemplate, params, options);
  }

  /** Retrieves a JWT template; the same as `clerk.jwtTemplates(templateId).get()`. */
  get(templateId: string, options?: RequestOptions): Promise<JwtTemplate> {
    return this.$handle(templateId).get(options);
  }
}

/** `clerk.jwtTemplates(id)`, also the methods of a `JWTTemplate` record. */
export class JwtTemplateHandle extends Handle {
  static override readonly fluentPath = 'clerk.jwtTemplates(…)';

  /** Retrieves the template (`GET /jwt_templates/{template_id}`). */
  get(options?: RequestOptions): Promise<JwtTemplate> {
    return this.$record('get', JwtTemplate, ops.GetJWTTemplate, undefined, options);
  }

  /**
   * Replaces the template's definition (`PATCH /jwt_templates/{template_id}`): `name` and `claims`
   * are required even when only one of them changes. On a record, the record refreshes itself.
   */
  update(params: OperationParams<'UpdateJWTTemplate'>, options?: RequestOptions): Promise<JwtTemplate> {
    return this.$record('update', JwtTemplate, ops.UpdateJWTTemplate, params, options);
  }

  /** Deletes the template (`DELETE /jwt_templates/{template_id}`). */
  delete(options?: RequestOptions): Promise<DeletedObject> {
    return this.$call('delete', ops.DeleteJWTTemplate, undefined, options);
  }
}

export interface JwtTemplate extends JwtTemplateData {}
/** A JWT template, as a record. */
export class JwtTemplate extends JwtTemplateHandle {
  static schema = 'JWTTemplate';
  static locate = locateById('template_id');

  /** Fetches the template again and refreshes this record in place. */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
