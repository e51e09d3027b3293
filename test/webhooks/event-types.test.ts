/**
 * Type-level checks of the webhook events (run by `npm run typecheck`, and by vitest as tests that
 * pass when the file compiles): `switch (event.type)` narrows `event.data` for every one of the
 * event types, both as plain data (`verifyWebhook`) and as records (`clerk.webhooks.verify()`);
 * `Extract` gives each event; an unknown type keeps the known ones narrowing.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type {
  ClerkTypes,
  ClerkWebhookTypes,
  ClientWebhookEvent,
  KnownWebhookEvent,
  UnknownWebhookEvent,
  UnknownWebhookEventType,
  WebhookEvent,
  WebhookEventType,
  WebhookRecords,
} from '../../src/index.js';
import { Clerk, verifyWebhook, type Organization, type OrganizationDomain, type OrganizationInvitation, type OrganizationMembership, type Permission, type Role, type Session, type User, type WaitlistEntry } from '../../src/index.js';

/** Every event type, once: the type check fails when the spec adds or drops one and this list does not follow. */
const everyType: { readonly [Type in WebhookEventType]: true } = {
  'email.created': true,
  'organization.created': true,
  'organization.deleted': true,
  'organization.updated': true,
  'organizationDomain.created': true,
  'organizationDomain.deleted': true,
  'organizationDomain.updated': true,
  'organizationInvitation.accepted': true,
  'organizationInvitation.created': true,
  'organizationInvitation.revoked': true,
  'organizationMembership.created': true,
  'organizationMembership.deleted': true,
  'organizationMembership.updated': true,
  'paymentAttempt.created': true,
  'paymentAttempt.updated': true,
  'permission.created': true,
  'permission.deleted': true,
  'permission.updated': true,
  'role.created': true,
  'role.deleted': true,
  'role.updated': true,
  'session.created': true,
  'session.ended': true,
  'session.pending': true,
  'session.removed': true,
  'session.revoked': true,
  'sms.created': true,
  'subscription.active': true,
  'subscription.created': true,
  'subscription.pastDue': true,
  'subscription.updated': true,
  'subscriptionItem.abandoned': true,
  'subscriptionItem.active': true,
  'subscriptionItem.canceled': true,
  'subscriptionItem.ended': true,
  'subscriptionItem.freeTrialEnding': true,
  'subscriptionItem.incomplete': true,
  'subscriptionItem.pastDue': true,
  'subscriptionItem.upcoming': true,
  'subscriptionItem.updated': true,
  'user.created': true,
  'user.deleted': true,
  'user.updated': true,
  'waitlistEntry.created': true,
  'waitlistEntry.updated': true,
};

// Never called: the functions below are only type-checked.
declare const request: Request;

describe('webhook event types', () => {
  it('knows 45 event types', () => {
    expectTypeOf(Object.keys(everyType)).toEqualTypeOf<string[]>();
    expectTypeOf<KnownWebhookEvent['type']>().toEqualTypeOf<WebhookEventType>();
  });

  it('switch (event.type) narrows the plain data of every type (verifyWebhook)', () => {
    async function handle(): Promise<void> {
      const event = await verifyWebhook(request);
      switch (event.type) {
      case 'email.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.EmailEventPayload>();
        break;
      case 'organization.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.Organization>();
        break;
      case 'organization.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'organization.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.Organization>();
        break;
      case 'organizationDomain.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.OrganizationDomain>();
        break;
      case 'organizationDomain.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'organizationDomain.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.OrganizationDomain>();
        break;
      case 'organizationInvitation.accepted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.OrganizationInvitationAcceptedPayload>();
        break;
      case 'organizationInvitation.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.OrganizationInvitationCreatedEvent['data']>();
        expectTypeOf(event.data).toExtend<ClerkTypes.OrganizationInvitation>();
        break;
      case 'organizationInvitation.revoked':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.OrganizationInvitationRevokedEvent['data']>();
        expectTypeOf(event.data).toExtend<ClerkTypes.OrganizationInvitation>();
        break;
      case 'organizationMembership.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.OrganizationMembership>();
        break;
      case 'organizationMembership.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.OrganizationMembership>();
        break;
      case 'organizationMembership.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.OrganizationMembership>();
        break;
      case 'paymentAttempt.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.PaymentAttemptEventPayload>();
        break;
      case 'paymentAttempt.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.PaymentAttemptEventPayload>();
        break;
      case 'permission.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.Permission>();
        break;
      case 'permission.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'permission.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.Permission>();
        break;
      case 'role.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.Role>();
        break;
      case 'role.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'role.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.Role>();
        break;
      case 'session.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload>();
        break;
      case 'session.ended':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload>();
        break;
      case 'session.pending':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload>();
        break;
      case 'session.removed':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload>();
        break;
      case 'session.revoked':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload>();
        break;
      case 'sms.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SmsEventPayload>();
        break;
      case 'subscription.active':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SubscriptionEventPayload>();
        break;
      case 'subscription.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SubscriptionEventPayload>();
        break;
      case 'subscription.pastDue':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SubscriptionEventPayload>();
        break;
      case 'subscription.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SubscriptionEventPayload>();
        break;
      case 'subscriptionItem.abandoned':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.active':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.canceled':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.ended':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.freeTrialEnding':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.incomplete':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.pastDue':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.upcoming':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'user.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.User>();
        break;
      case 'user.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'user.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.User>();
        break;
      case 'waitlistEntry.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.WaitlistEntry>();
        break;
      case 'waitlistEntry.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.WaitlistEntry>();
        break;
      default:
        expectTypeOf(event).toEqualTypeOf<UnknownWebhookEvent>();
        expectTypeOf(event.data).toBeUnknown();
    }
    }
    expectTypeOf(handle).toBeFunction();
  });

  it('switch (event.type) narrows the records of every type (clerk.webhooks.verify)', () => {
    async function handle(clerk: Clerk): Promise<void> {
      const event = await clerk.webhooks.verify(request);
      expectTypeOf(event).toEqualTypeOf<ClientWebhookEvent>();
      switch (event.type) {
      case 'email.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.EmailEventPayload>();
        break;
      case 'organization.created':
        expectTypeOf(event.data).toEqualTypeOf<Organization>();
        break;
      case 'organization.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'organization.updated':
        expectTypeOf(event.data).toEqualTypeOf<Organization>();
        break;
      case 'organizationDomain.created':
        expectTypeOf(event.data).toEqualTypeOf<OrganizationDomain>();
        break;
      case 'organizationDomain.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'organizationDomain.updated':
        expectTypeOf(event.data).toEqualTypeOf<OrganizationDomain>();
        break;
      case 'organizationInvitation.accepted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.OrganizationInvitationAcceptedPayload<WebhookRecords>>();
        break;
      case 'organizationInvitation.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.OrganizationInvitationCreatedEvent<WebhookRecords>['data']>();
        expectTypeOf(event.data).toExtend<OrganizationInvitation>();
        break;
      case 'organizationInvitation.revoked':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.OrganizationInvitationRevokedEvent<WebhookRecords>['data']>();
        expectTypeOf(event.data).toExtend<OrganizationInvitation>();
        break;
      case 'organizationMembership.created':
        expectTypeOf(event.data).toEqualTypeOf<OrganizationMembership>();
        break;
      case 'organizationMembership.deleted':
        expectTypeOf(event.data).toEqualTypeOf<OrganizationMembership>();
        break;
      case 'organizationMembership.updated':
        expectTypeOf(event.data).toEqualTypeOf<OrganizationMembership>();
        break;
      case 'paymentAttempt.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.PaymentAttemptEventPayload>();
        break;
      case 'paymentAttempt.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.PaymentAttemptEventPayload>();
        break;
      case 'permission.created':
        expectTypeOf(event.data).toEqualTypeOf<Permission>();
        break;
      case 'permission.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'permission.updated':
        expectTypeOf(event.data).toEqualTypeOf<Permission>();
        break;
      case 'role.created':
        expectTypeOf(event.data).toEqualTypeOf<Role>();
        break;
      case 'role.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'role.updated':
        expectTypeOf(event.data).toEqualTypeOf<Role>();
        break;
      case 'session.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload<WebhookRecords>>();
        break;
      case 'session.ended':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload<WebhookRecords>>();
        break;
      case 'session.pending':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload<WebhookRecords>>();
        break;
      case 'session.removed':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload<WebhookRecords>>();
        break;
      case 'session.revoked':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SessionEventPayload<WebhookRecords>>();
        break;
      case 'sms.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SmsEventPayload>();
        break;
      case 'subscription.active':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SubscriptionEventPayload>();
        break;
      case 'subscription.created':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SubscriptionEventPayload>();
        break;
      case 'subscription.pastDue':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SubscriptionEventPayload>();
        break;
      case 'subscription.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.SubscriptionEventPayload>();
        break;
      case 'subscriptionItem.abandoned':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.active':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.canceled':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.ended':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.freeTrialEnding':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.incomplete':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.pastDue':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.upcoming':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'subscriptionItem.updated':
        expectTypeOf(event.data).toEqualTypeOf<ClerkWebhookTypes.BillingSubscriptionItemEventPayload>();
        break;
      case 'user.created':
        expectTypeOf(event.data).toEqualTypeOf<User>();
        break;
      case 'user.deleted':
        expectTypeOf(event.data).toEqualTypeOf<ClerkTypes.DeletedObject>();
        break;
      case 'user.updated':
        expectTypeOf(event.data).toEqualTypeOf<User>();
        break;
      case 'waitlistEntry.created':
        expectTypeOf(event.data).toEqualTypeOf<WaitlistEntry>();
        break;
      case 'waitlistEntry.updated':
        expectTypeOf(event.data).toEqualTypeOf<WaitlistEntry>();
        break;
      default:
        expectTypeOf(event).toEqualTypeOf<UnknownWebhookEvent>();
    }
    }
    expectTypeOf(handle).toBeFunction();
  });

  it('Extract gives each event', () => {
    expectTypeOf<Extract<WebhookEvent, { type: 'email.created' }>>().toEqualTypeOf<ClerkWebhookTypes.EmailCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organization.created' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organization.deleted' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationDeletedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organization.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationUpdatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organizationDomain.created' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationDomainCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organizationDomain.deleted' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationDomainDeletedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organizationDomain.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationDomainUpdatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organizationInvitation.accepted' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationInvitationAcceptedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organizationInvitation.created' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationInvitationCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organizationInvitation.revoked' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationInvitationRevokedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organizationMembership.created' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationMembershipCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organizationMembership.deleted' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationMembershipDeletedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'organizationMembership.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.OrganizationMembershipUpdatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'paymentAttempt.created' }>>().toEqualTypeOf<ClerkWebhookTypes.PaymentAttemptCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'paymentAttempt.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.PaymentAttemptUpdatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'permission.created' }>>().toEqualTypeOf<ClerkWebhookTypes.PermissionCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'permission.deleted' }>>().toEqualTypeOf<ClerkWebhookTypes.PermissionDeletedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'permission.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.PermissionUpdatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'role.created' }>>().toEqualTypeOf<ClerkWebhookTypes.RoleCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'role.deleted' }>>().toEqualTypeOf<ClerkWebhookTypes.RoleDeletedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'role.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.RoleUpdatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'session.created' }>>().toEqualTypeOf<ClerkWebhookTypes.SessionCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'session.ended' }>>().toEqualTypeOf<ClerkWebhookTypes.SessionEndedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'session.pending' }>>().toEqualTypeOf<ClerkWebhookTypes.SessionPendingEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'session.removed' }>>().toEqualTypeOf<ClerkWebhookTypes.SessionRemovedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'session.revoked' }>>().toEqualTypeOf<ClerkWebhookTypes.SessionRevokedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'sms.created' }>>().toEqualTypeOf<ClerkWebhookTypes.SmsCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscription.active' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionActiveEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscription.created' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscription.pastDue' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionPastDueEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscription.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionUpdatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscriptionItem.abandoned' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionItemAbandonedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscriptionItem.active' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionItemActiveEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscriptionItem.canceled' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionItemCanceledEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscriptionItem.ended' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionItemEndedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscriptionItem.freeTrialEnding' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionItemFreeTrialEndingEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscriptionItem.incomplete' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionItemIncompleteEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscriptionItem.pastDue' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionItemPastDueEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscriptionItem.upcoming' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionItemUpcomingEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'subscriptionItem.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.SubscriptionItemUpdatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'user.created' }>>().toEqualTypeOf<ClerkWebhookTypes.UserCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'user.deleted' }>>().toEqualTypeOf<ClerkWebhookTypes.UserDeletedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'user.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.UserUpdatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'waitlistEntry.created' }>>().toEqualTypeOf<ClerkWebhookTypes.WaitlistEntryCreatedEvent>();
    expectTypeOf<Extract<WebhookEvent, { type: 'waitlistEntry.updated' }>>().toEqualTypeOf<ClerkWebhookTypes.WaitlistEntryUpdatedEvent>();
    expectTypeOf<Extract<ClientWebhookEvent, { type: 'user.created' }>['data']>().toEqualTypeOf<User>();
    expectTypeOf<Extract<WebhookEvent, { type: 'robot.awakened' }>>().toBeNever();
  });

  it('records carry their methods; plain data has none', () => {
    expectTypeOf<Extract<ClientWebhookEvent, { type: 'user.created' }>['data']['updateMetadata']>().toBeFunction();
    expectTypeOf<Extract<ClientWebhookEvent, { type: 'session.created' }>['data']['revoke']>().toBeFunction();
    expectTypeOf<Extract<ClientWebhookEvent, { type: 'session.created' }>['data']['user']>().toEqualTypeOf<User>();
    expectTypeOf<Extract<WebhookEvent, { type: 'session.created' }>['data']['user']>().toEqualTypeOf<ClerkTypes.User>();
    expectTypeOf<Extract<WebhookEvent, { type: 'user.created' }>['data']>().not.toHaveProperty('updateMetadata');
    expectTypeOf<WebhookRecords['User']>().toEqualTypeOf<User>();
  });

  it('the envelope is whole and camelCase; metadata is free-form', () => {
    expectTypeOf<WebhookEvent['type']>().toEqualTypeOf<WebhookEventType | UnknownWebhookEventType>();
    expectTypeOf<WebhookEvent['object']>().toEqualTypeOf<string>();
    expectTypeOf<WebhookEvent['timestamp']>().toEqualTypeOf<number>();
    expectTypeOf<WebhookEvent['instanceId']>().toEqualTypeOf<string>();
    expectTypeOf<NonNullable<NonNullable<WebhookEvent['eventAttributes']>['httpRequest']>>().toEqualTypeOf<{ clientIp?: string; userAgent?: string }>();
    expectTypeOf<Extract<WebhookEvent, { type: 'user.updated' }>['data']['publicMetadata']>().toEqualTypeOf<{ [key: string]: unknown }>();
  });

  it('an unknown type matches no known literal, and gives its string', () => {
    function log(event: WebhookEvent): string {
      if (event.type === 'user.created') return event.data.id;
      // @ts-expect-error a type this version does not know compares only as a string: String(event.type)
      if (event.type === 'robot.awakened') return '';
      return String(event.type) + `${event.type}`;
    }
    expectTypeOf(log).toBeFunction();
    expectTypeOf<UnknownWebhookEventType>().not.toExtend<WebhookEventType>();
    expectTypeOf<UnknownWebhookEvent['data']>().toBeUnknown();
  });
});
