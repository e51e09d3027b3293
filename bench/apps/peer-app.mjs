// The app bundled for the bundle-size figure: list every user with @clerk/backend, paging by hand.
import { createClerkClient } from '@clerk/backend';

const clerk = createClerkClient({ secretKey: process.env.CLERK_SECRET_KEY });
for (let offset = 0; ; offset += 500) {
  const { data, totalCount } = await clerk.users.getUserList({ limit: 500, offset });
  for (const user of data) console.log(user.id, user.emailAddresses[0]?.emailAddress);
  if (data.length < 500 || offset + data.length >= totalCount) break;
}
