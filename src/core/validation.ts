import type { z } from 'zod';
import { ClerkValidationError, formatIssues, type ValidationIssue } from './errors.js';

/** `['emailAddress', 0, 'id']` -> `emailAddress[0].id` */
export function formatPath(path: ReadonlyArray<PropertyKey>, prefix = ''): string {
  let out = prefix;
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out === '' ? String(segment) : `.${String(segment)}`;
  }
  return out;
}

export function toIssues(error: z.core.$ZodError, prefix = ''): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path, prefix), message: issue.message }));
}

/**
 * Checks the input of a call against its request schema and returns the parsed value.
 * Throws {@link ClerkValidationError} naming every field at fault; no request has been sent then.
 *
 * @param what - what the value is, for the message: `users.create params`.
 */
export function validateInput<S extends z.core.$ZodType>(schema: S, value: unknown, what: string): z.output<S> {
  const result = (schema as unknown as z.ZodType).safeParse(value);
  if (result.success) return result.data as z.output<S>;
  const issues = toIssues(result.error);
  throw new ClerkValidationError(`Invalid ${what}: ${formatIssues(issues)}`, issues);
}
