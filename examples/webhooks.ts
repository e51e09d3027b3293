/**
 * Receiving Clerk's webhooks: a Fetch handler that verifies each delivery before acting on it, and
 * what it refuses (a changed body, a stale delivery, a body parsed before verification).
 *
 * Read-only: sends nothing to Clerk. The deliveries are signed here with `signWebhook` from
 * clerk-fluent/testing, exactly as Clerk signs them, and handed to the handler as Requests.
 * Run: npm run build, then npx tsx examples/webhooks.ts
 */
import { verifyWebhook, WebhookVerificationError, type WebhookEvent } from 'clerk-fluent';
import { signWebhook } from 'clerk-fluent/testing';

// In an app this is the endpoint's Signing Secret from the Clerk Dashboard, in
// CLERK_WEBHOOK_SIGNING_SECRET (which verifyWebhook reads by itself). Here: a fresh one.
const signingSecret = `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24))))}`;

/** The webhook route of a Fetch-based server (Next.js route handler, Hono, Bun.serve, Workers, …). */
async function handleWebhook(request: Request): Promise<Response> {
  let event: WebhookEvent;
  try {
    // With a client, `await clerk.webhooks.verify(request)` does the same.
    event = await verifyWebhook(request, undefined, { signingSecret });
  } catch (error) {
    if (error instanceof WebhookVerificationError) return new Response(`${error.reason}: ${error.message}`, { status: 400 });
    throw error;
  }
  // Only now is the body trusted. Answer fast: Clerk retries a delivery that takes too long.
  const user = event.data as { id: string; first_name: string | null };
  console.log(`  handler: ${event.type} for ${user.id} (${user.first_name}), instance ${event.instanceId}`);
  return new Response(null, { status: 204 });
}

const delivery = {
  type: 'user.created',
  object: 'event',
  timestamp: Date.now(),
  instance_id: 'ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S',
  event_attributes: { http_request: { client_ip: '203.0.113.7', user_agent: 'Mozilla/5.0' } },
  data: { id: 'user_29w83sxmDNGwOuEthce5gg56FcC', object: 'user', first_name: 'Ada', public_metadata: {} },
};
const post = (body: string, headers: Record<string, string>) => new Request('http://localhost:3000/webhooks/clerk', { method: 'POST', body, headers });
const show = async (label: string, response: Response) => console.log(`${label}: ${response.status} ${await response.text()}`.trimEnd());

// 1. A delivery as Clerk sends it: svix-id, svix-timestamp and svix-signature over the raw body.
const signed = await signWebhook(delivery, { signingSecret });
await show('Signed delivery', await handleWebhook(post(signed.body, signed.headers)));

// 2. The same delivery with one field changed on the way: the signature no longer matches.
await show('Changed body', await handleWebhook(post(signed.body.replace('"Ada"', '"Eve"'), signed.headers)));

// 3. A delivery signed 10 minutes ago, replayed now: outside the 5-minute tolerance.
const old = await signWebhook(delivery, { signingSecret, timestamp: new Date(Date.now() - 10 * 60_000) });
await show('Replayed after 10 minutes', await handleWebhook(post(old.body, old.headers)));

// 4. Express with express.json() in front hands over an object: refused, with what to do instead.
try {
  await verifyWebhook(JSON.parse(signed.body), signed.headers, { signingSecret });
} catch (error) {
  if (!(error instanceof WebhookVerificationError)) throw error;
  console.log(`Parsed body: ${error.reason}: ${error.message}`);
}

// 5. Rotating the secret: while both are valid, pass both; a delivery signed with either passes.
const nextSecret = `whsec_${btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(24))))}`;
const rotated = await signWebhook(delivery, { signingSecret: nextSecret });
const event = await verifyWebhook(rotated.body, rotated.headers, { signingSecret: [signingSecret, nextSecret] });
console.log(`During a rotation: ${event.type} signed with the new secret, verified against both`);
