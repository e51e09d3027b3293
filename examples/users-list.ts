/**
 * List users, newest first, and search them, with `for await`.
 *
 * Read-only.
 * Run: npm run build, then CLERK_SECRET_KEY=sk_test_… npx tsx examples/users-list.ts [search words]
 */
import { Clerk } from 'clerk-fluent';

const clerk = new Clerk(); // reads CLERK_SECRET_KEY (and CLERK_API_URL when set)

console.log(`The instance has ${await clerk.users.count()} users.`);

// `for await` walks the pages for you; breaking out of the loop requests nothing more.
console.log('The 5 newest:');
let newest = 0;
for await (const user of clerk.users.list({ orderBy: '-created_at', limit: 5 })) {
  const email = user.emailAddresses[0]?.emailAddress ?? '(no email)';
  console.log(`  ${user.id}  ${email}  created ${new Date(user.createdAt).toLocaleDateString('en-CA')}`);
  if (++newest === 5) break;
}

// `query` looks in email addresses, phone numbers, usernames, web3 wallets, ids and names.
const query = process.argv.slice(2).join(' ') || 'ada';
console.log(`Users matching "${query}": ${await clerk.users.count({ query })}, the first 10 by first name:`);
let found = 0;
for await (const user of clerk.users.list({ query, orderBy: '+first_name' })) {
  const name = [user.firstName, user.lastName].filter(Boolean).join(' ') || '(no name)';
  console.log(`  ${user.id}  ${name}`);
  if (++found === 10) break;
}
