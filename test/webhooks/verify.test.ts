/**
 * verifyWebhook against the reference implementation of the scheme (the `standardwebhooks` package):
 * whatever it signs verifies here, and every alteration of a signed delivery is refused. The whole
 * file runs once per HMAC implementation (node:crypto where the runtime offers it, WebCrypto
 * elsewhere).
 */
import { createHmac } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClerkError, ClerkValidationError, verifyWebhook, WebhookVerificationError, type VerifyWebhookOptions } from '../../src/index.js';
import { signWebhook } from '../../src/testing/index.js';
import { toWebhookEvent } from '../../src/webhooks/event.js';
import { detectHmac, webCryptoHmac, type Hmac } from '../../src/webhooks/signature.js';
import { verifyPayload } from '../../src/webhooks/verify.js';
import {
  expectNoSecretIn,
  NEXT_SECRET,
  nowSeconds,
  OTHER_SECRET,
  referenceHeaders,
  referenceSignature,
  rejection,
  SECRET,
  standardNames,
  userCreated,
  userCreatedBody,
  userCreatedData,
} from './helpers.js';

const implementations: Array<[string, Hmac]> = [
  ['node:crypto', detectHmac()],
  ['WebCrypto', webCryptoHmac],
];

it('uses node:crypto on Node, found without an import', () => {
  expect(implementations[0]![1]).not.toBe(webCryptoHmac);
});

describe.each(implementations)('verifying with %s', (_, hmac) => {
  const verify = async (body: unknown, headers: unknown, options: VerifyWebhookOptions = { signingSecret: SECRET }) =>
    toWebhookEvent(await verifyPayload(body, headers, options, hmac));
  const refusal = (body: unknown, headers: unknown, options?: VerifyWebhookOptions) => rejection(verify(body, headers, options));

  describe('what the reference implementation signs', () => {
    it('verifies, and becomes the whole envelope in camelCase, data decoded, metadata keys as sent', async () => {
      const event = await verify(userCreatedBody, referenceHeaders(SECRET, userCreatedBody));
      expect(event).toEqual({
        type: 'user.created',
        object: 'event',
        timestamp: 1716883200,
        instanceId: 'ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S',
        eventAttributes: { httpRequest: { clientIp: '203.0.113.7', userAgent: 'Mozilla/5.0 (Ada’s laptop)' } },
        data: userCreatedData,
      });
      expect(Object.keys(event).sort()).toEqual(['data', 'eventAttributes', 'instanceId', 'object', 'timestamp', 'type']);
      expect(event.type === 'user.created' && event.data.publicMetadata).toEqual({ plan_tier: 'pro', 'Odd Key': true });
    });

    it('verifies under the Standard Webhooks header names too', async () => {
      const event = await verify(userCreatedBody, standardNames(referenceHeaders(SECRET, userCreatedBody)));
      expect(event.type).toBe('user.created');
    });

    it('delivers an event type this version does not know, with its data as received', async () => {
      const body = JSON.stringify({ type: 'spaceship.launched', object: 'event', timestamp: 1, instance_id: 'ins_1', data: { fuel_level: 3 } });
      const event = await verify(body, referenceHeaders(SECRET, body));
      expect(event).toEqual({ type: 'spaceship.launched', object: 'event', timestamp: 1, instanceId: 'ins_1', eventAttributes: undefined, data: { fuel_level: 3 } });
    });

    it('signs the UTF-8 bytes: non-ASCII bodies verify as text and as bytes', async () => {
      const body = JSON.stringify({ ...userCreated, data: { ...userCreated.data, first_name: 'Zoë 🦀 名前' } });
      const headers = referenceHeaders(SECRET, body);
      expect((await verify(body, headers)).data).toEqual({ ...userCreatedData, firstName: 'Zoë 🦀 名前' });
      expect((await verify(new TextEncoder().encode(body), headers)).data).toEqual({ ...userCreatedData, firstName: 'Zoë 🦀 名前' });
    });
  });

  describe('every input form', () => {
    const headers = () => referenceHeaders(SECRET, userCreatedBody);
    const bytes = () => new TextEncoder().encode(userCreatedBody);

    it.each([
      ['a string', () => userCreatedBody],
      ['a Uint8Array', bytes],
      ['a Node Buffer', () => Buffer.from(userCreatedBody)],
      ['a Buffer that is a slice of a larger one', () => Buffer.from(`xx${userCreatedBody}yy`).subarray(2, -2)],
      ['an ArrayBuffer', () => bytes().buffer],
      ['a DataView', () => new DataView(bytes().buffer)],
    ])('the body as %s', async (_, body) => {
      expect((await verify(body(), headers())).type).toBe('user.created');
    });

    it('a Fetch Request, its own headers read when none are given', async () => {
      const request = () => new Request('https://app.test/webhooks', { method: 'POST', body: userCreatedBody, headers: headers() });
      expect((await verify(request(), undefined)).type).toBe('user.created');
      const own = request();
      expect((await verify(own, own.headers)).type).toBe('user.created');
    });

    it('headers as a Fetch Headers', async () => {
      expect((await verify(userCreatedBody, new Headers(headers()))).type).toBe('user.created');
    });

    it("headers as Node's IncomingHttpHeaders, with arrays for repeated headers", async () => {
      const signed = headers();
      const second = referenceSignature(NEXT_SECRET, signed['svix-id'], Number(signed['svix-timestamp']), userCreatedBody);
      const node = {
        host: 'app.test',
        'content-type': 'application/json',
        'svix-id': [signed['svix-id'], signed['svix-id']],
        'svix-timestamp': signed['svix-timestamp'],
        'svix-signature': [second, signed['svix-signature']],
        'set-cookie': ['a=1', 'b=2'],
        'x-forwarded-for': undefined,
      };
      expect((await verify(userCreatedBody, node)).type).toBe('user.created');
    });

    it('headers as a plain object with names in any case', async () => {
      const signed = headers();
      const mixed = { 'Svix-Id': signed['svix-id'], 'SVIX-TIMESTAMP': signed['svix-timestamp'], 'svix-Signature': signed['svix-signature'] };
      expect((await verify(userCreatedBody, mixed)).type).toBe('user.created');
      expect((await verify(userCreatedBody, standardNames(signed))).type).toBe('user.created');
    });

    it('a header repeated in a Fetch Headers (joined with ", ")', async () => {
      const signed = headers();
      const fetchHeaders = new Headers({ 'svix-id': signed['svix-id'], 'svix-timestamp': signed['svix-timestamp'] });
      fetchHeaders.append('svix-signature', signed['svix-signature']);
      fetchHeaders.append('svix-signature', 'v1,bm90IHRoZSBzaWduYXR1cmUgeW91IGFyZSBsb29raW5nIGZvcg==');
      expect(fetchHeaders.get('svix-signature')).toContain(', ');
      expect((await verify(userCreatedBody, fetchHeaders)).type).toBe('user.created');
    });
  });

  describe('a body that is not raw', () => {
    it.each([
      ['the object express.json() made', userCreated],
      ['the empty object express.raw() leaves without a matching type', {}],
      ['undefined (no body parser at all)', undefined],
      ['null', null],
      ['a number', 42],
    ])('is refused, saying to pass the raw body: %s', async (_, body) => {
      const error = await refusal(body, referenceHeaders(SECRET, userCreatedBody));
      expect(error).toBeInstanceOf(WebhookVerificationError);
      expect(error.reason).toBe('body-not-raw');
      expect(error.message).toContain('raw body');
      expect(error.message).toContain("express.raw({ type: 'application/json' })");
    });

    it('is refused when the request body was already read', async () => {
      const request = new Request('https://app.test/webhooks', { method: 'POST', body: userCreatedBody, headers: referenceHeaders(SECRET, userCreatedBody) });
      await request.text();
      const error = await refusal(request, undefined);
      expect(error.reason).toBe('body-not-raw');
      expect(error.message).toMatch(/already read/);
    });
  });

  describe('an altered delivery', () => {
    const signed = () => referenceHeaders(SECRET, userCreatedBody);

    it('a changed body is refused', async () => {
      const tampered = userCreatedBody.replace('"Zoë"', '"Eve"');
      expect(tampered).not.toBe(userCreatedBody);
      const error = await refusal(tampered, signed());
      expect(error.reason).toBe('invalid-signature');
      expect(error.message).toMatch(/No signature of the webhook matches its body with the signing secret/);
    });

    it('a body re-serialised with other spacing is refused', async () => {
      expect((await refusal(JSON.stringify(userCreated, null, 2), signed())).reason).toBe('invalid-signature');
    });

    it('a changed id is refused, and the error carries the id received', async () => {
      const error = await refusal(userCreatedBody, { ...signed(), 'svix-id': 'msg_someone_else' });
      expect(error.reason).toBe('invalid-signature');
      expect(error.webhookId).toBe('msg_someone_else');
    });

    it('a changed timestamp is refused, even by one second within the tolerance', async () => {
      const headers = signed();
      for (const shift of [-1, 1]) {
        const error = await refusal(userCreatedBody, { ...headers, 'svix-timestamp': String(Number(headers['svix-timestamp']) + shift) });
        expect(error.reason).toBe('invalid-signature');
      }
    });

    it('a delivery signed with another secret is refused', async () => {
      expect((await refusal(userCreatedBody, referenceHeaders(OTHER_SECRET, userCreatedBody))).reason).toBe('invalid-signature');
    });

    it('a signature of another version, or none, is refused', async () => {
      const headers = signed();
      const v2 = { ...headers, 'svix-signature': headers['svix-signature'].replace(/^v1,/, 'v2,') };
      const error = await refusal(userCreatedBody, v2);
      expect(error.reason).toBe('invalid-signature');
      expect(error.message).toBe('The svix-signature header holds no v1 signature');
      expect((await refusal(userCreatedBody, { ...headers, 'svix-signature': 'v1,' })).reason).toBe('invalid-signature');
    });

    it('a truncated or padded signature is refused', async () => {
      const headers = signed();
      for (const signature of [headers['svix-signature'].slice(0, -2), `${headers['svix-signature']}AA`]) {
        expect((await refusal(userCreatedBody, { ...headers, 'svix-signature': signature })).reason).toBe('invalid-signature');
      }
    });

    it('nothing of the body is parsed before the signature holds', async () => {
      const parse = vi.spyOn(JSON, 'parse');
      try {
        await refusal('{ not json, and forged', signed());
        expect(parse).not.toHaveBeenCalled();
      } finally {
        parse.mockRestore();
      }
    });
  });

  describe('several signatures, several secrets', () => {
    it('accepts a header with several entries when any v1 entry matches, wherever it stands', async () => {
      const headers = referenceHeaders(SECRET, userCreatedBody);
      const good = headers['svix-signature'];
      const bad = referenceHeaders(OTHER_SECRET, userCreatedBody, headers['svix-id'], Number(headers['svix-timestamp']))['svix-signature'];
      for (const signature of [`${bad} ${good}`, `${good} ${bad}`, `v2,abc ${good}`, `v1a,${good.slice(3)} ${good}`, `  ${bad}   ${good}  `]) {
        expect((await verify(userCreatedBody, { ...headers, 'svix-signature': signature })).type).toBe('user.created');
      }
    });

    it('accepts, during a rotation, a delivery signed with either secret', async () => {
      const signingSecret = [SECRET, NEXT_SECRET];
      expect((await verify(userCreatedBody, referenceHeaders(SECRET, userCreatedBody), { signingSecret })).type).toBe('user.created');
      expect((await verify(userCreatedBody, referenceHeaders(NEXT_SECRET, userCreatedBody), { signingSecret })).type).toBe('user.created');
      const error = await refusal(userCreatedBody, referenceHeaders(OTHER_SECRET, userCreatedBody), { signingSecret });
      expect(error.reason).toBe('invalid-signature');
      expect(error.message).toContain('any of the 2 signing secrets');
    });

    it('accepts what Clerk sends during a rotation: one signature per secret, checked with the new secret only', async () => {
      const { body, headers } = await signWebhook(userCreated, { signingSecret: [SECRET, NEXT_SECRET] });
      expect(headers['svix-signature'].split(' ')).toHaveLength(2);
      expect((await verify(body, headers, { signingSecret: NEXT_SECRET })).type).toBe('user.created');
      expect((await verify(body, headers, { signingSecret: SECRET })).type).toBe('user.created');
    });
  });

  describe('the timestamp tolerance', () => {
    const T = 1_800_000_000;
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(T * 1000 + 999); // the clock's seconds round down, as the reference's do
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    const at = (timestamp: number) => referenceHeaders(SECRET, userCreatedBody, 'msg_t', timestamp);

    it('accepts exactly 5 minutes either way by default, and refuses one second more', async () => {
      expect((await verify(userCreatedBody, at(T - 300))).type).toBe('user.created');
      expect((await verify(userCreatedBody, at(T + 300))).type).toBe('user.created');
      const old = await refusal(userCreatedBody, at(T - 301));
      expect(old.reason).toBe('timestamp-outside-tolerance');
      expect(old.message).toMatch(/signed 301 s ago, more than the tolerance of 300 s/);
      const future = await refusal(userCreatedBody, at(T + 301));
      expect(future.reason).toBe('timestamp-outside-tolerance');
      expect(future.message).toMatch(/301 s in the future/);
    });

    it('agrees with the reference at both edges', () => {
      const reference = new Webhook(SECRET);
      const check = (timestamp: number) => {
        try {
          reference.verify(userCreatedBody, standardNames(at(timestamp)));
          return 'accepted';
        } catch {
          return 'refused';
        }
      };
      expect([T - 301, T - 300, T + 300, T + 301].map(check)).toEqual(['refused', 'accepted', 'accepted', 'refused']);
    });

    it('takes another tolerance, the same either way', async () => {
      const options = { signingSecret: SECRET, toleranceInSeconds: 10 };
      expect((await verify(userCreatedBody, at(T - 10), options)).type).toBe('user.created');
      expect((await verify(userCreatedBody, at(T + 10), options)).type).toBe('user.created');
      expect((await refusal(userCreatedBody, at(T - 11), options)).reason).toBe('timestamp-outside-tolerance');
      expect((await refusal(userCreatedBody, at(T + 11), options)).reason).toBe('timestamp-outside-tolerance');
      expect((await verify(userCreatedBody, at(T), { signingSecret: SECRET, toleranceInSeconds: 0 })).type).toBe('user.created');
      expect((await refusal(userCreatedBody, at(T - 1), { signingSecret: SECRET, toleranceInSeconds: 0 })).reason).toBe('timestamp-outside-tolerance');
      expect((await verify(userCreatedBody, at(T - 3000), { signingSecret: SECRET, toleranceInSeconds: 3600 })).type).toBe('user.created');
    });

    it('checks the timestamp before spending an HMAC', async () => {
      const spy = vi.fn(hmac);
      await expect(verifyPayload(userCreatedBody, at(T - 301), { signingSecret: SECRET }, spy)).rejects.toThrow(WebhookVerificationError);
      expect(spy).not.toHaveBeenCalled();
    });
  });

  describe('headers', () => {
    const signed = () => referenceHeaders(SECRET, userCreatedBody);

    it.each(['svix-id', 'svix-timestamp', 'svix-signature'] as const)('refuses a delivery without %s, or with it empty', async (name) => {
      const { [name]: _, ...rest } = signed();
      for (const headers of [rest, { ...rest, [name]: '' }, { ...rest, [name]: '   ' }]) {
        const error = await refusal(userCreatedBody, headers);
        expect(error.reason).toBe('missing-header');
        expect(error.message).toContain(`no ${name} header`);
      }
    });

    it('names every missing header, and says when none looks like a webhook', async () => {
      const error = await refusal(userCreatedBody, { 'content-type': 'application/json' });
      expect(error.reason).toBe('missing-header');
      expect(error.message).toBe(
        'The webhook request has no svix-id, svix-timestamp, svix-signature headers (nor webhook-id): is this a webhook request from Clerk?',
      );
      const standard = standardNames(signed());
      delete standard['webhook-signature'];
      expect((await refusal(userCreatedBody, standard)).message).toBe('The webhook request has no webhook-signature header');
    });

    it('refuses a timestamp that is not whole seconds', async () => {
      for (const timestamp of ['abc', '1716883200.5', '-1', '1716883200000000000', '0x10']) {
        const error = await refusal(userCreatedBody, { ...signed(), 'svix-timestamp': timestamp });
        expect(error.reason).toBe('invalid-header');
        expect(error.message).toBe('The svix-timestamp header is not a Unix time in seconds');
      }
    });

    it('refuses an id or a timestamp sent twice with different values', async () => {
      const headers = signed();
      const error = await refusal(userCreatedBody, { ...headers, 'svix-id': [headers['svix-id'], 'msg_other'] });
      expect(error.reason).toBe('invalid-header');
      expect(error.message).toBe('The webhook request has 2 different svix-id headers');
      const twice = { ...headers, 'Svix-Timestamp': String(Number(headers['svix-timestamp']) - 1) };
      expect((await refusal(userCreatedBody, twice)).reason).toBe('invalid-header');
    });

    it('refuses a header value that is not a string', async () => {
      const error = await refusal(userCreatedBody, { ...signed(), 'svix-timestamp': 1716883200 });
      expect(error.reason).toBe('invalid-header');
    });

    it('refuses headers that are not headers, as a programming error', async () => {
      for (const headers of [undefined, null, 'svix-id: x', [['svix-id', 'x']]]) {
        const error = await refusal(userCreatedBody, headers);
        expect(error).toBeInstanceOf(ClerkValidationError);
        expect(error.message).toMatch(/^headers: must be the request's headers/);
      }
    });
  });

  describe('bodies that are not an event', () => {
    const signedBody = (body: string) => verify(body, referenceHeaders(SECRET, body));

    it.each([
      ['not JSON', 'hello', /its body is not JSON/],
      ['empty', '', /its body is not JSON/],
      ['a JSON array', '[1,2]', /not the JSON of an event/],
      ['JSON without a type', '{"object":"event"}', /not the JSON of an event/],
      ['JSON with a type that is not a string', '{"type":7}', /not the JSON of an event/],
    ])('refuses a signed body that is %s', async (_, body, message) => {
      const error = await rejection(signedBody(body));
      expect((error as WebhookVerificationError).reason).toBe('body-not-json');
      expect(error.message).toMatch(message);
    });

    it('refuses signed bytes that are not UTF-8', async () => {
      const bytes = new Uint8Array([0x7b, 0x22, 0x74, 0xff, 0xfe, 0x7d]);
      const id = 'msg_bytes';
      const timestamp = nowSeconds();
      // The reference signs text only (it decodes bytes first, lossily): sign the bytes themselves.
      const key = Buffer.from(SECRET.slice(6), 'base64');
      const signature = createHmac('sha256', key).update(`${id}.${timestamp}.`).update(bytes).digest('base64');
      const error = await rejection(verify(bytes, { 'svix-id': id, 'svix-timestamp': String(timestamp), 'svix-signature': `v1,${signature}` }));
      expect((error as WebhookVerificationError).reason).toBe('body-not-json');
    });
  });
});

describe('signing secrets and options', () => {
  const headers = () => referenceHeaders(SECRET, userCreatedBody);

  it('reads CLERK_WEBHOOK_SIGNING_SECRET when no secret is given, several separated by spaces', async () => {
    vi.stubEnv('CLERK_WEBHOOK_SIGNING_SECRET', SECRET);
    try {
      expect((await verifyWebhook(userCreatedBody, headers())).type).toBe('user.created');
      vi.stubEnv('CLERK_WEBHOOK_SIGNING_SECRET', ` ${NEXT_SECRET}  ${SECRET} `);
      expect((await verifyWebhook(userCreatedBody, headers())).type).toBe('user.created');
      vi.stubEnv('CLERK_WEBHOOK_SIGNING_SECRET', OTHER_SECRET);
      expect((await rejection(verifyWebhook(userCreatedBody, headers()))).reason).toBe('invalid-signature');
      // The option wins over the environment.
      expect((await verifyWebhook(userCreatedBody, headers(), { signingSecret: SECRET })).type).toBe('user.created');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('says how to give a secret when there is none', async () => {
    vi.stubEnv('CLERK_WEBHOOK_SIGNING_SECRET', '');
    try {
      const error = await rejection(verifyWebhook(userCreatedBody, headers()));
      expect(error).toBeInstanceOf(ClerkValidationError);
      expect(error.message).toMatch(/^signingSecret: no webhook signing secret: pass `signingSecret` or set the CLERK_WEBHOOK_SIGNING_SECRET environment variable/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('says how to allow the read when the runtime refuses it (Deno without --allow-env)', async () => {
    const descriptor = Object.getOwnPropertyDescriptor(process, 'env')!;
    Object.defineProperty(process, 'env', {
      configurable: true,
      get() {
        throw new Error('Requires env access to "CLERK_WEBHOOK_SIGNING_SECRET", run again with the --allow-env flag');
      },
    });
    let error: Error;
    try {
      error = await rejection(verifyWebhook(userCreatedBody, headers()));
    } finally {
      Object.defineProperty(process, 'env', descriptor);
    }
    expect(error).toBeInstanceOf(ClerkError);
    expect(error.message).toBe(
      'Cannot read the environment variable CLERK_WEBHOOK_SIGNING_SECRET: the runtime refused (Deno needs `--allow-env` for it). ' +
        'Either run with `--allow-env=CLERK_WEBHOOK_SIGNING_SECRET`, or pass `signingSecret` so that it is not read.',
    );
  });

  it('takes a secret without its whsec_ prefix, as the reference does', async () => {
    expect((await verifyWebhook(userCreatedBody, headers(), { signingSecret: SECRET.slice(6) })).type).toBe('user.created');
  });

  it.each([
    ['whsec_not base64!', 'signingSecret', /is not a webhook signing secret: expected whsec_ followed by base64/],
    ['whsec_', 'signingSecret', /is not a webhook signing secret/],
    ['whsec_abc', 'signingSecret', /is not a webhook signing secret/],
    ['whsec_c2hvcnQ=', 'signingSecret', /is too short for a webhook signing secret/],
    ['', 'signingSecret', /must not be empty/],
    ['sk_test_SECRET_must_never_leak_0123456789', 'signingSecret', /is a Clerk secret key, not a webhook signing secret: use the endpoint's Signing Secret \(whsec_…\)/],
    ['pk_live_Y2xlcmsuZXhhbXBsZS5jb20k', 'signingSecret', /is a Clerk publishable key/],
    [42, 'signingSecret', /must be a webhook signing secret \(a string\), got number/],
    [[], 'signingSecret', /must hold at least one secret/],
    [[SECRET, undefined], 'signingSecret[1]', /got undefined/],
    [[SECRET, 'whsec_ bad'], 'signingSecret[1]', /is not a webhook signing secret/],
  ])('refuses a malformed secret (%j) naming the option, never the value', async (secret, path, message) => {
    const error = await rejection(verifyWebhook(userCreatedBody, headers(), { signingSecret: secret as string }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    expect(error.message).toMatch(message);
    expect((error as ClerkValidationError).issues).toEqual([{ path, message: error.message.slice(path.length + 2) }]);
    const secrets = (Array.isArray(secret) ? secret : [secret]).filter((value): value is string => typeof value === 'string' && value.length > 8);
    expectNoSecretIn(error, secrets);
  });

  it('names the environment variable when the secret there is malformed', async () => {
    vi.stubEnv('CLERK_WEBHOOK_SIGNING_SECRET', 'whsec_???');
    try {
      const error = await rejection(verifyWebhook(userCreatedBody, headers()));
      expect(error.message).toMatch(/^CLERK_WEBHOOK_SIGNING_SECRET: is not a webhook signing secret/);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, '300'])('refuses toleranceInSeconds %j', async (tolerance) => {
    const error = await rejection(verifyWebhook(userCreatedBody, headers(), { signingSecret: SECRET, toleranceInSeconds: tolerance as number }));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toMatch(/^toleranceInSeconds: must be a finite number of seconds, 0 or more/);
  });

  it('checks the options before anything else', async () => {
    const error = await rejection(verifyWebhook(userCreated as never, {}, { signingSecret: 'nope' }));
    expect(error).toBeInstanceOf(ClerkValidationError);
  });
});

describe('WebhookVerificationError', () => {
  it('is a ClerkError with a reason and the delivery id, and never carries a secret', async () => {
    const signed = referenceHeaders(OTHER_SECRET, userCreatedBody, 'msg_forged');
    const error = await rejection(verifyWebhook(userCreatedBody, signed, { signingSecret: [SECRET, NEXT_SECRET] }));
    expect(error).toBeInstanceOf(WebhookVerificationError);
    expect(error).toBeInstanceOf(ClerkError);
    expect(error.name).toBe('WebhookVerificationError');
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'WebhookVerificationError', reason: 'invalid-signature', webhookId: 'msg_forged' });
    expectNoSecretIn(error, [SECRET, NEXT_SECRET]);
  });

  it('cuts a long id received in a header', async () => {
    const error = await rejection(verifyWebhook(userCreatedBody, { ...referenceHeaders(SECRET, userCreatedBody), 'svix-id': 'm'.repeat(5000) }, { signingSecret: SECRET }));
    expect(error.webhookId).toHaveLength(100);
  });
});

describe('the WebCrypto key', () => {
  it('is imported once per secret', async () => {
    const importKey = vi.spyOn(crypto.subtle, 'importKey');
    try {
      const secret = 'whsec_b25jZSBwZXIgc2VjcmV0LCBub3QgcGVyIGNhbGw=';
      for (let i = 0; i < 3; i++) {
        await verifyPayload(userCreatedBody, referenceHeaders(secret, userCreatedBody), { signingSecret: secret }, webCryptoHmac);
      }
      expect(importKey).toHaveBeenCalledTimes(1);
    } finally {
      importKey.mockRestore();
    }
  });
});

describe('choosing the HMAC implementation', () => {
  it('falls back to WebCrypto where the runtime offers no node:crypto without an import', () => {
    expect(detectHmac({})).toBe(webCryptoHmac);
    expect(detectHmac({ process: {} })).toBe(webCryptoHmac);
    expect(detectHmac({ process: { getBuiltinModule: () => undefined } })).toBe(webCryptoHmac);
    expect(
      detectHmac({
        process: {
          getBuiltinModule: () => {
            throw new Error('not here');
          },
        },
      }),
    ).toBe(webCryptoHmac);
  });
});
