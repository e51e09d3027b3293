/**
 * signWebhook (clerk-fluent/testing): what it signs verifies with the reference implementation
 * (`standardwebhooks`), with verifyWebhook and with the peer's verifyWebhook.
 */
import { verifyWebhook as peerVerifyWebhook } from '@clerk/backend/webhooks';
import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClerkValidationError, verifyWebhook } from '../../src/index.js';
import { signWebhook } from '../../src/testing/index.js';
import { expectNoSecretIn, NEXT_SECRET, nowSeconds, rejection, SECRET, standardNames, userCreated, userCreatedBody, userCreatedData } from './helpers.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('signWebhook', () => {
  it('signs what the reference implementation verifies, returning the payload it signed', async () => {
    const { body, headers } = await signWebhook(userCreated, { signingSecret: SECRET });
    expect(body).toBe(userCreatedBody);
    expect(new Webhook(SECRET).verify(body, standardNames(headers))).toEqual(userCreated);
  });

  it('signs the UTF-8 bytes of a non-ASCII payload as the reference does', async () => {
    const payload = { ...userCreated, data: { first_name: 'Zoë 🦀 名前' } };
    const { body, headers } = await signWebhook(payload, { signingSecret: SECRET });
    expect(new Webhook(SECRET).verify(body, standardNames(headers))).toEqual(payload);
  });

  it('gives the headers Clerk sends, ready for a Request that verifyWebhook and the peer accept', async () => {
    const { body, headers } = await signWebhook(userCreated, { signingSecret: SECRET });
    expect(Object.keys(headers).sort()).toEqual(['content-type', 'svix-id', 'svix-signature', 'svix-timestamp']);
    expect(headers['content-type']).toBe('application/json');
    expect(headers['svix-id']).toMatch(/^msg_[0-9A-Za-z]{27}$/);
    expect(headers['svix-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    const request = () => new Request('https://app.test/webhooks', { method: 'POST', body, headers });
    expect((await verifyWebhook(request(), undefined, { signingSecret: SECRET, strictResponses: true })).data).toEqual(userCreatedData);
    const peer = await peerVerifyWebhook(request(), { signingSecret: SECRET });
    expect(peer.data).toEqual(userCreated.data);
  });

  it('signs a string payload as it is', async () => {
    const raw = '{"type":"user.deleted",  "object":"event","data":{"id":"user_1","deleted":true}}';
    const { body, headers } = await signWebhook(raw, { signingSecret: SECRET });
    expect(body).toBe(raw);
    expect(new Webhook(SECRET).verify(body, standardNames(headers))).toEqual(JSON.parse(raw));
  });

  it('signs with each secret given, as Clerk does during a rotation', async () => {
    const { body, headers } = await signWebhook(userCreated, { signingSecret: [SECRET, NEXT_SECRET] });
    expect(headers['svix-signature'].split(' ')).toHaveLength(2);
    for (const secret of [SECRET, NEXT_SECRET]) expect(new Webhook(secret).verify(body, standardNames(headers))).toEqual(userCreated);
  });

  it('takes the id and the timestamp, as a Date or in seconds', async () => {
    const at = new Date('2026-05-12T10:00:00.750Z');
    const signed = await signWebhook(userCreated, { signingSecret: SECRET, id: 'msg_fixed', timestamp: at });
    expect(signed.headers['svix-id']).toBe('msg_fixed');
    expect(signed.headers['svix-timestamp']).toBe(String(Math.floor(at.getTime() / 1000)));
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(at);
    expect(new Webhook(SECRET).verify(signed.body, standardNames(signed.headers))).toEqual(userCreated);
    const inSeconds = await signWebhook(userCreated, { signingSecret: SECRET, id: 'msg_fixed', timestamp: Math.floor(at.getTime() / 1000) });
    expect(inSeconds).toEqual(signed);
  });

  it('signs now by default, with a new id each time', async () => {
    const before = nowSeconds();
    const first = await signWebhook(userCreated, { signingSecret: SECRET });
    const second = await signWebhook(userCreated, { signingSecret: SECRET });
    expect(Number(first.headers['svix-timestamp'])).toBeGreaterThanOrEqual(before);
    expect(Number(first.headers['svix-timestamp'])).toBeLessThanOrEqual(nowSeconds());
    expect(first.headers['svix-id']).not.toBe(second.headers['svix-id']);
  });

  it('signs a stale delivery that verifyWebhook then refuses', async () => {
    const { body, headers } = await signWebhook(userCreated, { signingSecret: SECRET, timestamp: new Date(Date.now() - 10 * 60_000) });
    expect((await rejection(verifyWebhook(body, headers, { signingSecret: SECRET }))).reason).toBe('timestamp-outside-tolerance');
  });

  it.each([
    [{ signingSecret: 'whsec_???' }, /^signingSecret: is not a webhook signing secret/],
    [{ signingSecret: [SECRET, 'nope'] }, /^signingSecret\[1\]: is too short for a webhook signing secret/],
    [{ signingSecret: [] }, /^signingSecret: must hold at least one secret/],
    [{}, /^signingSecret: must be a webhook signing secret \(a string\), got undefined/],
    [{ signingSecret: SECRET, id: '' }, /^id: must be a non-empty string/],
    [{ signingSecret: SECRET, timestamp: Date.now() }, /^timestamp: must be in seconds, not milliseconds/],
    [{ signingSecret: SECRET, timestamp: 1.5 }, /^timestamp: must be a Date or a whole number of seconds/],
    [{ signingSecret: SECRET, timestamp: new Date('nonsense') }, /^timestamp: is an invalid Date/],
  ])('refuses bad options: %j', async (options, message) => {
    const error = await rejection(signWebhook(userCreated, options as never));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toMatch(message);
    expectNoSecretIn(error, [SECRET]);
  });

  it('refuses a payload that has no JSON', async () => {
    const error = await rejection(signWebhook(undefined, { signingSecret: SECRET }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toMatch(/^payload: must be a JSON value or a string/);
  });
});
