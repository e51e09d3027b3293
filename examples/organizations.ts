/**
 * An organization with its nested memberships and invitations: create, add a member, change a
 * role, invite by email, list, revoke, and clean up.
 *
 * Writes: creates two users and an organization, changes memberships and invitations, deletes them.
 * Run: npm run build, then CLERK_SECRET_KEY=sk_test_… npx tsx examples/organizations.ts
 */
import { Clerk } from 'clerk-fluent';

const clerk = new Clerk();
const stamp = Date.now();

const ada = await clerk.users.create({ emailAddress: [`ada+${stamp}@example.com`], firstName: 'Ada', skipPasswordRequirement: true });
const bob = await clerk.users.create({ emailAddress: [`bob+${stamp}@example.com`], firstName: 'Bob', skipPasswordRequirement: true });
console.log(`Created users ${ada.id} and ${bob.id}`);

// The creator becomes the organization's first admin.
const org = await clerk.organizations.create({ name: `Acme ${stamp}`, createdBy: ada.id });
console.log(`Created organization ${org.id} (${org.name})`);

try {
  // Nested collections hang off the handle, `clerk.organizations(id)`, and off the record alike.
  const membership = await clerk.organizations(org.id).memberships.create({ userId: bob.id, role: 'org:member' });
  console.log(`Added ${bob.id} as ${membership.role}`);

  // One membership, by user id: `/organizations/{organization_id}/memberships/{user_id}`.
  const promoted = await org.memberships(bob.id).update({ role: 'org:admin' });
  console.log(`Changed ${bob.id}'s role to ${promoted.role}`);

  console.log('Members:');
  for await (const member of org.memberships.list()) {
    console.log(`  ${member.publicUserData?.identifier ?? member.publicUserData?.userId ?? member.id}  ${member.role}`);
  }

  const invitation = await org.invitations.create({ emailAddress: `carol+${stamp}@example.com`, role: 'org:member', inviterUserId: ada.id });
  console.log(`Invited ${invitation.emailAddress} (${invitation.status ?? 'status unknown'})`);

  console.log('Pending invitations:');
  for await (const pending of org.invitations.list({ status: 'pending' })) {
    console.log(`  ${pending.id}  ${pending.emailAddress}  ${pending.role}`);
  }

  // An invitation record revokes itself; the record refreshes from the answer.
  await invitation.revoke({ requestingUserId: ada.id });
  console.log(`Revoked the invitation: status is now ${invitation.status}`);
} finally {
  await org.delete();
  await Promise.all([ada.delete(), bob.delete()]);
  console.log('Deleted the organization and both users');
}
