/**
 * The typed events: every event type of the webhook spec decodes to its type (a payload made from
 * its schema, and the spec's own example), plain with verifyWebhook and as the API's records
 * through a client; an unknown type is delivered as received; data that does not match its schema
 * follows the response policy; records act on the right object (their requests checked with nock).
 */
import { describe, expect, it, vi } from 'vitest';
import {
  ClerkResponseValidationError,
  EmailAddress,
  Handle,
  Organization,
  OrganizationMembership,
  Session,
  User,
  verifyWebhook,
  type Logger,
} from '../../src/index.js';
import { webhookEventDecoders, webhookEventRecords } from '../../src/generated/webhook-decoders.js';
import { webhookRecordClasses } from '../../src/resources/webhook-records.js';
import { signWebhook } from '../../src/testing/index.js';
import { api, newClerk } from '../helpers.js';
import { OWN_KEYS, samplePayload, specEventTypes, specExample, type Payload } from './events.js';
import { SECRET, userCreated } from './helpers.js';

/** A logger that keeps what it is told. */
function recorder(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return { warnings, warn: (message) => warnings.push(message) };
}

async function delivery(payload: object, timestamp = Math.floor(Date.now() / 1000)) {
  return signWebhook(payload, { signingSecret: SECRET, timestamp });
}

/**
 * Every value that is a record, with its path, except the records a record's class nests (a
 * user's email addresses): those are the class's business, as in the API's answers.
 */
function recordsIn(value: unknown, path = 'data'): Array<[string, Handle]> {
  if (value instanceof Handle) {
    const nested = (value.constructor as { nested?: object }).nested ?? {};
    const fields = Object.entries(value).filter(([key]) => !Object.hasOwn(nested, key));
    return [[path, value], ...fields.flatMap(([key, item]) => recordsIn(item, `${path}.${key}`))];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => recordsIn(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => recordsIn(item, `${path}.${key}`));
  return [];
}

/**
 * Clerk's own examples that do not match the schemas beside them in the same spec (fields the
 * schema requires left out, `object` tags such as `waitlistEntry` for `waitlist_entry`): decoded
 * all the same, with a warning. Listed so that a new spec that fixes or breaks one shows here.
 */
const EXAMPLES_OFF_SCHEMA = [
  'organizationDomain.created',
  'organizationDomain.updated',
  'organizationInvitation.accepted',
  'organizationInvitation.created',
  'organizationInvitation.revoked',
  'paymentAttempt.created',
  'paymentAttempt.updated',
  'role.deleted',
  'role.updated',
  'sms.created',
  'subscriptionItem.abandoned',
  'subscriptionItem.active',
  'subscriptionItem.canceled',
  'subscriptionItem.ended',
  'subscriptionItem.freeTrialEnding',
  'subscriptionItem.incomplete',
  'subscriptionItem.pastDue',
  'subscriptionItem.upcoming',
  'subscriptionItem.updated',
  'waitlistEntry.created',
  'waitlistEntry.updated',
];

describe('every event type of the spec', () => {
  it('has a decoder, and the spec has 45 of them', () => {
    expect(specEventTypes).toHaveLength(45);
    expect(Object.keys(webhookEventDecoders).sort()).toEqual(specEventTypes);
  });

  describe.each(specEventTypes)('%s', (type) => {
    it('a payload made from its schema decodes to its type, strictly (verifyWebhook: plain data)', async () => {
      const { payload, expected } = samplePayload(type);
      const { body, headers } = await delivery(payload, payload.timestamp);
      const event = await verifyWebhook(body, headers, { signingSecret: SECRET, strictResponses: true, toleranceInSeconds: Number.MAX_SAFE_INTEGER });
      expect(event).toEqual(expected);
      expect(recordsIn(event.data)).toEqual([]);
      // JSON.stringify of plain data is the decoded event itself: nothing hidden, nothing extra.
      expect(JSON.parse(JSON.stringify(event))).toEqual(expected);
    });

    it('through a client, the same data, with the API objects made its records', async () => {
      const { payload, expected } = samplePayload(type);
      const { body, headers } = await delivery(payload, payload.timestamp);
      const clerk = newClerk({ strictResponses: true });
      const event = await clerk.webhooks.verify({ body, headers }, { signingSecret: SECRET, toleranceInSeconds: Number.MAX_SAFE_INTEGER });
      expect(JSON.parse(JSON.stringify(event))).toEqual(expected);
      const schemas = webhookEventRecords[type] ?? [];
      const classes = schemas.map((schema) => webhookRecordClasses[schema as keyof typeof webhookRecordClasses]);
      const found = recordsIn(event.data);
      expect(found.map(([, record]) => record.constructor).sort((a, b) => a.name.localeCompare(b.name))).toEqual(classes.sort((a, b) => a.name.localeCompare(b.name)));
      if (schemas.length > 0) expect(event.data).toBeInstanceOf(classes.find((Class) => event.data instanceof Class));
    });

    it("the spec's example decodes to its type (strictly, unless the example is off its own schema)", async () => {
      const example: Payload = specExample(type);
      const { body, headers } = await delivery(example);
      const logger = recorder();
      const event = await newClerk({ logger }).webhooks.verify({ body, headers }, { signingSecret: SECRET });
      expect(event).toMatchObject({ type, object: 'event', timestamp: example.timestamp, instanceId: example.instance_id });
      expect(event.data).toBeTypeOf('object');
      expect(logger.warnings.length > 0).toBe(EXAMPLES_OFF_SCHEMA.includes(type));
      if (!EXAMPLES_OFF_SCHEMA.includes(type)) {
        await expect(verifyWebhook(body, headers, { signingSecret: SECRET, strictResponses: true })).resolves.toMatchObject({ type });
      }
    });
  });
});

describe('an event type this version does not know', () => {
  const robot = { type: 'robot.awakened', object: 'event', timestamp: 1716883200, instance_id: 'ins_1', event_attributes: { http_request: { client_ip: '198.51.100.1' } }, data: { serial_number: 7, nested_thing: { keep_me: true } } };

  it('is delivered, envelope camelCased, data as received: plain, through a client, and under strictResponses', async () => {
    const { body, headers } = await delivery(robot);
    const expected = { type: 'robot.awakened', object: 'event', timestamp: 1716883200, instanceId: 'ins_1', eventAttributes: { httpRequest: { clientIp: '198.51.100.1' } }, data: robot.data };
    expect(await verifyWebhook(body, headers, { signingSecret: SECRET, strictResponses: true })).toEqual(expected);
    const logger = recorder();
    expect(await newClerk({ strictResponses: true, logger }).webhooks.verify({ body, headers }, { signingSecret: SECRET })).toEqual(expected);
    expect(logger.warnings).toEqual([]);
  });

  it('has its envelope checked all the same', async () => {
    const { body, headers } = await delivery({ ...robot, instance_id: 17 });
    const error = await verifyWebhook(body, headers, { signingSecret: SECRET, strictResponses: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClerkResponseValidationError);
    expect((error as ClerkResponseValidationError).issues).toEqual([expect.objectContaining({ path: 'instanceId' })]);
  });

  it('a type named like a property of every object is not a known type', async () => {
    for (const type of ['constructor', '__proto__', 'toString']) {
      const { body, headers } = await delivery({ ...robot, type });
      const event = await verifyWebhook(body, headers, { signingSecret: SECRET, strictResponses: true });
      expect(event.data).toEqual(robot.data);
    }
  });
});

describe('data that does not match its schema', () => {
  const offSchema = { ...userCreated, type: 'user.updated', data: { ...userCreated.data, first_name: 42, banned: 'no' } };

  it('is returned as decoded, with one warning per event type naming what is wrong (standalone)', async () => {
    const logger = recorder();
    const { body, headers } = await delivery(offSchema);
    const event = await verifyWebhook(body, headers, { signingSecret: SECRET, logger });
    expect(event.type === 'user.updated' && [event.data.firstName, event.data.banned, event.data.publicMetadata]).toEqual([42, 'no', { plan_tier: 'pro', 'Odd Key': true }]);
    expect(logger.warnings).toHaveLength(1);
    expect(logger.warnings[0]).toContain('user.updated webhook event does not match its schema');
    expect(logger.warnings[0]).toContain('data.firstName');
    expect(logger.warnings[0]).toContain('data.banned');
    await verifyWebhook(body, headers, { signingSecret: SECRET, logger });
    expect(logger.warnings).toHaveLength(1);
  });

  it('throws ClerkResponseValidationError with strictResponses, after the signature held', async () => {
    const { body, headers } = await delivery(offSchema);
    const error = await verifyWebhook(body, headers, { signingSecret: SECRET, strictResponses: true }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ClerkResponseValidationError);
    expect((error as ClerkResponseValidationError).issues.map((issue) => issue.path).sort()).toEqual(['data.banned', 'data.firstName']);
    // A forged delivery is still a verification error, whatever its data.
    await expect(verifyWebhook(body.replace('42', '43'), headers, { signingSecret: SECRET, strictResponses: true })).rejects.toMatchObject({ reason: 'invalid-signature' });
  });

  it("through a client, follows the client's strictResponses and logger, which the call's options override", async () => {
    const { body, headers } = await delivery(offSchema);
    const strict = newClerk({ strictResponses: true });
    await expect(strict.webhooks.verify({ body, headers }, { signingSecret: SECRET })).rejects.toBeInstanceOf(ClerkResponseValidationError);
    await expect(strict.webhooks.verify({ body, headers }, { signingSecret: SECRET, strictResponses: false, logger: recorder() })).resolves.toMatchObject({ type: 'user.updated' });

    const logger = recorder();
    const lenient = newClerk({ logger });
    const event = await lenient.webhooks.verify({ body, headers }, { signingSecret: SECRET });
    expect(event.data).toBeInstanceOf(User);
    await lenient.webhooks.verify({ body, headers }, { signingSecret: SECRET });
    expect(logger.warnings).toHaveLength(1);
    await expect(lenient.webhooks.verify({ body, headers }, { signingSecret: SECRET, strictResponses: true })).rejects.toBeInstanceOf(ClerkResponseValidationError);
  });

  it('refuses policy options of the wrong type before anything else', async () => {
    const { body, headers } = await delivery(userCreated);
    await expect(verifyWebhook(body, headers, { signingSecret: SECRET, strictResponses: 'yes' as never })).rejects.toThrow('strictResponses: must be a boolean');
    await expect(verifyWebhook(body, headers, { signingSecret: SECRET, logger: console.warn as never })).rejects.toThrow('logger: must be an object with a warn(message) method');
  });

  it('is checked by zod only when the generated decoder notes a mismatch', async () => {
    const { body, headers } = await delivery(userCreated);
    const schemas = await import('../../src/generated/webhook-schemas.js');
    const parse = vi.spyOn(schemas.UserCreatedEventSchema(), 'safeParse');
    try {
      await verifyWebhook(body, headers, { signingSecret: SECRET, strictResponses: true });
      expect(parse).not.toHaveBeenCalled();
      const off = await delivery({ ...userCreated, data: { ...userCreated.data, first_name: 7 } });
      await verifyWebhook(off.body, off.headers, { signingSecret: SECRET, logger: recorder() });
      expect(parse).toHaveBeenCalledOnce();
    } finally {
      parse.mockRestore();
    }
  });
});

describe('records through a client', () => {
  it('user.created: event.data.updateMetadata() patches that user, and the record takes the answer', async () => {
    const { payload } = samplePayload('user.created');
    payload.data.id = 'user_2g7np7Hrk0SN6kj5EDMLDaKNL0S';
    const { body, headers } = await delivery(payload);
    const event = await newClerk({ strictResponses: true }).webhooks.verify({ body, headers }, { signingSecret: SECRET });
    if (event.type !== 'user.created') throw new Error(`unexpected ${String(event.type)}`);
    const answer = { ...payload.data, public_metadata: { onboarded: false, 'Odd Key': 1 } };
    const scope = api().patch('/users/user_2g7np7Hrk0SN6kj5EDMLDaKNL0S/metadata', { public_metadata: { onboarded: false } }).reply(200, answer);
    const updated = await event.data.updateMetadata({ publicMetadata: { onboarded: false } });
    scope.done();
    expect(updated).toBe(event.data); // refreshed in place
    expect(event.data.publicMetadata).toEqual({ onboarded: false, 'Odd Key': 1 });
    expect(event.data.emailAddresses[0]).toBeInstanceOf(EmailAddress);
  });

  it("a nested record acts under its parent: a user's email address", async () => {
    const { payload } = samplePayload('user.created');
    payload.data.id = 'user_1';
    const { body, headers } = await delivery(payload);
    const event = await newClerk({ strictResponses: true }).webhooks.verify({ body, headers }, { signingSecret: SECRET });
    if (event.type !== 'user.created') throw new Error('unexpected type');
    const email = event.data.emailAddresses[0]!;
    const scope = api().delete(`/email_addresses/${email.id}`).reply(200, { object: 'email_address', id: email.id, deleted: true });
    await email.delete();
    scope.done();
  });

  it('session.created: the session and the user beside it are both records', async () => {
    const { payload } = samplePayload('session.created');
    payload.data.id = 'sess_1';
    (payload.data.user as { id: string }).id = 'user_1';
    const { body, headers } = await delivery(payload);
    const event = await newClerk({ strictResponses: true }).webhooks.verify({ body, headers }, { signingSecret: SECRET });
    if (event.type !== 'session.created') throw new Error('unexpected type');
    expect(event.data).toBeInstanceOf(Session);
    expect(event.data.user).toBeInstanceOf(User);
    const { user } = event.data;
    const revoked = api().post('/sessions/sess_1/revoke').reply(200, { ...payload.data, user: undefined, status: 'revoked' });
    const banned = api().post('/users/user_1/ban').reply(200, { ...(payload.data.user as object), banned: true });
    await event.data.revoke();
    await user.ban();
    revoked.done();
    banned.done();
    expect(event.data.status).toBe('revoked');
    expect(user.banned).toBe(true);
  });

  it('organizationMembership.created: e.data.organization.id and e.data.role, as API.md shows', async () => {
    const { payload } = samplePayload('organizationMembership.created');
    const { body, headers } = await delivery(payload);
    const event = await newClerk({ strictResponses: true }).webhooks.verify({ body, headers }, { signingSecret: SECRET });
    if (event.type !== 'organizationMembership.created') throw new Error('unexpected type');
    expect(event.data).toBeInstanceOf(OrganizationMembership);
    expect([event.data.organization.id, event.data.role]).toEqual(['id_2g7np7Hrk0SN6kj5EDMLDaKNL0S', 'role value']);
    expect(event.data.publicMetadata).toEqual(OWN_KEYS);
  });

  it('organization.created: the organization record, whose methods act on it', async () => {
    const { payload } = samplePayload('organization.created');
    payload.data.id = 'org_1';
    const { body, headers } = await delivery(payload);
    const event = await newClerk().webhooks.verify({ body, headers }, { signingSecret: SECRET });
    if (event.type !== 'organization.created') throw new Error('unexpected type');
    expect(event.data).toBeInstanceOf(Organization);
    const scope = api().delete('/organizations/org_1').reply(200, { object: 'organization', id: 'org_1', deleted: true });
    await event.data.delete();
    scope.done();
  });

  it('records serialise as their data alone', async () => {
    const { payload, expected } = samplePayload('user.created');
    const { body, headers } = await delivery(payload);
    const event = await newClerk().webhooks.verify({ body, headers }, { signingSecret: SECRET });
    expect(JSON.parse(JSON.stringify(event.data))).toEqual(expected.data);
    expect(Object.keys(event.data as object).sort()).toEqual(Object.keys(expected.data as object).sort());
  });
});

describe('the record class table', () => {
  it("names each class by its own schema", () => {
    for (const [schema, Class] of Object.entries(webhookRecordClasses)) expect(Class.schema).toBe(schema);
  });
});
