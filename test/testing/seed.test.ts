/** A seed the fake cannot take throws at createFakeClerk, naming the field; nothing is dropped. */
import { describe, expect, it } from 'vitest';
import { ClerkValidationError } from '../../src/index.js';
import { createFakeClerk, type FakeClerkOptions } from '../../src/testing/index.js';

function refusal(options: unknown): ClerkValidationError {
  try {
    createFakeClerk(options as FakeClerkOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(ClerkValidationError);
    return error as ClerkValidationError;
  }
  throw new Error('expected createFakeClerk to throw');
}

describe('seed errors', () => {
  it.each([
    ['a seed that is not an object', { seed: [] }, 'seed', 'must be an object'],
    ['something the fake does not seed', { seed: { planets: [] } }, 'seed.planets', 'is not something the fake can seed'],
    ['a list that is not a list', { seed: { users: { emailAddress: ['a@example.com'] } } }, 'seed.users', 'must be a list'],
    ['an entry that is not an object', { seed: { users: ['ada'] } }, 'seed.users[0]', 'must be an object'],
    ['a misspelt field', { seed: { users: [{ emailAdress: ['a@example.com'] }] } }, 'seed.users[0].emailAdress', 'is not a field the fake can seed here'],
    ['a field of the wrong type', { seed: { users: [{ firstName: 42 }] } }, 'seed.users[0].firstName', 'must be a string'],
    ['an item of the wrong type', { seed: { users: [{ emailAddress: ['a@example.com', 7] }] } }, 'seed.users[0].emailAddress[1]', 'must be a string'],
    ['a malformed email address', { seed: { users: [{ emailAddress: ['ada'] }] } }, 'seed.users[0].emailAddress', 'must be a valid email address'],
    ['an email address twice', { seed: { users: [{ emailAddress: ['a@example.com'] }, { emailAddress: ['A@example.com'] }] } }, 'seed.users[1].emailAddress', 'is taken'],
    ['a short username', { seed: { users: [{ username: 'ab' }] } }, 'seed.users[0].username', 'between 4 and 64'],
    ['an id of another kind', { seed: { users: [{ id: 'org_1' }] } }, 'seed.users[0].id', 'must match'],
    ['an id twice', { seed: { users: [{ id: 'user_1' }, { id: 'user_1' }] } }, 'seed.users[1].id', 'is taken'],
    ['a sign-in time that is not a time', { seed: { users: [{ lastSignInAt: 'yesterday' }] } }, 'seed.users[0].lastSignInAt', 'must be a whole number'],
  ])('refuses %s, naming %s', (_, options, path, message) => {
    const error = refusal(options);
    expect(error.issues[0]!.path).toBe(path);
    expect(error.message).toContain(message);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
  });

  it('refuses bad options', () => {
    expect(refusal({ now: 'today' }).message).toMatch(/^now: /);
    expect(refusal({ randomSeed: '' }).message).toMatch(/^randomSeed: /);
    expect(refusal({ sessionTokenVersion: 3 }).message).toMatch(/^sessionTokenVersion: /);
    expect(refusal({ rateLimit: { requests: -1, perSeconds: 1 } }).message).toMatch(/^rateLimit.requests: /);
    expect(refusal({ frontendApi: 'https://clerk.example.com' }).message).toMatch(/^frontendApi: /);
  });

  it('takes a seed as the client takes a create: dates as Date or milliseconds, ids, metadata keys as written', async () => {
    const lastSignInAt = new Date('2026-03-01T10:00:00Z');
    const fake = createFakeClerk({
      seed: { users: [{ id: 'user_ada', emailAddress: ['ada@example.com'], lastSignInAt, lastActiveAt: 1_772_359_200_000, publicMetadata: { 'Odd Key': 1, snake_key: 2 } }] },
    });
    const response = await fake.fetch('https://api.clerk.com/v1/users/user_ada', { headers: { authorization: `Bearer ${fake.secretKey}` } });
    const user = (await response.json()) as Record<string, unknown>;
    expect(user).toMatchObject({ id: 'user_ada', last_sign_in_at: lastSignInAt.getTime(), last_active_at: 1_772_359_200_000, public_metadata: { 'Odd Key': 1, snake_key: 2 } });
  });
});
