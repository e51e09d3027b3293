/**
 * A resource method's types come from its operation (src/generated/operations.ts `OperationTypes`):
 * the helpers of src/resources/base.ts take an operation's params and give its result, so a method
 * declaring other types fails `npm run typecheck` (the `@ts-expect-error` lines below are checked by
 * it: each must be an error), and no method needs a cast.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { DeletedObject, VerifyPasswordBody } from '../../src/generated/types.js';
import { operations as ops } from '../../src/generated/operations.js';
import { Handle, type ItemOf, type OperationParams, type ParamsOf, type ResultOf } from '../../src/resources/base.js';
import {
  BillingStatement,
  EmailAddress,
  Machine,
  Organization,
  OrganizationMembership,
  User,
  type ClerkTypes,
  type MachineWithSecretKey,
  type MachinesCollection,
  type OrganizationMembershipsCollection,
} from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

/** Methods written wrong on purpose: each mistake must fail the type check. Never instantiated. */
export class WrongMethods extends Handle {
  // Users.

  answersWithAUser(): Promise<User> {
    // @ts-expect-error DeleteUser answers with a DeletedObject
    return this.$call('answersWithAUser', ops.DeleteUser);
  }

  sendsOtherParams(params: VerifyPasswordBody): Promise<unknown> {
    // @ts-expect-error CreateOrganization takes CreateOrganizationBody
    return this.$call('sendsOtherParams', ops.CreateOrganization, params);
  }

  wrapsTheWrongRecord(): Promise<EmailAddress> {
    // @ts-expect-error GetUser answers with a user, not an email address
    return this.$record('wrapsTheWrongRecord', EmailAddress, ops.GetUser);
  }

  listsTheWrongRecord() {
    // @ts-expect-error GetUserList lists users
    return this.$list('listsTheWrongRecord', EmailAddress, ops.GetUserList);
  }

  rightAsWritten(): Promise<DeletedObject> {
    return this.$call('rightAsWritten', ops.DeleteUser);
  }

  namesAMethodItDoesNotHave(): Promise<DeletedObject> {
    // @ts-expect-error the name an error message gives the call must be one of this class's methods
    return this.$call('noSuchMethod', ops.DeleteUser);
  }

  // Organizations and their memberships.

  declaresTheWrongParams(params: OperationParams<'CreateOrganizationMembership'>): Promise<Organization> {
    // @ts-expect-error CreateOrganization's params are not a membership's
    return this.$record('declaresTheWrongParams', Organization, ops.CreateOrganization, params);
  }

  answersWithAMembershipAsAnOrganization(): Promise<Organization> {
    // @ts-expect-error UpdateOrganizationMembership answers with a membership
    return this.$record('answersWithAMembershipAsAnOrganization', OrganizationMembership, ops.UpdateOrganizationMembership, { role: 'org:admin' });
  }

  listsMembershipsAsOrganizations() {
    // @ts-expect-error ListOrganizationMemberships lists memberships
    return this.$list('listsMembershipsAsOrganizations', Organization, ops.ListOrganizationMemberships);
  }

  // Machines: the create answer carries a secret key that no other answer has.

  promisesASecretAnAnswerLacks(): Promise<MachineWithSecretKey> {
    // @ts-expect-error GetMachine answers without the secret key
    return this.$record('promisesASecretAnAnswerLacks', Machine, ops.GetMachine);
  }

  typesTheSecretItAnswersWith(params: OperationParams<'CreateMachine'>): Promise<MachineWithSecretKey> {
    return this.$record('typesTheSecretItAnswersWith', Machine, ops.CreateMachine, params);
  }

  // Billing.

  takesParamsItsOperationDoesNot(): Promise<BillingStatement> {
    // @ts-expect-error GetBillingStatement takes no params
    return this.$record('takesParamsItsOperationDoesNot', BillingStatement, ops.GetBillingStatement, { limit: 1 });
  }

  answersWithAStatementAsAUser(): Promise<User> {
    // @ts-expect-error GetBillingStatement answers with a statement
    return this.$record('answersWithAStatementAsAUser', User, ops.GetBillingStatement);
  }
}

describe('operation types', () => {
  it('follow the operation table', () => {
    expectTypeOf<ParamsOf<typeof ops.CreateUser>>().toEqualTypeOf<ClerkTypes.CreateUserBody>();
    expectTypeOf<OperationParams<'CreateUser'>>().toEqualTypeOf<ClerkTypes.CreateUserBody>();
    expectTypeOf<ParamsOf<typeof ops.GetUser>>().toEqualTypeOf<undefined>();
    expectTypeOf<ResultOf<typeof ops.GetUsersCount>>().toEqualTypeOf<ClerkTypes.GetUsersCountResponse>();
    expectTypeOf<ItemOf<typeof ops.GetUserList>>().toEqualTypeOf<ClerkTypes.User>();
    expectTypeOf<ResultOf<typeof ops.GetPublicInterstitial>>().toEqualTypeOf<string>();
  });

  it('public methods take their operation\'s params', () => {
    expectTypeOf<Parameters<OrganizationMembershipsCollection['create']>[0]>().toEqualTypeOf<ClerkTypes.CreateOrganizationMembershipBody>();
    expectTypeOf<Parameters<MachinesCollection['list']>[0]>().toEqualTypeOf<ClerkTypes.ListMachinesQuery | undefined>();
    expectTypeOf<Awaited<ReturnType<MachinesCollection['create']>>['secretKey']>().toEqualTypeOf<string>();
  });

  it('a typed call returns the decoded answer', async () => {
    api().get('/users/count').reply(200, { object: 'total_count', total_count: 42 });
    await expect(newClerk().users.count()).resolves.toBe(42);
  });
});
