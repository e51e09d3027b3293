/**
 * What happens to data from Clerk that does not match its schema (an API answer, a webhook
 * event): the data is returned as received and a warning says so, once per schema, or, with
 * `strictResponses`, a {@link ClerkResponseValidationError} is thrown.
 */
import { ClerkResponseValidationError, type ValidationIssue } from './errors.js';
import type { Logger } from './options.js';
import { toIssues, type Schema } from './validation.js';

/** The two settings the policy follows (a client's, or a standalone verifier's options). */
export interface ResponsePolicy {
  readonly strictResponses: boolean;
  readonly logger: Logger;
}

/** Where warnings go when no logger is given. */
export const consoleLogger: Logger = { warn: (message) => console.warn(message) };

/** What `schema` (zod, the authority) finds wrong with `value`, paths under `prefix`. */
export function schemaIssues(schema: Schema, value: unknown, prefix: string): ValidationIssue[] {
  const result = schema.safeParse(value, { reportInput: true });
  return result.success ? [] : toIssues(result.error.issues, prefix);
}

/**
 * Applies the policy to the `issues` of the data named `name` (`GetUser response`): nothing when
 * there are none; a {@link ClerkResponseValidationError} with `strictResponses`; otherwise a
 * warning, unless `warned` shows one was given for that name already.
 */
export function reportMismatch(policy: ResponsePolicy, warned: Set<string>, name: string, issues: readonly ValidationIssue[]): void {
  if (issues.length === 0) return;
  if (policy.strictResponses) throw new ClerkResponseValidationError(name, [...issues]);
  if (warned.has(name)) return;
  warned.add(name);
  const shown = issues.slice(0, 5).map((issue) => `${issue.path || '(root)'}: ${issue.message}`).join('; ');
  policy.logger.warn(
    `[clerk-fluent] The ${name} does not match its schema (${shown}${issues.length > 5 ? '; …' : ''}). ` +
      'The data is returned as received; pass strictResponses: true to throw instead. This warning is shown once.',
  );
}
