import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  PreviewTemplateResponse,
  Template as TemplateData,
} from '../generated/types.js';
import type { ListOptions, ListRequest } from '../pagination/list-request.js';
import { Collection, Handle, callable, type Callable, type PathValues, type OperationParams } from './base.js';

/** The kinds of message template: the `{template_type}` of `/templates/{template_type}/{slug}`. */
export type TemplateType = 'email' | 'sms';

/**
 * `clerk.templates`: the email and SMS templates of the instance. The path is
 * `/templates/{template_type}/{slug}`, and the client nests the same way: `clerk.templates.email`
 * and `clerk.templates.sms` are the templates of one type, called with a slug for one template. The
 * type is part of the address, not an argument of each method, so a handle carries its whole
 * address, like a `Template` record does, and the methods take only what they change.
 *
 * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
 *
 * @example
 * ```ts
 * for await (const template of clerk.templates.email.list()) console.log(template.slug);
 * const invitation = await clerk.templates.email.get('invitation');
 * await clerk.templates.sms('verification_code').revert();
 * ```
 */
export class TemplatesCollection extends Collection<Callable<TemplatesOfTypeCollection, TemplateHandle>> {
  static override readonly fluentPath = 'clerk.templates';

  protected $handle(templateType: TemplateType): Callable<TemplatesOfTypeCollection, TemplateHandle> {
    return callable(this.$nested(TemplatesOfTypeCollection, { template_type: templateType }));
  }

  /**
   * The email templates: `clerk.templates.email.list()`, `clerk.templates.email('invitation').get()`.
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  get email(): Callable<TemplatesOfTypeCollection, TemplateHandle> {
    return this.$handle('email');
  }

  /**
   * The SMS templates: `clerk.templates.sms.list()`, `clerk.templates.sms('verification_code').revert()`.
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  get sms(): Callable<TemplatesOfTypeCollection, TemplateHandle> {
    return this.$handle('sms');
  }
}

/**
 * The type of `clerk.templates`: `clerk.templates.email` and `clerk.templates.sms`, and (the first
 * form, kept working) callable with a template type.
 *
 * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
 */
export interface Templates extends TemplatesCollection {
  /**
   * The templates of one type: `clerk.templates('email')` is `clerk.templates.email`.
   * @deprecated Use `clerk.templates.email` or `clerk.templates.sms`.
   */
  (templateType: TemplateType): Callable<TemplatesOfTypeCollection, TemplateHandle>;
}

/**
 * `clerk.templates.email` and `clerk.templates.sms`: `list()` the templates of one type, `get(slug)`
 * one of them, or call it with a slug for a handle: `clerk.templates.email('invitation')`.
 *
 * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
 */
export class TemplatesOfTypeCollection extends Collection<TemplateHandle> {
  static override readonly fluentPath = 'clerk.templates.{template_type}';

  protected $handle(slug: string): TemplateHandle {
    return this.$nested(TemplateHandle, { slug });
  }

  /**
   * Lists the templates of this type (`GET /templates/{template_type}`).
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  list(params?: OperationParams<'GetTemplateList'>, options?: ListOptions): ListRequest<Template> {
    return this.$list('list', Template, ops.GetTemplateList, params, options);
  }

  /**
   * Retrieves a template by slug; the same as `clerk.templates.email(slug).get()` for an email template.
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  get(slug: string, options?: RequestOptions): Promise<Template> {
    return this.$handle(slug).get(options);
  }
}

/**
 * `clerk.templates.email(slug)` and `clerk.templates.sms(slug)`, also the methods of a `Template` record.
 *
 * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
 */
export class TemplateHandle extends Handle {
  static override readonly fluentPath = 'clerk.templates.{template_type}(…)';

  /**
   * Retrieves the template (`GET /templates/{template_type}/{slug}`).
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  get(options?: RequestOptions): Promise<Template> {
    return this.$record('get', Template, ops.GetTemplate, undefined, options);
  }

  /**
   * Writes the template's subject, body and sender names (`PUT /templates/{template_type}/{slug}`).
   * On a record, the record refreshes itself.
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  upsert(params: OperationParams<'UpsertTemplate'>, options?: RequestOptions): Promise<Template> {
    return this.$record('upsert', Template, ops.UpsertTemplate, params, options);
  }

  /**
   * Restores Clerk's default content of the template (`POST /templates/{template_type}/{slug}/revert`).
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  revert(options?: RequestOptions): Promise<Template> {
    return this.$record('revert', Template, ops.RevertTemplate, undefined, options);
  }

  /**
   * Renders content with the template's variables filled in, without saving anything
   * (`POST /templates/{template_type}/{slug}/preview`).
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  preview(params: OperationParams<'PreviewTemplate'>, options?: RequestOptions): Promise<PreviewTemplateResponse> {
    return this.$call('preview', ops.PreviewTemplate, params, options);
  }

  /**
   * Chooses who delivers messages of this template: Clerk, or your own service listening to the
   * matching webhook (`POST /templates/{template_type}/{slug}/toggle_delivery`). The spec names it
   * `toggleTemplateDelivery`; on a template the repetition adds nothing, so it reads `toggleDelivery()`.
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  toggleDelivery(params: OperationParams<'ToggleTemplateDelivery'>, options?: RequestOptions): Promise<Template> {
    return this.$record('toggleDelivery', Template, ops.ToggleTemplateDelivery, params, options);
  }
}

export interface Template extends TemplateData {}
/**
 * An email or SMS template, as a record, located by its type and slug.
 *
 * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
 */
export class Template extends TemplateHandle {
  static schema = 'Template';
  static locate(data: { [key: string]: unknown }, from: PathValues): PathValues {
    return { template_type: data.templateType ?? from.template_type, slug: data.slug ?? from.slug };
  }

  /**
   * Fetches the template again and refreshes this record in place.
   * @deprecated Clerk deprecated the template endpoints; templates are managed in the Dashboard.
   */
  async reload(options?: RequestOptions): Promise<this> {
    await this.get(options);
    return this;
  }
}
