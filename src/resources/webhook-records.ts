/**
 * The record classes of the API objects webhook events carry, by the schema the generator maps
 * their data to (src/generated/webhook-types.ts, `WebhookRecordSchema`): through a client, an
 * event's data is the same record the API returns, with its methods.
 */
import type { ClientContext } from '../core/operation.js';
import type { WebhookRecordSchema } from '../generated/webhook-types.js';
import type { WebhookEventContext } from '../webhooks/event.js';
import type { RecordFactories } from '../core/decoding.js';
import { asRecord, Handle, recordFactories, type RecordClass } from './base.js';
import { OrganizationDomain } from './organizations/domains.js';
import { Organization } from './organizations/index.js';
import { OrganizationInvitation } from './organizations/invitations.js';
import { OrganizationMembership } from './organizations/memberships.js';
import { Permission } from './organization-permissions.js';
import { Role } from './organization-roles.js';
import { Session } from './sessions.js';
import { User } from './users.js';
import { WaitlistEntry } from './waitlist-entries.js';

/** The records by schema, as the event types take them: `WebhookEvent<WebhookRecords>` is what a client returns. */
export interface WebhookRecords {
  Organization: Organization;
  OrganizationDomain: OrganizationDomain;
  OrganizationInvitation: OrganizationInvitation;
  OrganizationMembership: OrganizationMembership;
  Permission: Permission;
  Role: Role;
  Session: Session;
  User: User;
  WaitlistEntry: WaitlistEntry;
}

/** A record class for every schema the events' data holds; the type check fails when one is missing. */
export const webhookRecordClasses: { readonly [Schema in WebhookRecordSchema]: RecordClass<WebhookRecords[Schema]> } = {
  Organization,
  OrganizationDomain,
  OrganizationInvitation,
  OrganizationMembership,
  Permission,
  Role,
  Session,
  User,
  WaitlistEntry,
};

/** The records part of a client's event context: factories for the decoders, then the records located. */
export function webhookRecords(context: ClientContext): NonNullable<WebhookEventContext['records']> {
  const merged = new Map<string, RecordFactories>();
  return {
    factories(schemas) {
      const key = schemas.join(' ');
      let factories = merged.get(key);
      if (factories === undefined) {
        factories = Object.assign({}, ...schemas.map((schema) => recordFactories(context, classOf(schema)))) as RecordFactories;
        merged.set(key, factories);
      }
      return factories;
    },
    settle: (data) => settleAll(context, data),
  };
}

function classOf(schema: string): RecordClass<Handle> {
  if (!Object.hasOwn(webhookRecordClasses, schema)) throw new Error(`no record class for the webhook record schema ${schema}`);
  return webhookRecordClasses[schema as WebhookRecordSchema];
}

/**
 * Locates every record in `data` that is not a nested record of another (those are located with
 * their parent): the data itself, or a record in a field a payload adds to it (a session's user).
 */
function settleAll(context: ClientContext, value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) settleAll(context, item);
    return;
  }
  if (value instanceof Handle) {
    const Type = value.constructor as RecordClass<Handle>;
    asRecord(Type, context, value, {});
    const nested = Type.nested ?? {};
    for (const [key, field] of Object.entries(value)) if (!Object.hasOwn(nested, key)) settleAll(context, field);
    return;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) for (const field of Object.values(value)) settleAll(context, field);
}
