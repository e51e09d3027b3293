/**
 * A resource method's types come from its operation (src/generated/operations.ts `OperationTypes`):
 * the helpers of src/resources/base.ts take an operation's params and give its result, so a method
 * declaring other types fails `npm run typecheck` (the `@ts-expect-error` lines below are checked by
 * it: each must be an error), and no method needs a cast.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DeletedObject, VerifyPasswordBody } from '../../src/generated/types.js';
import { operations as ops } from '../../src/generated/operations.js';
import { Handle, type ItemOf, type ParamsOf, type ResultOf } from '../../src/resources/base.js';
import { EmailAddress, User, type ClerkTypes } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

/** Methods written wrong on purpose: each mistake must fail the type check. Never instantiated. */
export class WrongMethods extends Handle {
  answersWithAUser(): Promise<User> {
    // @ts-expect-error DeleteUser answers with a DeletedObject
    return this.$call(ops.DeleteUser);
  }

  sendsOtherParams(params: VerifyPasswordBody): Promise<unknown> {
    // @ts-expect-error CreateOrganization takes CreateOrganizationBody
    return this.$call(ops.CreateOrganization, params);
  }

  wrapsTheWrongRecord(): Promise<EmailAddress> {
    // @ts-expect-error GetUser answers with a user, not an email address
    return this.$record(EmailAddress, ops.GetUser);
  }

  listsTheWrongRecord() {
    // @ts-expect-error GetUserList lists users
    return this.$list(EmailAddress, ops.GetUserList);
  }

  rightAsWritten(): Promise<DeletedObject> {
    return this.$call(ops.DeleteUser);
  }
}

describe('operation types', () => {
  it('follow the operation table', () => {
    expectTypeOf<ParamsOf<typeof ops.CreateUser>>().toEqualTypeOf<ClerkTypes.CreateUserBody>();
    expectTypeOf<ParamsOf<typeof ops.GetUser>>().toEqualTypeOf<undefined>();
    expectTypeOf<ResultOf<typeof ops.GetUsersCount>>().toEqualTypeOf<ClerkTypes.GetUsersCountResponse>();
    expectTypeOf<ItemOf<typeof ops.GetUserList>>().toEqualTypeOf<ClerkTypes.User>();
    expectTypeOf<ResultOf<typeof ops.GetPublicInterstitial>>().toEqualTypeOf<string>();
  });

  it('a typed call returns the decoded answer', async () => {
    api().get('/users/count').reply(200, { object: 'total_count', total_count: 42 });
    await expect(newClerk().users.count()).resolves.toBe(42);
  });
});
