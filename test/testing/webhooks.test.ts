/**
 * The fake's webhook deliveries: the events of each change, signed as Clerk signs them, verified by
 * verifyWebhook and by the standardwebhooks package, with payloads of the webhook spec's shapes.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { Organization, OrganizationMembership, User, verifyWebhook } from '../../src/index.js';
import type { WebhookDelivery } from '../../src/testing/index.js';
import { check } from '../../src/testing/fake/validate.js';
import { fakeClerk } from './helpers.js';

const SIGNING_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
const OTHER_SECRET = 'whsec_C2FVsBQIhrscChlQIMV+b5sSYspob7oD';

/** A subscriber that keeps every request it gets, with the body as sent. */
function recorder(): { handler: (request: Request) => Promise<Response>; received: Array<{ body: string; headers: Record<string, string> }> } {
  const received: Array<{ body: string; headers: Record<string, string> }> = [];
  return {
    received,
    handler: async (request) => {
      received.push({ body: await request.text(), headers: Object.fromEntries(request.headers) });
      return new Response(null, { status: 204 });
    },
  };
}

const types = (deliveries: readonly WebhookDelivery[]) => deliveries.map((delivery) => delivery.type);

describe('webhook deliveries', () => {
  it('delivers the events of each change, in order, after the answer, signed for verifyWebhook and standardwebhooks', async () => {
    const { fake, clerk } = fakeClerk();
    const { handler, received } = recorder();
    fake.webhooks.subscribe(handler, { signingSecret: SIGNING_SECRET });
    const user = await clerk.users.create({ emailAddress: ['ada@example.com'], firstName: 'Ada' });
    await user.update({ lastName: 'Lovelace' });
    const org = await clerk.organizations.create({ name: 'Acme', createdBy: user.id });
    await clerk.sessions.create({ userId: user.id });
    await user.delete();
    await fake.webhooks.settled();
    expect(types(fake.webhooks.deliveries)).toEqual(['user.created', 'user.updated', 'organization.created', 'organizationMembership.created', 'session.created', 'user.deleted']);
    expect(fake.webhooks.deliveries.every((delivery) => delivery.status === 204 && delivery.target === 'function')).toBe(true);

    const standard = new Webhook(SIGNING_SECRET.slice('whsec_'.length));
    for (const { body, headers } of received) {
      expect(Object.keys(headers)).toEqual(expect.arrayContaining(['svix-id', 'svix-timestamp', 'svix-signature', 'content-type']));
      const event = await verifyWebhook(body, headers, { signingSecret: SIGNING_SECRET });
      expect(event.instanceId).toBe(fake.instanceId);
      const renamed = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.replace(/^svix-/, 'webhook-'), value]));
      expect(standard.verify(body, renamed)).toEqual(JSON.parse(body));
    }
    const [created, , orgCreated, membership, session, deleted] = received.map((item) => JSON.parse(item.body) as Record<string, any>);
    expect(created).toMatchObject({ type: 'user.created', object: 'event', data: { id: user.id, object: 'user', first_name: 'Ada', email_addresses: [{ email_address: 'ada@example.com' }] } });
    expect(created!.event_attributes).toEqual({ http_request: { client_ip: '127.0.0.1', user_agent: expect.stringMatching(/^clerk-fluent\//) } });
    expect(orgCreated!.data).toMatchObject({ id: org.id, object: 'organization', name: 'Acme' });
    expect(membership!.data).toMatchObject({ object: 'organization_membership', role: 'org:admin', organization: { id: org.id }, public_user_data: { user_id: user.id } });
    expect(session!.data).toMatchObject({ object: 'session', user_id: user.id, status: 'active', user: { id: user.id, object: 'user' } });
    expect(session!.data.tasks).toBeUndefined();
    expect(deleted!.data).toEqual({ object: 'user', id: user.id, deleted: true });
  });

  it("shapes each payload as the spec's objects (the webhook spec's User, Organization, … are the API's; a session event adds the user)", async () => {
    const { fake, clerk } = fakeClerk();
    const { handler, received } = recorder();
    fake.webhooks.subscribe(handler, { signingSecret: SIGNING_SECRET });
    const user = await clerk.users.create({ emailAddress: ['ada@example.com'], phoneNumber: ['+15555550100'] });
    await clerk.organizations.create({ name: 'Acme', createdBy: user.id });
    const session = await clerk.sessions.create({ userId: user.id });
    await clerk.sessions(session.id).revoke();
    await fake.webhooks.settled();
    const events = received.map((item) => JSON.parse(item.body) as { type: string; data: Record<string, unknown> });
    const schemaOf: Record<string, string> = { 'user.created': 'User', 'organization.created': 'Organization', 'organizationMembership.created': 'OrganizationMembership' };
    for (const event of events) {
      if (event.type.startsWith('session.')) {
        const { user: sessionUser, ...sessionData } = event.data;
        expect(check(sessionData, 'Session'), event.type).toEqual([]);
        expect(check(sessionUser, 'User'), event.type).toEqual([]);
      } else {
        expect(check(event.data, schemaOf[event.type]!), event.type).toEqual([]);
      }
    }
    expect(events.map((event) => event.type)).toEqual(['user.created', 'organization.created', 'organizationMembership.created', 'session.created', 'session.revoked']);
  });

  it('filters by event type, signs for each subscriber with its own secret, and stops on unsubscribe', async () => {
    const { fake, clerk } = fakeClerk();
    const everything = recorder();
    const deletions = recorder();
    const subscription = fake.webhooks.subscribe(everything.handler, { signingSecret: SIGNING_SECRET });
    fake.webhooks.subscribe(deletions.handler, { signingSecret: OTHER_SECRET, events: ['user.deleted'] });
    const user = await clerk.users.create({ emailAddress: ['ada@example.com'] });
    await clerk.users(user.id).delete();
    await fake.webhooks.settled();
    expect(everything.received).toHaveLength(2);
    expect(deletions.received).toHaveLength(1);
    await expect(verifyWebhook(deletions.received[0]!.body, deletions.received[0]!.headers, { signingSecret: OTHER_SECRET })).resolves.toMatchObject({ type: 'user.deleted' });
    await expect(verifyWebhook(deletions.received[0]!.body, deletions.received[0]!.headers, { signingSecret: SIGNING_SECRET })).rejects.toMatchObject({ reason: 'invalid-signature' });
    subscription.unsubscribe();
    await clerk.users.create({ emailAddress: ['bob@example.com'] });
    await fake.webhooks.settled();
    expect(everything.received).toHaveLength(2);
  });

  it('sends nothing for a refused request or for the seed', async () => {
    const { fake, clerk } = fakeClerk({ seed: { users: [{ emailAddress: ['ada@example.com'] }] } });
    const { handler, received } = recorder();
    fake.webhooks.subscribe(handler, { signingSecret: SIGNING_SECRET });
    await clerk.users.create({ emailAddress: ['ada@example.com'] }).catch(() => undefined);
    fake.reset();
    await fake.webhooks.settled();
    expect(received).toEqual([]);
  });

  it('delivers to a URL over HTTP, and records a subscriber that fails', async () => {
    const bodies: string[] = [];
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString()));
      request.on('end', () => {
        bodies.push(body);
        response.writeHead(200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { fake, clerk } = fakeClerk();
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/clerk`;
      fake.webhooks.subscribe(url, { signingSecret: SIGNING_SECRET });
      fake.webhooks.subscribe(() => {
        throw new Error('handler crashed');
      }, { signingSecret: SIGNING_SECRET });
      await clerk.users.create({ emailAddress: ['ada@example.com'] });
      await fake.webhooks.settled();
      expect(bodies).toHaveLength(1);
      expect(JSON.parse(bodies[0]!)).toMatchObject({ type: 'user.created' });
      expect(fake.webhooks.deliveries.map((delivery) => [delivery.target, delivery.status, delivery.error])).toEqual(
        expect.arrayContaining([
          [url, 200, undefined],
          ['function', null, 'handler crashed'],
        ]),
      );
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('refuses a subscription it could not sign for', () => {
    const { fake } = fakeClerk();
    expect(() => fake.webhooks.subscribe(() => undefined, { signingSecret: 'sk_test_not_a_signing_secret' })).toThrow(/^signingSecret: /);
    expect(() => fake.webhooks.subscribe('ftp://example.com', { signingSecret: SIGNING_SECRET })).toThrow(/^target: /);
  });

  it('sends every event type it makes as the typed events decode them, with strictResponses: records through clerk.webhooks.verify', async () => {
    const { fake, clerk } = fakeClerk({ seed: { users: [{ id: 'user_bob', emailAddress: ['bob@example.com'] }] } });
    const verified: Array<{ type: string; record: unknown }> = [];
    const failures: unknown[] = [];
    fake.webhooks.subscribe(async (request) => {
      try {
        const strict = await verifyWebhook(request.clone(), undefined, { signingSecret: SIGNING_SECRET, strictResponses: true });
        const event = await clerk.webhooks.verify(request, { signingSecret: SIGNING_SECRET });
        expect(event.type).toBe(strict.type);
        verified.push({ type: String(event.type), record: event.data });
      } catch (error) {
        failures.push(error);
      }
      return new Response(null, { status: 204 });
    }, { signingSecret: SIGNING_SECRET });

    const ada = await clerk.users.create({ emailAddress: ['ada@example.com'], firstName: 'Ada' });
    await ada.update({ lastName: 'Lovelace' });
    const org = await clerk.organizations.create({ name: 'Acme', createdBy: ada.id });
    await clerk.organizations(org.id).update({ name: 'Acme Inc' });
    await clerk.organizations(org.id).memberships.create({ userId: 'user_bob', role: 'org:member' });
    await clerk.organizations(org.id).memberships('user_bob').update({ role: 'org:admin' });
    await clerk.organizations(org.id).memberships('user_bob').delete();
    const revoked = await clerk.organizations(org.id).invitations.create({ emailAddress: 'carol@example.com', role: 'org:member' });
    await clerk.organizations(org.id).invitations(revoked.id).revoke({});
    const accepted = await clerk.organizations(org.id).invitations.create({ emailAddress: 'dan@example.com', role: 'org:member' });
    await fake.acceptInvitation(accepted.id);
    const session = await clerk.sessions.create({ userId: ada.id });
    await clerk.sessions(session.id).revoke();
    await clerk.organizations(org.id).delete();
    await ada.delete();
    await fake.webhooks.settled();

    expect(failures).toEqual([]);
    expect([...new Set(verified.map((event) => event.type))].sort()).toEqual([
      'organization.created', 'organization.deleted', 'organization.updated',
      'organizationInvitation.accepted', 'organizationInvitation.created', 'organizationInvitation.revoked',
      'organizationMembership.created', 'organizationMembership.deleted', 'organizationMembership.updated',
      'session.created', 'session.revoked',
      'user.created', 'user.deleted', 'user.updated',
    ]);
    const recordOf = (type: string) => verified.find((event) => event.type === type)!.record;
    expect(recordOf('user.created')).toBeInstanceOf(User);
    expect(recordOf('organization.created')).toBeInstanceOf(Organization);
    expect(recordOf('organizationMembership.updated')).toBeInstanceOf(OrganizationMembership);
    expect(recordOf('organizationMembership.updated')).toMatchObject({ role: 'org:admin' });
  });

  it('delivers organization invitation and membership events when an invitation is accepted', async () => {
    const { fake, clerk } = fakeClerk({ seed: { users: [{ id: 'user_ada', emailAddress: ['ada@example.com'] }], organizations: [{ id: 'org_1', name: 'Acme', createdBy: 'user_ada' }] } });
    fake.webhooks.subscribe(() => undefined, { signingSecret: SIGNING_SECRET });
    const invitation = await clerk.organizations('org_1').invitations.create({ emailAddress: 'bob@example.com', role: 'org:member' });
    await fake.acceptInvitation(invitation.id);
    await invitation.reload();
    await fake.webhooks.settled();
    expect(types(fake.webhooks.deliveries)).toEqual(['organizationInvitation.created', 'user.created', 'organizationInvitation.accepted', 'organizationMembership.created']);
    expect(fake.webhooks.deliveries[2]!.payload).toMatchObject({ data: { id: invitation.id, status: 'accepted', user_id: expect.stringMatching(/^user_/) } });
  });
});
