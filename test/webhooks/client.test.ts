/**
 * clerk.webhooks.verify: the same check as verifyWebhook, on a client, with no request to Clerk;
 * and the layout rules the webhook code keeps.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Clerk, ClerkValidationError, User, WebhookVerificationError } from '../../src/index.js';
import { signWebhook } from '../../src/testing/index.js';
import { NEXT_SECRET, OTHER_SECRET, rejection, SECRET, userCreated, userCreatedData } from './helpers.js';

/** A client whose fetch fails the test: verifying a webhook sends nothing. */
function offlineClerk(): Clerk {
  return new Clerk({
    secretKey: 'sk_test_webhooks',
    fetch: () => {
      throw new Error('verifying a webhook must not send a request');
    },
  });
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('clerk.webhooks.verify', () => {
  it('verifies a Fetch Request with the secret from CLERK_WEBHOOK_SIGNING_SECRET', async () => {
    vi.stubEnv('CLERK_WEBHOOK_SIGNING_SECRET', SECRET);
    const { body, headers } = await signWebhook(userCreated, { signingSecret: SECRET });
    const event = await offlineClerk().webhooks.verify(new Request('https://app.test/webhooks', { method: 'POST', body, headers }));
    expect(event).toMatchObject({ type: 'user.created', instanceId: userCreated.instance_id, data: userCreatedData });
    expect(event.data).toBeInstanceOf(User);
  });

  it('verifies { body, headers } as Express hands them over with express.raw()', async () => {
    const { body, headers } = await signWebhook(userCreated, { signingSecret: NEXT_SECRET });
    const req = { body: Buffer.from(body), headers: { ...headers, host: 'app.test', 'content-length': String(body.length) }, method: 'POST' };
    const event = await offlineClerk().webhooks.verify(req, { signingSecret: [SECRET, NEXT_SECRET] });
    expect(event.type).toBe('user.created');
  });

  it('refuses what verifyWebhook refuses, with the same errors', async () => {
    const { body, headers } = await signWebhook(userCreated, { signingSecret: OTHER_SECRET });
    const clerk = offlineClerk();
    expect((await rejection(clerk.webhooks.verify({ body, headers }, { signingSecret: SECRET }))).reason).toBe('invalid-signature');
    const parsed = await rejection(clerk.webhooks.verify({ body: JSON.parse(body), headers }, { signingSecret: SECRET }));
    expect(parsed).toBeInstanceOf(WebhookVerificationError);
    expect(parsed.reason).toBe('body-not-raw');
    const none = await rejection(clerk.webhooks.verify({ body, headers }));
    expect(none).toBeInstanceOf(ClerkValidationError);
    expect(none.message).toContain('CLERK_WEBHOOK_SIGNING_SECRET');
  });

  it('refuses something that is not a request, as a programming error', async () => {
    for (const request of [undefined, null, 'body']) {
      const error = await rejection(offlineClerk().webhooks.verify(request as never, { signingSecret: SECRET }));
      expect(error).toBeInstanceOf(ClerkValidationError);
      expect(error.message).toMatch(/^request: must be a Fetch Request or \{ body, headers \}/);
    }
  });

  it('keeps the Svix management methods beside it', () => {
    const { webhooks } = offlineClerk();
    expect(typeof webhooks.createSvixApp).toBe('function');
    expect(typeof webhooks.generateSvixAuthURL).toBe('function');
    expect(typeof webhooks.deleteSvixApp).toBe('function');
  });
});

describe('layout', () => {
  const src = fileURLToPath(new URL('../../src/', import.meta.url));
  const importsOf = (file: string) => [...readFileSync(join(src, file), 'utf8').matchAll(/^(?:import|export)[^;]*?from '([^']+)'/gm)].map((match) => match[1]!);
  const filesIn = (dir: string) => readdirSync(join(src, dir)).map((name) => `${dir}/${name}`);

  it('src/webhooks imports only core/, generated/ and itself; src/testing only core/, generated/, tokens/, webhooks/ and itself; no node: module', () => {
    for (const file of filesIn('webhooks')) {
      for (const specifier of importsOf(file)) expect(`${file} imports ${specifier}`).toMatch(/ imports (\.\.\/(core|generated|webhooks)\/|\.\/)[a-z-]+\.js$/);
    }
    const testing = (dir: string): string[] =>
      readdirSync(join(src, dir), { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? testing(`${dir}/${entry.name}`) : [`${dir}/${entry.name}`]));
    for (const file of testing('testing')) {
      for (const specifier of importsOf(file)) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/^\.{1,2}\//);
        const target = relative(src, resolvePath(join(src, dirname(file)), specifier));
        expect(`${file} imports ${target}`).toMatch(/ imports (core|generated|tokens|webhooks|testing)\/[a-z/-]+\.js$/);
      }
    }
  });

  it('the resource reaches the verifier without the client', () => {
    expect(importsOf('resources/webhooks.ts').filter((specifier) => specifier.includes('client'))).toEqual([]);
  });

  it('the main entry does not export the testing helpers', async () => {
    expect(Object.keys(await import('../../src/index.js'))).not.toContain('signWebhook');
  });
});
