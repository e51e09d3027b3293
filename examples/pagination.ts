/**
 * The ways to page through a list: one page, page by page, every item, a capped array, read-ahead.
 *
 * Read-only.
 * Run: npm run build, then CLERK_SECRET_KEY=sk_test_… npx tsx examples/pagination.ts
 */
import { Clerk } from 'clerk-fluent';

const clerk = new Clerk();

// `await` a list: one page. Lists that report a total give `totalCount`; `GET /users` does not.
const page = await clerk.organizations.list({ limit: 10 });
console.log(`One page: ${page.data.length} organizations of ${page.totalCount ?? 'an unknown number'}; more: ${page.hasNextPage()}`);
const next = await page.nextPage(); // null at the end
console.log(`The page after it: ${next ? `${next.data.length} organizations` : 'none'}`);

// `.pages()`: page after page. Without a `limit`, each page is the largest the API allows (500 here).
let pages = 0;
for await (const { data } of clerk.users.list().pages()) {
  console.log(`Page ${++pages}: ${data.length} users`);
  if (pages === 3) break;
}

// `.toArray({ max })`: collect into an array; `max` is required, so a huge list cannot fill memory.
const recent = await clerk.users.list({ orderBy: '-created_at' }).toArray({ max: 25 });
console.log(`toArray: ${recent.length} users (at most 25)`);

// `for await` over items. Users page with the `starting_after` cursor, so users created or deleted
// meanwhile are neither skipped nor repeated.
let users = 0;
for await (const user of clerk.users.list({ orderBy: '-created_at' })) {
  users++;
  if (user.banned) console.log(`  banned: ${user.id}`);
  if (users === 1000) break;
}
console.log(`for await: ${users} users seen`);

// Read-ahead: for offset lists that report a total, fetch up to 4 pages at once; items stay in order.
let organizations = 0;
for await (const organization of clerk.organizations.list({ orderBy: 'name', includeMembersCount: true }, { concurrency: 4 })) {
  organizations++;
  if (organization.membersCount === 0) console.log(`  empty: ${organization.name}`);
}
console.log(`Read-ahead: ${organizations} organizations`);
