/**
 * Handling errors: bad input caught before any request, the API's refusals (`ClerkApiError` and its
 * subclasses), and rate limits (`RateLimitError.retryAfter`).
 *
 * Read-only.
 * Run: npm run build, then CLERK_SECRET_KEY=sk_test_… npx tsx examples/errors.ts
 */
import {
  Clerk,
  ClerkApiError,
  ClerkConnectionError,
  ClerkError,
  ClerkValidationError,
  NotFoundError,
  RateLimitError,
  type User,
} from 'clerk-fluent';

const clerk = new Clerk();

// 1. Bad input never leaves the process: the arguments are checked against the API's schemas first.
try {
  // Parsed data is `any` to TypeScript, so only the run-time check sees the typo'd field name.
  const fromForm = JSON.parse('{ "emailAdress": ["ada@example.com"], "firstName": 42 }');
  await clerk.users.create(fromForm);
} catch (error) {
  if (!(error instanceof ClerkValidationError)) throw error;
  console.log(`ClerkValidationError: ${error.message}`);
  for (const issue of error.issues) console.log(`  at ${issue.path || '(the whole value)'}: ${issue.message}`);
}
try {
  await clerk.users('').ban(); // an empty id would change the path: refused before sending
} catch (error) {
  if (!(error instanceof ClerkValidationError)) throw error;
  console.log(`ClerkValidationError: ${error.message}`);
}

// 2. The API refuses: a ClerkApiError subclass per status, with Clerk's own words as the message.
async function findUser(userId: string): Promise<User | null> {
  try {
    return await clerk.users.get(userId);
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}
const found = await findUser('user_0000000000000000000000000');
console.log(`findUser: ${found ? `found ${found.id}` : 'no such user'}`);

try {
  // `clerk.request` sends a request as written, skipping the checks of step 1: the API answers.
  await clerk.request({ method: 'GET', path: 'users', query: { limit: 0 } });
} catch (error) {
  if (!(error instanceof ClerkApiError)) throw error;
  console.log(`${error.name} (status ${error.status}): ${error.message}`);
  for (const detail of error.errors) console.log(`  code ${detail.code}: ${detail.longMessage ?? detail.message}`);
  console.log(`  trace id for Clerk support: ${error.clerkTraceId ?? '(none)'}`);
}

// 3. Rate limits. The client itself waits and retries a 429 when Clerk's Retry-After is at most
// 60 s; a longer wait fails at once with `retryAfter`, so the caller decides. To show both without
// exhausting a real quota, this client answers through a `fetch` that plays Clerk's part.
let calls = 0;
const limited = new Clerk({
  secretKey: 'sk_test_rate_limit_example',
  fetch: async () => {
    calls++;
    const retryAfter = calls === 1 ? '1' : '120';
    const body = { errors: [{ code: 'too_many_requests', message: 'Too many requests', long_message: `Slow down: retry after ${retryAfter} s` }] };
    return new Response(JSON.stringify(body), { status: 429, headers: { 'content-type': 'application/json', 'retry-after': retryAfter } });
  },
});
const started = Date.now();
try {
  await limited.users.count();
} catch (error) {
  if (!(error instanceof RateLimitError)) throw error;
  const waited = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`RateLimitError after ${calls} attempts (${waited} s): ${error.message}`);
  console.log(`  retryAfter: ${error.retryAfter} s, more than 60: reschedule the job instead of blocking`);
}

// 4. Everything the library throws is a ClerkError; network failures and timeouts are ClerkConnectionError.
const unreachable = new Clerk({ secretKey: 'sk_test_unreachable', apiUrl: 'https://api.clerk-fluent.invalid', maxRetries: 0 });
try {
  await unreachable.users.count();
} catch (error) {
  if (error instanceof ClerkConnectionError) console.log(`${error.name}: ${error.message}`);
  else if (error instanceof ClerkError) console.log(`Another ClerkError: ${error.message}`);
  else throw error;
}
