import { ClerkError } from './errors.js';

/**
 * A variable of `process.env`, where the runtime has one; an empty value counts as unset.
 *
 * A runtime may refuse the read itself (Deno without `--allow-env` throws its own permission
 * error). With `refused`, that becomes a {@link ClerkError} naming the variable, the flag that
 * allows it and `refused.instead` (the options that make the read unnecessary), because the
 * runtime's message knows nothing of those options. Without it, a refused read counts as unset:
 * for a variable that is one of several ways to a setting.
 */
export function readEnv(name: string, refused?: { allow: readonly string[]; instead: string }): string | undefined {
  let value: string | undefined;
  try {
    value = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  } catch (error) {
    if (refused === undefined) return undefined;
    throw new ClerkError(
      `Cannot read the environment variable ${name}: the runtime refused (Deno needs \`--allow-env\` for it). ` +
        `Either run with \`--allow-env=${refused.allow.join(',')}\`, or ${refused.instead}.`,
      { cause: error },
    );
  }
  return value === '' ? undefined : value;
}
