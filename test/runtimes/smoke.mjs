/**
 * The smoke checks every runtime runs against the built package: one list of checks, shared by
 * Node (ESM and CommonJS), Bun (ESM and CommonJS), Deno and workerd. Plain JavaScript with no
 * import of its own, so every runtime loads it as it is and the workerd bundle inlines it.
 *
 * Each runtime's entry (entry.mjs, entry.cjs, workerd/worker.mjs) loads the package its own way,
 * passes it here with the config the test made, and prints what `runSmoke` returns after the
 * marker line `SMOKE-RESULTS `. test/runtimes/runtimes.test.ts starts the loopback server (see
 * server.ts: which paths answer what), runs every entry and expects every check below, by name,
 * to have passed.
 *
 * To add a check (for example `verifyToken` with a networkless key, or `verifyWebhook`), append an
 * entry to `checks`: every runtime runs it, and the test expects it. A check that needs inputs the
 * test makes (a signed token and its public key, a signed webhook) finds them in `config.fixtures`,
 * which runtimes.test.ts fills in `smokeConfig()`.
 */

/**
 * The config every entry receives as JSON from the test.
 * @typedef {object} SmokeConfig
 * @property {string} apiUrl the loopback server's origin plus this run's prefix
 * @property {string} secretKey the key the server expects in `Authorization`
 * @property {'set' | 'unset' | 'refused'} environment what `new Clerk()` finds in the environment:
 *   CLERK_SECRET_KEY and CLERK_API_URL set (pointing at the server), nothing, or a runtime that
 *   refuses to read them (Deno without `--allow-env`)
 * @property {Record<string, unknown>} fixtures inputs made by the test for the checks that need them
 */

/** Thrown by a check whose expectation does not hold. */
class CheckFailed extends Error {}

function expect(condition, message) {
  if (!condition) throw new CheckFailed(message);
}

function expectEqual(actual, expected, what) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  expect(a === e, `${what}: expected ${e}, got ${a}`);
}

/** What a call rejected with; fails the check if it resolved. */
async function rejectionOf(promise, what) {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new CheckFailed(`${what}: expected an error, the call succeeded`);
}

function describeError(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? ` (cause: ${error.cause.name}: ${error.cause.message})` : '';
  return `${error.name}: ${error.message}${cause}`;
}

/**
 * The checks, in order. Each gets `{ lib, config, clerk, newClerk, warnings }` and throws to fail.
 * The server's paths: users user_1..user_3 (listed two by two), `user_missing` (404),
 * `user_busy` (429 with `Retry-After: 1` once, then the user), `user_stalled` (never answers).
 */
export const checks = [
  {
    name: 'list with for await, page by page',
    async run({ lib, clerk }) {
      const ids = [];
      for await (const user of clerk.users.list({ limit: 2 })) {
        expect(user instanceof lib.User, `a listed item is not a User record: ${Object.prototype.toString.call(user)}`);
        ids.push(user.id);
      }
      expectEqual(ids, ['user_1', 'user_2', 'user_3'], 'the ids listed');
    },
  },
  {
    name: 'get a record, typed and serialising as its data',
    async run({ lib, clerk, config }) {
      const user = await clerk.users.get('user_1');
      expect(user instanceof lib.User, 'get() did not return a User record');
      expectEqual([user.id, user.firstName, user.emailAddresses[0]?.emailAddress], ['user_1', 'Ada', 'idn_user_1@example.com'], 'the fields read');
      const json = JSON.stringify(user);
      expect(!json.includes(config.secretKey), 'JSON.stringify(user) contains the secret key');
      expectEqual(JSON.parse(json).publicMetadata, { plan: 'pro', nested_key: { keep_me: 1 } }, 'publicMetadata in JSON');
    },
  },
  {
    name: 'a record method refreshes the record in place',
    async run({ clerk }) {
      const user = await clerk.users.get('user_2');
      expect(user.banned === false, 'user_2 starts banned');
      const returned = await user.ban();
      expect(returned === user, 'ban() returned another object than the record it was called on');
      expect(user.banned === true, 'user.banned is not true after ban()');
    },
  },
  {
    name: 'an error status is a typed error with Clerk\'s message',
    async run({ lib, clerk }) {
      const error = await rejectionOf(clerk.users.get('user_missing'), 'get(user_missing)');
      expect(error instanceof lib.NotFoundError, `expected NotFoundError, got ${describeError(error)}`);
      expect(error instanceof lib.ClerkApiError && error instanceof lib.ClerkError, 'NotFoundError is not a ClerkApiError and ClerkError');
      expectEqual([error.status, error.message, error.clerkTraceId], [404, 'No user was found with id user_missing', 'trace_smoke'], 'status, message, trace id');
    },
  },
  {
    name: 'a 429 is retried after Retry-After',
    async run({ clerk }) {
      const started = Date.now();
      const user = await clerk.users.get('user_busy', { maxRetries: 1 });
      const waited = Date.now() - started;
      expectEqual(user.id, 'user_busy', 'the user after the retry');
      // Retry-After: 1 (second); timers may fire a little early on some runtimes.
      expect(waited >= 950, `answered after ${waited} ms, before the 1 s Retry-After`);
    },
  },
  {
    name: 'an attempt over `timeout` is a ClerkTimeoutError',
    async run({ lib, clerk }) {
      const started = Date.now();
      const error = await rejectionOf(clerk.users.get('user_stalled', { timeout: 250, maxRetries: 0 }), 'get(user_stalled)');
      expect(error instanceof lib.ClerkTimeoutError, `expected ClerkTimeoutError, got ${describeError(error)}`);
      expect(error instanceof lib.ClerkConnectionError, 'ClerkTimeoutError is not a ClerkConnectionError');
      expect(Date.now() - started < 5_000, `the timeout took ${Date.now() - started} ms`);
    },
  },
  {
    name: 'an aborted signal is a ClerkAbortError',
    async run({ lib, clerk }) {
      const controller = new AbortController();
      const started = Date.now();
      setTimeout(() => controller.abort(), 100);
      const error = await rejectionOf(clerk.users.get('user_stalled', { signal: controller.signal }), 'get(user_stalled) aborted');
      expect(error instanceof lib.ClerkAbortError, `expected ClerkAbortError, got ${describeError(error)}`);
      expect(Date.now() - started < 5_000, `the abort took ${Date.now() - started} ms`);
    },
  },
  {
    name: 'new Clerk() with the environment',
    async run({ lib, config }) {
      if (config.environment === 'set') {
        const user = await new lib.Clerk().users.get('user_1');
        expectEqual(user.id, 'user_1', 'the user fetched with CLERK_SECRET_KEY and CLERK_API_URL from the environment');
        return;
      }
      let error;
      try {
        new lib.Clerk();
      } catch (caught) {
        error = caught;
      }
      expect(error instanceof lib.ClerkError, `expected a ClerkError from new Clerk(), got ${error === undefined ? 'a client' : describeError(error)}`);
      const expected = config.environment === 'refused' ? '--allow-env=CLERK_SECRET_KEY,CLERK_API_URL' : 'No secret key';
      expect(error.message.includes(expected), `the message does not say ${expected}: ${error.message}`);
    },
  },
  {
    name: 'verifyWebhook: a signed delivery passes, a changed one is refused',
    async run({ lib, config, warnings }) {
      const { signingSecret, body, headers } = config.fixtures.webhook;
      // A generous tolerance: the delivery was signed when the test started, runtimes run one after another.
      // Data off its schema would warn: the last check finds any warning.
      const options = { signingSecret, toleranceInSeconds: 3600, logger: { warn: (message) => warnings.push(message) } };
      const event = await lib.verifyWebhook(new Request('http://localhost/webhooks', { method: 'POST', body, headers }), undefined, options);
      expectEqual([event.type, event.instanceId, event.data.id, event.data.firstName, event.data.publicMetadata], ['user.created', 'ins_smoke', 'user_1', 'Zoë', { plan_tier: 'pro' }], 'the verified event, its data decoded');
      const fromBytes = await lib.verifyWebhook(new TextEncoder().encode(body), headers, options);
      expectEqual(fromBytes.type, 'user.created', 'the event verified from bytes');
      const error = await rejectionOf(lib.verifyWebhook(body.replace('Zoë', 'Eve'), headers, options), 'a changed body');
      expect(error instanceof lib.WebhookVerificationError && error.reason === 'invalid-signature', `expected invalid-signature, got ${describeError(error)}`);
    },
  },
  {
    name: 'verifyToken and authenticateRequest: networkless with a PEM key; a changed token is refused',
    async run({ lib, config }) {
      const { jwtKey, authorizedParty, issuer, token } = config.fixtures.session;
      const options = { jwtKey, authorizedParties: [authorizedParty], issuer };
      const claims = await lib.verifyToken(token, options);
      expectEqual([claims.sub, claims.sid], ['user_1', 'sess_1'], 'the verified claims');
      const state = await lib.authenticateRequest(new Request('http://localhost/api', { headers: { authorization: `Bearer ${token}` } }), options);
      expectEqual([state.status, state.auth?.userId, state.auth?.sessionId], ['signed-in', 'user_1', 'sess_1'], 'the request state');
      const [header, payload, signature] = token.split('.');
      const forged = `${header}.${payload}.${signature.slice(0, -4)}${signature.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
      const error = await rejectionOf(lib.verifyToken(forged, options), 'a changed signature');
      expect(error instanceof lib.TokenVerificationError && error.reason === 'invalid-signature', `expected invalid-signature, got ${describeError(error)}`);
      const signedOut = await lib.authenticateRequest({ headers: { authorization: `Bearer ${forged}` } }, options);
      expectEqual([signedOut.status, signedOut.reason], ['signed-out', 'invalid-signature'], 'the request state of a changed token');
    },
  },
  {
    name: 'every answer matched its schema (no warning)',
    async run({ warnings }) {
      expectEqual(warnings, [], 'the logger\'s warnings');
    },
  },
];

/**
 * Runs every check against `lib` (the package's exports, however the runtime loaded them).
 * Never throws: a failed check is a result with `ok: false`.
 * @param {Record<string, any>} lib
 * @param {SmokeConfig} config
 */
export async function runSmoke(lib, config) {
  const warnings = [];
  const newClerk = (options = {}) =>
    new lib.Clerk({ secretKey: config.secretKey, apiUrl: config.apiUrl, logger: { warn: (message) => warnings.push(message) }, ...options });
  const context = { lib, config, clerk: newClerk(), newClerk, warnings };
  const results = [];
  for (const check of checks) {
    const started = Date.now();
    try {
      await check.run(context);
      results.push({ name: check.name, ok: true, ms: Date.now() - started });
    } catch (error) {
      results.push({ name: check.name, ok: false, ms: Date.now() - started, error: describeError(error) });
    }
  }
  return results;
}

/** The line the test looks for in a runtime's output. */
export const RESULTS_MARKER = 'SMOKE-RESULTS ';
