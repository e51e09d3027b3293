import { afterEach, describe, expect, it } from 'vitest';
import { Clerk, ClerkError } from '../../src/index.js';
import { rejectionOf } from '../helpers.js';

/**
 * Deno without `--allow-env` throws its own error when `process.env.X` is read. Node lets a test
 * replace `process.env`, so the same refusal is played here; test/runtimes/ proves it in Deno.
 */
class PermissionRefused extends Error {
  override name = 'NotCapable';
}

const realEnv = process.env;

function refuseEnvironment(): string[] {
  const asked: string[] = [];
  process.env = new Proxy({} as NodeJS.ProcessEnv, {
    get(_target, name) {
      asked.push(String(name));
      throw new PermissionRefused(`Requires env access to "${String(name)}", run again with the --allow-env flag`);
    },
  });
  return asked;
}

afterEach(() => {
  process.env = realEnv;
});

describe('new Clerk() and the environment', () => {
  it('turns a refused read of CLERK_SECRET_KEY into a ClerkError naming the variable and both ways out', async () => {
    refuseEnvironment();
    const error = await rejectionOf((async () => new Clerk())());
    expect(error).toBeInstanceOf(ClerkError);
    expect(error.message).toContain('CLERK_SECRET_KEY');
    expect(error.message).toContain('--allow-env=CLERK_SECRET_KEY,CLERK_API_URL');
    expect(error.message).toContain('new Clerk({ secretKey, apiUrl');
    expect(error.cause).toBeInstanceOf(PermissionRefused);
  });

  it('does the same for CLERK_API_URL when only the key is passed', async () => {
    const asked = refuseEnvironment();
    const error = await rejectionOf((async () => new Clerk({ secretKey: 'sk_test_x' }))());
    expect(error).toBeInstanceOf(ClerkError);
    expect(error.message).toContain('environment variable CLERK_API_URL');
    expect(error.message).toContain('--allow-env=CLERK_SECRET_KEY,CLERK_API_URL');
    expect(asked).toEqual(['CLERK_API_URL']);
  });

  it('reads no variable when both options are passed', () => {
    const asked = refuseEnvironment();
    expect(() => new Clerk({ secretKey: 'sk_test_x', apiUrl: 'https://api.clerk.com' })).not.toThrow();
    expect(asked).toEqual([]);
  });

  it('still says how to give a key when none is set', async () => {
    process.env = { ...realEnv, CLERK_SECRET_KEY: '' };
    const error = await rejectionOf((async () => new Clerk())());
    expect(error).toBeInstanceOf(ClerkError);
    expect(error.message).toContain('No secret key');
  });
});
