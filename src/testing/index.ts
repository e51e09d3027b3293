/**
 * `clerk-fluent/testing`: helpers for the tests of code that uses clerk-fluent. A separate entry
 * point, so an application importing `clerk-fluent` never loads it.
 *
 * @packageDocumentation
 */
export { signWebhook } from './sign-webhook.js';
export type { SignWebhookOptions, SignedWebhook } from './sign-webhook.js';
export { createFakeClerk } from './fake/index.js';
export type {
  AcceptInvitationOptions,
  FakeClerk,
  FakeClerkOptions,
  FakeClerkSeed,
  FakeClerkServer,
  FakeRequest,
  FakeWebhooks,
  ListenOptions,
  NowOption,
  RateLimitOptions,
  SeedApiKey,
  SeedInvitation,
  SeedM2mToken,
  SeedMachine,
  SeedMembership,
  SeedOrganization,
  SeedOrganizationInvitation,
  SeedActorToken,
  SeedSession,
  SeedSignInToken,
  SeedTime,
  SeedUser,
  SessionTokenOptions,
  WebhookDelivery,
  WebhookSubscribeOptions,
  WebhookSubscription,
  WebhookTarget,
} from './fake/index.js';
