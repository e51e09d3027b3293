import { z } from 'zod';
import { fakeUser } from './fixture-tmp.js';
import { fromWire } from '../src/core/casing.js';
import * as S from '../src/generated/schemas.js';
const users = fromWire(Array.from({ length: 500 }, (_, i) => fakeUser(i)), S.UserKeys) as any[];
function time(label: string, fn: () => unknown, n = 100) {
  for (let i = 0; i < 30; i++) fn();
  const t = performance.now(); for (let i = 0; i < n; i++) fn(); const ms = (performance.now() - t) / n;
  console.log(label.padEnd(40), ms.toFixed(3), 'ms'); return ms;
}
const emails = users.flatMap((u) => u.emailAddresses);
const ext = users.flatMap((u) => u.externalAccounts);
const verifs = emails.map((e) => e.verification);
time(`emails x${emails.length}`, () => z.array(S.EmailAddressSchema()).safeParse(emails));
time(`ext x${ext.length}`, () => z.array(S.ExternalAccountWithVerificationSchema()).safeParse(ext));
time(`verifs x${verifs.length}`, () => z.array(S.VerificationOtpSchema()).safeParse(verifs));
const du = z.discriminatedUnion('object', [S.VerificationOtpSchema(), S.VerificationAdminSchema()]);
time(`verifs du x${verifs.length}`, () => z.array(du).safeParse(verifs));
const un = z.union([du, z.looseObject({object: z.string()})]);
time(`verifs du+fallback x${verifs.length}`, () => z.array(un).safeParse(verifs));
const stripUser = S.UserSchema().omit({ emailAddresses: true, externalAccounts: true, phoneNumbers: true, web3Wallets: true, passkeys: true, samlAccounts: true, enterpriseAccounts: true });
time('user minus arrays', () => z.array(stripUser).safeParse(users));
time('user full', () => z.array(S.UserSchema()).safeParse(users));
console.log(z.config?.())
const base = stripUser.omit({ publicMetadata: true, privateMetadata: true, unsafeMetadata: true });
time('user minus arrays minus metadata', () => z.array(base).safeParse(users));
const withAny = base.extend({ publicMetadata: z.any(), privateMetadata: z.any(), unsafeMetadata: z.any() });
time('... metadata as any', () => z.array(withAny).safeParse(users));
const withObj = base.extend({ publicMetadata: z.looseObject({}), privateMetadata: z.looseObject({}).nullable().optional(), unsafeMetadata: z.looseObject({}).optional() });
time('... metadata as looseObject({})', () => z.array(withObj).safeParse(users));
const withRec = base.extend({ publicMetadata: z.record(z.string(), z.unknown()) });
time('... one record', () => z.array(withRec).safeParse(users));
