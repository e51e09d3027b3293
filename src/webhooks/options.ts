import { readEnv } from '../core/env.js';
import { ClerkValidationError, describeValue } from '../core/errors.js';
import type { Logger } from '../core/options.js';
import type { ResponsePolicy } from '../core/response-policy.js';
import { signingKey, type SigningKey } from './secret.js';

/** The environment variable read when no `signingSecret` is given. */
export const SIGNING_SECRET_ENV = 'CLERK_WEBHOOK_SIGNING_SECRET';
const DEFAULT_TOLERANCE_SECONDS = 5 * 60;

/** Options of {@link verifyWebhook} and `clerk.webhooks.verify()`. */
export interface VerifyWebhookOptions {
  /**
   * The endpoint's signing secret (`whsec_…`, under the endpoint in the Clerk Dashboard), or several
   * during a rotation: a delivery signed with any one of them passes. The environment variable may
   * hold several too, separated by spaces.
   *
   * @default process.env.CLERK_WEBHOOK_SIGNING_SECRET
   * @example
   * ```ts
   * await verifyWebhook(body, headers, { signingSecret: [process.env.NEW_SECRET!, process.env.OLD_SECRET!] });
   * ```
   */
  signingSecret?: string | readonly string[];
  /**
   * How far the delivery's timestamp may be from this machine's clock, in seconds, either way: an
   * older delivery is refused (a captured delivery cannot be replayed later), and so is one dated
   * further in the future.
   *
   * @default 300
   * @example
   * ```ts
   * await verifyWebhook(body, headers, { toleranceInSeconds: 60 });
   * ```
   */
  toleranceInSeconds?: number;
  /**
   * Throw a `ClerkResponseValidationError` when an authentic event of a known type does not match
   * its schema, instead of warning once per event type and returning the event as decoded.
   *
   * @default false, or the client's `strictResponses` through `clerk.webhooks.verify()`
   * @example
   * ```ts
   * await verifyWebhook(body, headers, { strictResponses: true });
   * ```
   */
  strictResponses?: boolean;
  /**
   * Where the warning about an event that does not match its schema goes.
   *
   * @default console.warn, or the client's `logger` through `clerk.webhooks.verify()`
   * @example
   * ```ts
   * await verifyWebhook(body, headers, { logger: { warn: (message) => log.warn(message) } });
   * ```
   */
  logger?: Logger;
}

export interface ResolvedVerifyOptions {
  keys: SigningKey[];
  toleranceSeconds: number;
}

/** Applies the defaults and checks the options: a missing or malformed secret is a {@link ClerkValidationError}. */
export function resolveVerifyOptions(options: VerifyWebhookOptions | undefined): ResolvedVerifyOptions {
  if (options !== undefined && (options === null || typeof options !== 'object')) invalid('options', `must be an object, got ${describeValue(options)}`);
  const given = options?.signingSecret;
  let keys: SigningKey[];
  if (given === undefined) {
    const fromEnv = readEnv(SIGNING_SECRET_ENV, { allow: [SIGNING_SECRET_ENV], instead: 'pass `signingSecret` so that it is not read' })?.split(/\s+/).filter(Boolean) ?? [];
    if (fromEnv.length === 0) {
      invalid('signingSecret', `no webhook signing secret: pass \`signingSecret\` or set the ${SIGNING_SECRET_ENV} environment variable to the endpoint's Signing Secret from the Clerk Dashboard`);
    }
    keys = fromEnv.map((secret) => signingKey(secret, SIGNING_SECRET_ENV));
  } else if (Array.isArray(given)) {
    if (given.length === 0) invalid('signingSecret', 'must hold at least one secret');
    keys = given.map((secret: unknown, index) => signingKey(secret, `signingSecret[${index}]`));
  } else {
    keys = [signingKey(given, 'signingSecret')];
  }
  const toleranceSeconds = options?.toleranceInSeconds ?? DEFAULT_TOLERANCE_SECONDS;
  if (typeof toleranceSeconds !== 'number' || !Number.isFinite(toleranceSeconds) || toleranceSeconds < 0) {
    invalid('toleranceInSeconds', `must be a finite number of seconds, 0 or more, got ${typeof toleranceSeconds === 'number' ? toleranceSeconds : describeValue(toleranceSeconds)}`);
  }
  return { keys, toleranceSeconds };
}

/** The response policy settings the options give (checked), each left out when not given. */
export function policyOptions(options: VerifyWebhookOptions | undefined): Partial<ResponsePolicy> {
  const { strictResponses, logger } = options ?? {};
  if (strictResponses !== undefined && typeof strictResponses !== 'boolean') invalid('strictResponses', `must be a boolean, got ${describeValue(strictResponses)}`);
  if (logger !== undefined && (logger === null || typeof logger !== 'object' || typeof logger.warn !== 'function')) {
    invalid('logger', `must be an object with a warn(message) method, got ${describeValue(logger)}`);
  }
  return { ...(strictResponses === undefined ? {} : { strictResponses }), ...(logger === undefined ? {} : { logger }) };
}

function invalid(path: string, problem: string): never {
  throw new ClerkValidationError(`${path}: ${problem}`, [{ path, message: problem }]);
}
