/**
 * Timeouts, retries and cancellation, per client and per call.
 *
 * Read-only.
 * Run: npm run build, then CLERK_SECRET_KEY=sk_test_… npx tsx examples/timeouts.ts
 */
import { Clerk, ClerkAbortError, ClerkTimeoutError } from 'clerk-fluent';

// Client-wide: each attempt may take 10 s, and a call that fails in a retryable way is retried up to 3 times.
const clerk = new Clerk({ timeout: 10_000, maxRetries: 3 });

// Per call: the last argument of every method overrides the client's settings for that call.
const users = await clerk.users.count({}, { timeout: 5_000, maxRetries: 1 });
console.log(`count with a 5 s timeout and 1 retry: ${users} users`);

// A timeout applies to each attempt, headers and body included, and ends in ClerkTimeoutError.
try {
  await clerk.users.list({ limit: 1 }, { timeout: 1, maxRetries: 0 });
  console.log('1 ms timeout: answered in time');
} catch (error) {
  if (!(error instanceof ClerkTimeoutError)) throw error;
  console.log(`1 ms timeout: ${error.name}: ${error.message}`);
}

// An AbortSignal cancels the whole call, retries and waits between them included, and is never retried.
const controller = new AbortController();
const pending = clerk.users.get('user_123', { signal: controller.signal });
controller.abort(new Error('the user closed the page'));
try {
  await pending;
} catch (error) {
  if (!(error instanceof ClerkAbortError)) throw error;
  console.log(`aborted: ${error.name}: ${error.message}`);
}

// A deadline for a whole walk over a list: every page request gets the same signal.
const deadline = AbortSignal.timeout(20_000);
let seen = 0;
try {
  for await (const user of clerk.users.list({}, { signal: deadline })) if (user.id) seen++;
  console.log(`listed ${seen} users within the 20 s deadline`);
} catch (error) {
  if (!(error instanceof ClerkAbortError)) throw error;
  console.log(`stopped at the deadline after ${seen} users`);
}
