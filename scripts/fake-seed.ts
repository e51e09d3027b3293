/**
 * The instance `npm run demo` and `npm run fake` start with: people, organizations with members
 * and a pending invitation, a JWT template and an allowlist, dated over the last months so lists,
 * counts and orderings print like a small real instance's.
 */
import type { FakeClerkSeed, SeedUser } from '../src/testing/index.js';

const PEOPLE: ReadonlyArray<readonly [first: string, last: string]> = [
  ['Ada', 'Lovelace'],
  ['Charles', 'Babbage'],
  ['Grace', 'Hopper'],
  ['Alan', 'Turing'],
  ['Katherine', 'Johnson'],
  ['Edsger', 'Dijkstra'],
  ['Barbara', 'Liskov'],
  ['Donald', 'Knuth'],
  ['Margaret', 'Hamilton'],
  ['Ken', 'Thompson'],
  ['Frances', 'Allen'],
  ['Dennis', 'Ritchie'],
  ['Radia', 'Perlman'],
  ['Tim', 'Berners-Lee'],
  ['Shafi', 'Goldwasser'],
  ['Leslie', 'Lamport'],
  ['Adele', 'Goldberg'],
  ['John', 'McCarthy'],
  ['Hedy', 'Lamarr'],
  ['Claude', 'Shannon'],
  ['Annie', 'Easley'],
  ['Niklaus', 'Wirth'],
  ['Joan', 'Clarke'],
  ['Vint', 'Cerf'],
];

const DAY = 86_400_000;
/** A fixed point the seed's dates count back from, so the demo prints the same dates every run. */
const SEEDED_UNTIL = Date.UTC(2026, 4, 12, 9, 30);

function person([first, last]: readonly [string, string], index: number): SeedUser {
  const handle = `${first}.${last}`.toLowerCase().replace(/[^a-z.]/g, '');
  const createdAt = SEEDED_UNTIL - (PEOPLE.length - index) * 4 * DAY - index * 3_600_000;
  return {
    id: `user_demo_${handle.replace('.', '_')}`,
    firstName: first,
    lastName: last,
    emailAddress: [`${handle}@example.com`],
    username: handle.replace('.', '_'),
    password: `${handle}-correct-horse`,
    externalId: `crm-${1000 + index}`,
    publicMetadata: { plan: index % 3 === 0 ? 'pro' : 'free' },
    createdAt: new Date(createdAt).toISOString(),
    lastSignInAt: createdAt + 2 * DAY,
    // One account the examples can find banned.
    banned: first === 'Hedy' ? true : undefined,
  };
}

const users = PEOPLE.map(person);
const id = (first: string) => users.find((user) => user.firstName === first)!.id!;

export const demoSeed: FakeClerkSeed = {
  users,
  organizations: [
    {
      id: 'org_demo_analytical_engines',
      name: 'Analytical Engines',
      slug: 'analytical-engines',
      createdBy: id('Ada'),
      members: [
        { userId: id('Charles'), role: 'org:admin' },
        { userId: id('Grace'), role: 'org:member' },
        { userId: id('Katherine'), role: 'org:member' },
      ],
      invitations: [{ emailAddress: 'joan.clarke+engines@example.com', role: 'org:member' }],
    },
    {
      id: 'org_demo_bletchley',
      name: 'Bletchley Park',
      slug: 'bletchley-park',
      createdBy: id('Alan'),
      members: [{ userId: id('Joan'), role: 'org:member' }, { userId: id('Claude'), role: 'org:member' }],
    },
    {
      id: 'org_demo_bell_labs',
      name: 'Bell Labs',
      slug: 'bell-labs',
      createdBy: id('Ken'),
      members: [{ userId: id('Dennis'), role: 'org:admin' }],
      maxAllowedMemberships: 10,
    },
  ],
  invitations: [{ emailAddress: 'alan.kay@example.com' }],
  jwtTemplates: [{ name: 'supabase', claims: { role: 'authenticated', email: '{{user.primary_email_address}}' } }],
  allowlistIdentifiers: [{ identifier: '*@example.com' }],
  redirectUrls: [{ url: 'https://app.example.com/sso-callback' }],
};
