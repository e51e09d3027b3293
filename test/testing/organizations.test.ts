/** Organizations, memberships and invitations against the fake, as an app's tests drive them. */
import { describe, expect, it } from 'vitest';
import { NotFoundError } from '../../src/index.js';
import type { FakeClerkSeed } from '../../src/testing/index.js';
import { failure, fakeClerk } from './helpers.js';

const people: FakeClerkSeed = {
  users: [
    { id: 'user_ada', emailAddress: ['ada@example.com'], firstName: 'Ada' },
    { id: 'user_bob', emailAddress: ['bob@example.com'], firstName: 'Bob' },
    { id: 'user_cy', emailAddress: ['cy@example.com'], firstName: 'Cy' },
  ],
};
const codeOf = (error: Record<string, unknown>) => (error.errors as Array<{ code: string }>)[0]!.code;

describe('organizations', () => {
  it('creates one with a slug from its name, makes the creator its admin, and finds it by id or slug', async () => {
    const { clerk } = fakeClerk({ seed: people });
    const org = await clerk.organizations.create({ name: 'Acme Rockets', createdBy: 'user_ada', publicMetadata: { plan: 'team' } });
    expect(org.id).toMatch(/^org_\w{27}$/);
    expect(org.slug).toBe('acme-rockets');
    expect((await clerk.organizations.get('acme-rockets')).id).toBe(org.id);
    const members = await clerk.organizations(org.id).memberships.list();
    expect(members.data.map((member) => [member.publicUserData?.userId, member.role])).toEqual([['user_ada', 'org:admin']]);
    expect(members.totalCount).toBe(1);
    expect((await clerk.organizations.get(org.id, { includeMembersCount: true })).membersCount).toBe(1);
  });

  it('refuses a taken slug, and a creator that does not exist', async () => {
    const { clerk } = fakeClerk({ seed: { ...people, organizations: [{ name: 'Acme', slug: 'acme' }] } });
    expect(codeOf(await failure(clerk.organizations.create({ name: 'Other', slug: 'acme' })))).toBe('form_identifier_exists');
    const second = await clerk.organizations.create({ name: 'Acme' });
    expect(second.slug).toMatch(/^acme-[a-z0-9]{6}$/);
    const noCreator = await failure(clerk.organizations.create({ name: 'Ghost', createdBy: 'user_ghost' }));
    expect([noCreator.status, codeOf(noCreator)]).toEqual([400, 'organization_creator_not_found']);
  });

  it('lists with query, user filter, ordering and paging; counts add up', async () => {
    const { clerk } = fakeClerk({
      seed: {
        ...people,
        organizations: [
          { name: 'Beta', createdBy: 'user_ada' },
          { name: 'Alpha', createdBy: 'user_bob' },
          { name: 'Gamma', createdBy: 'user_ada', members: [{ userId: 'user_bob', role: 'org:member' }] },
        ],
      },
    });
    const names = async (params: Parameters<typeof clerk.organizations.list>[0]) => (await clerk.organizations.list(params)).data.map((org) => org.name);
    expect(await names({})).toEqual(['Gamma', 'Alpha', 'Beta']);
    expect(await names({ orderBy: 'name' })).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(await names({ orderBy: '-members_count' })).toEqual(['Gamma', 'Beta', 'Alpha']);
    expect(await names({ userId: ['user_bob'] })).toEqual(['Gamma', 'Alpha']);
    expect(await names({ query: 'amm' })).toEqual(['Gamma']);
    const page = await clerk.organizations.list({ limit: 2, orderBy: 'name' });
    expect([page.data.length, page.totalCount, page.hasNextPage()]).toEqual([2, 3, true]);
    expect((await page.nextPage())!.data.map((org) => org.name)).toEqual(['Gamma']);
  });

  it('merges metadata (null removes a key) and replaces it', async () => {
    const { clerk } = fakeClerk({ seed: { organizations: [{ id: 'org_1', name: 'Acme', publicMetadata: { tier: 'gold', limits: { seats: 5 } } }] } });
    const merged = await clerk.organizations('org_1').mergeMetadata({ publicMetadata: { limits: { seats: 10, sso: true }, tier: null } });
    expect(merged.publicMetadata).toEqual({ limits: { seats: 10, sso: true } });
    const replaced = await clerk.organizations('org_1').replaceMetadata({ publicMetadata: { tier: 'silver' } });
    expect(replaced.publicMetadata).toEqual({ tier: 'silver' });
  });

  it('deletes an organization with its memberships', async () => {
    const { clerk } = fakeClerk({ seed: { ...people, organizations: [{ id: 'org_1', name: 'Acme', createdBy: 'user_ada' }] } });
    expect(await clerk.organizations('org_1').delete()).toMatchObject({ id: 'org_1', deleted: true });
    expect(await failure(clerk.organizations.get('org_1'))).toBeInstanceOf(NotFoundError);
    expect((await clerk.users('user_ada').organizationMemberships.list()).data).toEqual([]);
  });
});

describe('memberships', () => {
  it('adds a member, changes the role, updates metadata, removes the member', async () => {
    const { clerk } = fakeClerk({ seed: { ...people, organizations: [{ id: 'org_1', name: 'Acme', createdBy: 'user_ada' }] } });
    const added = await clerk.organizations('org_1').memberships.create({ userId: 'user_bob', role: 'org:member' });
    expect([added.role, added.publicUserData?.identifier, added.organization.id]).toEqual(['org:member', 'bob@example.com', 'org_1']);
    expect(added.permissions).toEqual(['org:sys_memberships:read']);
    const promoted = await clerk.organizations('org_1').memberships('user_bob').update({ role: 'org:admin' });
    expect(promoted.role).toBe('org:admin');
    const tagged = await clerk.organizations('org_1').memberships('user_bob').updateMetadata({ publicMetadata: { seat: 4 } });
    expect(tagged.publicMetadata).toEqual({ seat: 4 });
    expect((await clerk.users('user_bob').organizationMemberships.list()).data.map((membership) => membership.organization.id)).toEqual(['org_1']);
    expect((await clerk.organizations('org_1').memberships.list({ role: ['org:admin'] })).totalCount).toBe(2);
    await clerk.organizations('org_1').memberships('user_bob').delete();
    expect((await clerk.organizations('org_1').memberships.list()).data.map((member) => member.publicUserData?.userId)).toEqual(['user_ada']);
    expect((await failure(clerk.organizations('org_1').memberships('user_bob').update({ role: 'org:member' }))).status).toBe(404);
  });

  it('refuses a second membership, an unknown user, a role that is not a role key', async () => {
    const { clerk } = fakeClerk({ seed: { ...people, organizations: [{ id: 'org_1', name: 'Acme', createdBy: 'user_ada' }] } });
    expect(codeOf(await failure(clerk.organizations('org_1').memberships.create({ userId: 'user_ada', role: 'org:member' })))).toBe('already_a_member_in_organization');
    expect((await failure(clerk.organizations('org_1').memberships.create({ userId: 'user_ghost', role: 'org:member' }))).status).toBe(404);
    expect(codeOf(await failure(clerk.organizations('org_1').memberships.create({ userId: 'user_bob', role: 'admin' })))).toBe('form_param_value_invalid');
    expect((await failure(clerk.organizations('org_ghost').memberships.list())).status).toBe(404);
  });

  it('holds max_allowed_memberships, counting pending invitations', async () => {
    const { clerk } = fakeClerk({ seed: { ...people, organizations: [{ id: 'org_1', name: 'Small', createdBy: 'user_ada', maxAllowedMemberships: 2 }] } });
    await clerk.organizations('org_1').invitations.create({ emailAddress: 'dee@example.com', role: 'org:member' });
    const full = await failure(clerk.organizations('org_1').memberships.create({ userId: 'user_bob', role: 'org:member' }));
    expect([full.status, codeOf(full)]).toEqual([403, 'organization_membership_quota_exceeded']);
    await clerk.organizations('org_1').update({ maxAllowedMemberships: 0 });
    await expect(clerk.organizations('org_1').memberships.create({ userId: 'user_bob', role: 'org:member' })).resolves.toBeDefined();
  });
});

describe('organization invitations', () => {
  it('moves from pending to revoked; lists by status; refuses a second revoke and a duplicate', async () => {
    const { clerk } = fakeClerk({ seed: { ...people, organizations: [{ id: 'org_1', name: 'Acme', createdBy: 'user_ada' }] } });
    const invitation = await clerk.organizations('org_1').invitations.create({ emailAddress: 'Dee@Example.com', role: 'org:member', inviterUserId: 'user_ada' });
    expect([invitation.status, invitation.emailAddress, invitation.publicInviterData?.userId]).toEqual(['pending', 'dee@example.com', 'user_ada']);
    expect(codeOf(await failure(clerk.organizations('org_1').invitations.create({ emailAddress: 'dee@example.com', role: 'org:member' })))).toBe('organization_invitation_not_unique');
    expect(codeOf(await failure(clerk.organizations('org_1').invitations.create({ emailAddress: 'ada@example.com', role: 'org:member' })))).toBe('already_a_member_in_organization');
    expect((await clerk.organizations('org_1').invitations.listPending()).data.map((item) => item.id)).toEqual([invitation.id]);
    await invitation.revoke({ requestingUserId: 'user_ada' });
    expect(invitation.status).toBe('revoked');
    expect((await clerk.organizations('org_1').invitations.list({ status: 'revoked' })).totalCount).toBe(1);
    expect((await clerk.organizations('org_1').invitations.listPending()).totalCount).toBe(0);
    expect(codeOf(await failure(invitation.revoke()))).toBe('invitation_already_revoked');
  });

  it('is accepted by the invitee (fake.acceptInvitation): a membership with the invited role, and the invitation accepted', async () => {
    const { fake, clerk } = fakeClerk({ seed: { ...people, organizations: [{ id: 'org_1', name: 'Acme', createdBy: 'user_ada' }] } });
    const invitation = await clerk.organizations('org_1').invitations.create({ emailAddress: 'bob@example.com', role: 'org:admin' });
    expect(await fake.acceptInvitation(invitation.id)).toEqual({ userId: 'user_bob' });
    expect((await clerk.organizations('org_1').invitations(invitation.id).get()).status).toBe('accepted');
    expect((await clerk.organizations('org_1').memberships.list({ userId: ['user_bob'] })).data[0]?.role).toBe('org:admin');
    const forNewcomer = await clerk.organizations('org_1').invitations.create({ emailAddress: 'new@example.com', role: 'org:member' });
    const { userId } = await fake.acceptInvitation(forNewcomer.id);
    expect((await clerk.users.get(userId)).emailAddresses[0]!.emailAddress).toBe('new@example.com');
    await expect(fake.acceptInvitation(forNewcomer.id)).rejects.toThrow(/accepted/);
  });

  it('creates invitations in bulk, all or none', async () => {
    const { clerk } = fakeClerk({ seed: { ...people, organizations: [{ id: 'org_1', name: 'Acme', createdBy: 'user_ada' }] } });
    const made = await clerk.organizations('org_1').invitations.bulkCreate([
      { emailAddress: 'dee@example.com', role: 'org:member' },
      { emailAddress: 'eve@example.com', role: 'org:admin' },
    ]);
    expect(made.map((invitation) => invitation.emailAddress)).toEqual(['dee@example.com', 'eve@example.com']);
    await failure(clerk.organizations('org_1').invitations.bulkCreate([{ emailAddress: 'fay@example.com', role: 'org:member' }, { emailAddress: 'dee@example.com', role: 'org:member' }]));
    expect((await clerk.organizations('org_1').invitations.list()).totalCount).toBe(2);
  });
});

describe('instance invitations', () => {
  it('pending, then revoked or accepted; one pending per address; none for an address a user has', async () => {
    const { fake, clerk } = fakeClerk({ seed: people });
    const invitation = await clerk.invitations.create({ emailAddress: 'dee@example.com', publicMetadata: { plan: 'pro' } });
    expect(invitation.status).toBe('pending');
    expect(codeOf(await failure(clerk.invitations.create({ emailAddress: 'dee@example.com' })))).toBe('duplicate_record');
    expect(codeOf(await failure(clerk.invitations.create({ emailAddress: 'ada@example.com' })))).toBe('form_identifier_exists');
    await expect(clerk.invitations.create({ emailAddress: 'ada@example.com', ignoreExisting: true })).resolves.toBeDefined();
    const { userId } = await fake.acceptInvitation(invitation.id);
    const user = await clerk.users.get(userId);
    expect([user.emailAddresses[0]!.emailAddress, user.publicMetadata]).toEqual(['dee@example.com', { plan: 'pro' }]);
    expect((await clerk.invitations.list({ status: 'accepted' })).data.map((item) => item.id)).toEqual([invitation.id]);
    const other = await clerk.invitations.create({ emailAddress: 'eve@example.com' });
    const revoked = await clerk.invitations(other.id).revoke();
    expect([revoked.status, revoked.revoked]).toEqual(['revoked', true]);
    expect(codeOf(await failure(clerk.invitations(invitation.id).revoke()))).toBe('invitation_already_accepted');
  });

  it('expires past expires_at, by the fake clock', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { clerk } = fakeClerk({ now: () => now });
    await clerk.invitations.create({ emailAddress: 'dee@example.com', expiresInDays: 1 });
    now += 2 * 86_400_000;
    expect((await clerk.invitations.list()).data.map((invitation) => invitation.status)).toEqual(['expired']);
  });
});
