// The app bundled for the bundle-size figure: list every user with clerk-fluent.
import { Clerk } from 'clerk-fluent';

const clerk = new Clerk();
for await (const user of clerk.users.list()) {
  console.log(user.id, user.emailAddresses[0]?.emailAddress);
}
