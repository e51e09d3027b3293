/** JWT templates: unique names, no registered claims in `claims`, the defaults Clerk applies. */
import type { Call, Core, Handlers } from '../core.js';
import { errors } from '../errors.js';
import type { JsonObject } from '../wire.js';
import { pageOf, pagingOf } from './lists.js';
import type { JwtTemplateRecord } from './records.js';
import type { Store } from './store.js';

const DEFAULT_LIFETIME_SECONDS = 60;
const DEFAULT_CLOCK_SKEW_SECONDS = 5;
/** Claims Clerk sets on every template token: a template may not set them. */
const RESERVED_CLAIMS = ['azp', 'exp', 'iat', 'iss', 'jti', 'nbf', 'sub'];

function serialize(template: JwtTemplateRecord): Record<string, unknown> {
  return { object: 'jwt_template', ...template };
}

function find(store: Store, id: string): JwtTemplateRecord {
  const template = store.jwtTemplates.get(id);
  if (!template) throw errors.notFound('JWT template', id);
  return template;
}

function checkBody(store: Store, body: Readonly<Record<string, unknown>>, ownerId: string | undefined): void {
  const reserved = Object.keys(body.claims as JsonObject).find((claim) => RESERVED_CLAIMS.includes(claim));
  if (reserved) throw errors.reservedClaim(reserved);
  if ([...store.jwtTemplates.values()].some((template) => template.name === body.name && template.id !== ownerId)) throw errors.identifierExists('name', 'template name');
}

export function createJwtTemplate(core: Core, body: Readonly<Record<string, unknown>>, id?: string): JwtTemplateRecord {
  checkBody(core.store, body, undefined);
  const at = core.clock.stamp();
  const template: JwtTemplateRecord = {
    id: id ?? core.random.id('jtmp'),
    name: body.name as string,
    claims: structuredClone(body.claims as JsonObject),
    lifetime: (body.lifetime as number | null | undefined) ?? DEFAULT_LIFETIME_SECONDS,
    allowed_clock_skew: (body.allowed_clock_skew as number | null | undefined) ?? DEFAULT_CLOCK_SKEW_SECONDS,
    custom_signing_key: body.custom_signing_key === true,
    signing_algorithm: (body.signing_algorithm as string | null | undefined) ?? 'RS256',
    created_at: at,
    updated_at: at,
  };
  core.store.jwtTemplates.set(template.id, template);
  return template;
}

export const jwtTemplateHandlers: Handlers = {
  ListJWTTemplates: (call: Call, core: Core) => pageOf([...core.store.jwtTemplates.values()], pagingOf(call.query)).map(serialize),
  CreateJWTTemplate: (call, core) => serialize(createJwtTemplate(core, call.body)),
  GetJWTTemplate: (call, core) => serialize(find(core.store, call.params.template_id!)),
  UpdateJWTTemplate: (call, core) => {
    const template = find(core.store, call.params.template_id!);
    checkBody(core.store, call.body, template.id);
    template.name = call.body.name as string;
    template.claims = structuredClone(call.body.claims as JsonObject);
    if (call.body.lifetime != null) template.lifetime = call.body.lifetime as number;
    if (call.body.allowed_clock_skew != null) template.allowed_clock_skew = call.body.allowed_clock_skew as number;
    if (typeof call.body.custom_signing_key === 'boolean') template.custom_signing_key = call.body.custom_signing_key;
    if (typeof call.body.signing_algorithm === 'string') template.signing_algorithm = call.body.signing_algorithm;
    template.updated_at = core.clock.stamp();
    return serialize(template);
  },
  DeleteJWTTemplate: (call, core) => {
    const template = find(core.store, call.params.template_id!);
    core.store.jwtTemplates.delete(template.id);
    return { object: 'jwt_template', id: template.id, deleted: true };
  },
};
