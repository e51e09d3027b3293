import { describe, expect, it } from 'vitest';
import { ClerkResponseValidationError, User } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';
import { emailJson, userJson } from '../fixtures/objects.js';

function recordingClerk(options: { strictResponses?: boolean } = {}) {
  const warnings: string[] = [];
  const clerk = newClerk({ ...options, maxRetries: 0, logger: { warn: (line) => warnings.push(line) } });
  return { clerk, warnings };
}

describe('response validation policy', () => {
  it('additive changes never warn: new fields, new enum values, new union variants', async () => {
    const { clerk, warnings } = recordingClerk({ strictResponses: true });
    const email = {
      ...emailJson('idn_1'),
      verification: { object: 'verification_from_the_future', status: 'brand_new_status', strategy: 'telepathy', beamed_at: 1 },
    };
    api().get('/users/user_1').reply(200, userJson('user_1', { email_addresses: [email], shiny_new_field: true }));
    const user = await clerk.users.get('user_1');
    expect(user).toBeInstanceOf(User);
    expect((user.emailAddresses[0]!.verification as Record<string, unknown>).beamedAt).toBe(1);
    expect(warnings).toEqual([]);
  });

  it('a real mismatch warns once per schema and returns the data', async () => {
    const { clerk, warnings } = recordingClerk();
    const broken = userJson('user_1', { banned: 'nope', first_name: 42 });
    api().get('/users/user_1').times(2).reply(200, broken);
    const user = await clerk.users.get('user_1');
    expect(user.banned as unknown).toBe('nope');
    expect(user.firstName as unknown).toBe(42);
    await clerk.users.get('user_1');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('GetUser response');
    expect(warnings[0]).toContain('banned: expected boolean, received string');
    expect(warnings[0]).toContain('firstName: expected string, received number');
    expect(warnings[0]).toContain('strictResponses');
  });

  it('a missing required field in one list item names the item', async () => {
    const { clerk, warnings } = recordingClerk();
    const { id: _, ...withoutId } = userJson('user_2');
    api().get('/users').query(true).reply(200, [userJson('user_1'), withoutId]);
    const page = await clerk.users.list({ limit: 2 });
    expect(page.data).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('[1].id: required');
  });

  it('strictResponses throws ClerkResponseValidationError with the issues', async () => {
    const { clerk } = recordingClerk({ strictResponses: true });
    api().get('/users/user_1').reply(200, userJson('user_1', { created_at: 'yesterday' }));
    const error = (await rejectionOf(clerk.users.get('user_1'))) as ClerkResponseValidationError;
    expect(error).toBeInstanceOf(ClerkResponseValidationError);
    expect(error.schema).toBe('GetUser response');
    expect(error.issues).toEqual([{ path: 'createdAt', message: 'expected number, received string' }]);
  });

  it('metadata keys are the user\'s: never re-cased on the way in', async () => {
    const { clerk } = recordingClerk({ strictResponses: true });
    api().get('/users/user_1').reply(200, userJson('user_1', { public_metadata: { snake_key: { inner_key: 1 }, camelKey: 2 } }));
    const user = await clerk.users.get('user_1');
    expect(user.publicMetadata).toEqual({ snake_key: { inner_key: 1 }, camelKey: 2 });
  });
});

describe('answers that cannot become records', () => {
  it('a get answered with null throws ClerkResponseValidationError, whatever the policy', async () => {
    const { clerk, warnings } = recordingClerk();
    api().get('/users/user_1').reply(200, 'null', { 'content-type': 'application/json' });
    const error = (await rejectionOf(clerk.users.get('user_1'))) as ClerkResponseValidationError;
    expect(error).toBeInstanceOf(ClerkResponseValidationError);
    expect(error.schema).toBe('GetUser response');
    expect(error.issues).toEqual([{ path: '', message: 'expected an object, received null' }]);
    expect(warnings).toHaveLength(1);
  });

  it('a list item that is not an object stops the walk with the same error', async () => {
    const { clerk } = recordingClerk();
    api().get('/users').query(true).reply(200, [userJson('user_1'), 'user_2']);
    const error = (await rejectionOf(clerk.users.list({ limit: 2 }).then((page) => page.data))) as ClerkResponseValidationError;
    expect(error).toBeInstanceOf(ClerkResponseValidationError);
    expect(error.issues[0]!.message).toBe('expected an object, received string');
  });
});
