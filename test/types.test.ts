/**
 * Type-level checks (run by `npm run typecheck`, which covers test/): what users see in their editor.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { LiteralUnion } from 'type-fest';
import { Clerk, type ClerkTypes, type ListRequest, type OrganizationMembership, type Page, type User } from '../src/index.js';

// Lists and handles send nothing until awaited: building them here is free of requests.
const clerk = new Clerk({ secretKey: 'sk_test_types' });

describe('public types', () => {
  it('lists are ListRequests of records; pages of records', () => {
    expectTypeOf(clerk.users.list()).toEqualTypeOf<ListRequest<User>>();
    expectTypeOf<Awaited<ReturnType<typeof clerk.users.list>>>().toEqualTypeOf<Page<User>>();
    expectTypeOf(clerk.organizations('org_1').memberships.list()).toEqualTypeOf<ListRequest<OrganizationMembership>>();
  });

  it('records have typed camelCase fields and their handle methods', () => {
    expectTypeOf<User['firstName']>().toEqualTypeOf<string | null>();
    expectTypeOf<User['createdAt']>().toEqualTypeOf<number>();
    expectTypeOf<User['publicMetadata']>().toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf<User['ban']>().returns.toEqualTypeOf<Promise<User>>();
  });

  it('open enums autocomplete known values and accept new ones', () => {
    type Status = ClerkTypes.OrganizationDomain['enrollmentMode'];
    expectTypeOf<'manual_invitation'>().toExtend<Status>();
    expectTypeOf<'a_mode_clerk_adds_later'>().toExtend<Status>();
    expectTypeOf<Status>().toEqualTypeOf<LiteralUnion<'manual_invitation' | 'automatic_invitation' | 'automatic_suggestion' | 'enterprise_sso', string>>();
  });

  it('params are checked at compile time too', () => {
    // Never called: these lines are for the type checker, and would send requests.
    const compileOnly = () => {
      // @ts-expect-error emailAddress is an array of strings
      void clerk.users.create({ emailAddress: 'ada@example.com' });
      // @ts-expect-error unknown key
      void clerk.users('user_1').update({ frstName: 'Ada' });
      // @ts-expect-error role is required
      void clerk.organizations('org_1').memberships.create({ userId: 'user_1' });
      void clerk.users.create({ emailAddress: ['ada@example.com'] });
    };
    expectTypeOf(compileOnly).toBeFunction();
  });
});
