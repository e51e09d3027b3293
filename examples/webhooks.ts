/**
 * Receiving Clerk's webhooks: a Fetch handler that verifies each delivery before acting on it,
 * switches on the event's type (which types its data), and what it refuses (a changed body, a
 * stale delivery, a body parsed before verification).
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
  // `event.type` narrows `event.data`: a user here, camelCase, metadata keys as the app wrote them.
  switch (event.type) {
    case 'user.created':
      console.log(`  handler: ${event.type} for ${event.data.id} (${event.data.firstName}), instance ${event.instanceId}, plan ${String(event.data.publicMetadata.plan_tier)}`);
      break;
    case 'user.deleted':
      console.log(`  handler: ${event.type} for ${event.data.id}`);
      break;
    default:
      console.log(`  handler: ${String(event.type)} is not handled here`);
  }
  return new Response(null, { status: 204 });
}

const now = Math.floor(Date.now() / 1000);
/** A user as Clerk sends it in a user.created event (snake_case; every field the spec requires). */
const user = {
  id: 'user_29w83sxmDNGwOuEthce5gg56FcC', object: 'user', external_id: null, username: null, first_name: 'Ada', last_name: 'Lovelace',
  image_url: 'https://img.clerk.com/default', has_image: false, primary_email_address_id: null, primary_phone_number_id: null, primary_web3_wallet_id: null,
  password_enabled: true, two_factor_enabled: false, totp_enabled: false, backup_code_enabled: false,
  email_addresses: [], phone_numbers: [], web3_wallets: [], passkeys: [], external_accounts: [], saml_accounts: [], enterprise_accounts: [],
  public_metadata: { plan_tier: 'pro' }, private_metadata: {}, unsafe_metadata: {},
  last_sign_in_at: null, banned: false, locked: false, lockout_expires_in_seconds: null, verification_attempts_remaining: null,
  created_at: now * 1000, updated_at: now * 1000, delete_self_enabled: true, create_organization_enabled: true,
  last_active_at: null, mfa_enabled_at: null, mfa_disabled_at: null, legal_accepted_at: null,
};
const delivery = {
  type: 'user.created',
  object: 'event',
  timestamp: now,
  instance_id: 'ins_2g7np7Hrk0SN6kj5EDMLDaKNL0S',
  event_attributes: { http_request: { client_ip: '203.0.113.7', user_agent: 'Mozilla/5.0' } },
  data: user,
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

// 6. An event type this version does not know (one Clerk added later): delivered, not refused.
const later = await signWebhook({ ...delivery, type: 'robot.awakened', data: { serial_number: 7 } }, { signingSecret });
await show('Unknown event type', await handleWebhook(post(later.body, later.headers)));
