import { z } from 'zod';
import { fakeUser } from './fixture-tmp.js';
import { fromWire } from '../src/core/casing.js';
import * as S from '../src/generated/schemas.js';
function time(label: string, fn: () => unknown, n = 200) {
  for (let i = 0; i < 50; i++) fn();
  const t = performance.now(); for (let i = 0; i < n; i++) fn(); const ms = (performance.now() - t) / n;
  console.log(label.padEnd(40), ms.toFixed(3), 'ms'); return ms;
}
const users = fromWire(Array.from({ length: 500 }, (_, i) => fakeUser(i)), S.UserKeys) as any[];
const empty = users.map((u) => ({ ...u, emailAddresses: [], externalAccounts: [] }));
const A = z.array(S.UserSchema());
time('User full, reused', () => A.safeParse(users));
time('User, arrays emptied', () => A.safeParse(empty));
const keys = Object.keys(S.UserSchema().shape);
console.log(keys.length, 'fields');
// per-field cost: build a schema with only scalar fields of User
const shape = S.UserSchema().shape as Record<string, z.ZodType>;
const scalar = Object.fromEntries(Object.entries(shape).filter(([k]) => !['emailAddresses','externalAccounts','phoneNumbers','web3Wallets','passkeys','samlAccounts','enterpriseAccounts','organizationMemberships','scim','publicMetadata','privateMetadata','unsafeMetadata'].includes(k)));
const B = z.array(z.looseObject(scalar));
time('User scalars only', () => B.safeParse(empty));
const C = z.array(z.object(scalar));
time('User scalars only z.object', () => C.safeParse(empty));
