/**
 * Create a user, ban it and lift the ban through the record, then delete it.
 *
 * Writes: creates, bans, unbans and deletes a user.
 * Run: npm run build, then CLERK_SECRET_KEY=sk_test_… npx tsx examples/users-ban.ts
 */
import { Clerk } from 'clerk-fluent';

const clerk = new Clerk();

const user = await clerk.users.create({
  emailAddress: [`ban-example+${Date.now()}@example.com`],
  firstName: 'Ban',
  lastName: 'Example',
  skipPasswordRequirement: true,
  publicMetadata: { source: 'clerk-fluent example' }, // metadata keys are sent as written
});
console.log(`Created ${user.id} (${user.emailAddresses[0]?.emailAddress ?? 'no email'})`);

try {
  // A record carries its handle's methods; methods that answer with the same user refresh it in place.
  await user.ban();
  console.log(`Banned: user.banned is ${user.banned}`);

  await user.unban();
  console.log(`Unbanned: user.banned is ${user.banned}`);

  // The same calls through a handle, by id, with no fetch first.
  const again = await clerk.users(user.id).ban();
  console.log(`Banned again through clerk.users(id): banned is ${again.banned}`);
} finally {
  const deleted = await user.delete();
  console.log(`Deleted ${deleted.id ?? user.id}: ${deleted.deleted}`);
}
