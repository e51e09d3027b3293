/**
 * The same tokens through clerk-fluent's verifyToken and @clerk/backend's (the peer), side by side.
 * Both accept or both refuse, except where clerk-fluent is deliberately stricter: those cases are
 * listed here, and the README's table ("Compared with the peer's verifyToken") has a row for each.
 */
import { readFileSync } from 'node:fs';
import { verifyToken as peerVerifyToken } from '@clerk/backend';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { verifyToken } from '../../src/index.js';
import { AZP, b64url, ISSUER, M2M_CATEGORY, makeKey, mint, mintSession, nowSeconds, PUBLISHABLE_KEY, sessionClaims, signRaw, type TestKey } from './mint.js';
import { createHmac } from 'node:crypto';

type Outcome = 'accepted' | 'refused';

interface Case {
  name: string;
  token: () => Promise<string>;
  options?: Record<string, unknown>;
  /** Milliseconds since the epoch to verify at. */
  at?: number;
  fluent: Outcome;
  peer: Outcome;
  /** For a case where the two differ: the README row that explains it. */
  readme?: string;
}

let key: TestKey;
let other: TestKey;
beforeAll(async () => {
  [key, other] = await Promise.all([makeKey('ins_peer'), makeKey('ins_peer_other')]);
});
afterEach(() => vi.useRealTimers());

const T = 1_800_000_000;
const timed = { iat: T - 30, nbf: T - 30, exp: T + 60 };

const cases: Case[] = [
  { name: 'a valid session token, version 2', token: () => mintSession(key), fluent: 'accepted', peer: 'accepted' },
  { name: 'a valid session token, version 1', token: () => mintSession(key, { v: undefined, org_id: 'org_1' }, { without: ['v'] }), fluent: 'accepted', peer: 'accepted' },
  { name: 'no typ header', token: () => mintSession(key, {}, { header: { typ: undefined } }), fluent: 'accepted', peer: 'accepted' },
  { name: 'signed by another key', token: () => mintSession(other), fluent: 'refused', peer: 'refused' },
  { name: 'payload changed after signing', token: async () => { const [h, , s] = (await mintSession(key)).split('.'); return `${h}.${b64url(sessionClaims({ sub: 'user_admin' }))}.${s}`; }, fluent: 'refused', peer: 'refused' },
  { name: 'alg none', token: async () => `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(sessionClaims())}.`, fluent: 'refused', peer: 'refused' },
  { name: 'HS256 with the public key as secret', token: async () => { const part = `${b64url({ alg: 'HS256', typ: 'JWT' })}.${b64url(sessionClaims())}`; return `${part}.${createHmac('sha256', key.pem).update(part).digest('base64url')}`; }, fluent: 'refused', peer: 'refused' },
  { name: 'RS384 signed by the right key', token: () => signRaw(key, { alg: 'RS384', kid: key.kid, typ: 'JWT' }, sessionClaims(), 'sha384'), fluent: 'refused', peer: 'refused' },
  { name: 'an OAuth access token (typ at+jwt)', token: () => mintSession(key, {}, { header: { typ: 'at+jwt' } }), fluent: 'refused', peer: 'refused' },
  { name: 'an M2M token (M2M category)', token: () => mint(key, { sub: 'mch_1', exp: nowSeconds() + 60 }, { header: { cat: M2M_CATEGORY } }), fluent: 'refused', peer: 'refused' },
  { name: 'a machine subject without the M2M category', token: () => mint(key, { sub: 'mch_1', exp: nowSeconds() + 60 }), fluent: 'refused', peer: 'accepted', readme: 'machine subject' },
  { name: 'an unknown token category', token: () => mintSession(key, {}, { header: { cat: 'cl_unknown' } }), fluent: 'refused', peer: 'accepted', readme: 'unknown category' },
  { name: 'a crit header', token: () => signRaw(key, { alg: 'RS256', kid: key.kid, crit: ['exp'], exp: 1 }, sessionClaims()), fluent: 'refused', peer: 'accepted', readme: '`crit`' },
  { name: 'base64 padding in the signature', token: async () => `${await mintSession(key)}==`, fluent: 'refused', peer: 'accepted', readme: 'padding' },
  { name: 'longer than 16 KB', token: () => mintSession(key, { padding: 'x'.repeat(17_000) }), fluent: 'refused', peer: 'accepted', readme: '16 KB' },
  { name: 'no sub', token: () => mintSession(key, {}, { without: ['sub'] }), fluent: 'refused', peer: 'refused' },
  { name: 'an empty sub', token: () => mintSession(key, { sub: '' }), fluent: 'refused', peer: 'accepted', readme: 'empty `sub`' },
  { name: 'no exp', token: () => mintSession(key, {}, { without: ['exp'] }), fluent: 'refused', peer: 'refused' },
  { name: 'exp + skew − 1 ms', token: () => mintSession(key, timed), at: (T + 60) * 1000 + 4_999, fluent: 'accepted', peer: 'accepted' },
  { name: 'exp + skew', token: () => mintSession(key, timed), at: (T + 60) * 1000 + 5_000, fluent: 'refused', peer: 'refused' },
  { name: 'nbf − skew', token: () => mintSession(key, { ...timed, nbf: T }), at: T * 1000 - 5_000, fluent: 'accepted', peer: 'accepted' },
  { name: 'nbf − skew − 1 ms', token: () => mintSession(key, { ...timed, nbf: T }), at: T * 1000 - 5_001, fluent: 'refused', peer: 'refused' },
  { name: 'iat − skew − 1 ms', token: () => mintSession(key, { ...timed, iat: T }), at: T * 1000 - 5_001, fluent: 'refused', peer: 'refused' },
  { name: 'exp with a 0 ms skew', token: () => mintSession(key, timed), options: { clockSkewInMs: 0 }, at: (T + 60) * 1000, fluent: 'refused', peer: 'refused' },
  { name: 'azp listed', token: () => mintSession(key), options: { authorizedParties: [AZP] }, fluent: 'accepted', peer: 'accepted' },
  { name: 'azp not listed', token: () => mintSession(key), options: { authorizedParties: ['https://evil.example.com'] }, fluent: 'refused', peer: 'refused' },
  { name: 'azp missing', token: () => mintSession(key, {}, { without: ['azp'] }), options: { authorizedParties: [AZP] }, fluent: 'refused', peer: 'refused' },
  { name: 'aud matching', token: () => mintSession(key, { aud: 'api' }), options: { audience: 'api' }, fluent: 'accepted', peer: 'accepted' },
  { name: 'aud not matching', token: () => mintSession(key, { aud: 'web' }), options: { audience: 'api' }, fluent: 'refused', peer: 'refused' },
  { name: 'aud missing when an audience is expected', token: () => mintSession(key), options: { audience: 'api' }, fluent: 'refused', peer: 'accepted', readme: '`aud` missing' },
  { name: 'iss of another instance, publishable key given', token: () => mintSession(key, { iss: 'https://other.clerk.accounts.dev' }), options: { publishableKey: PUBLISHABLE_KEY }, fluent: 'refused', peer: 'accepted', readme: '`iss`' },
  { name: 'iss of this instance, publishable key given', token: () => mintSession(key, { iss: ISSUER }), options: { publishableKey: PUBLISHABLE_KEY }, fluent: 'accepted', peer: 'accepted' },
];

async function outcome(verify: () => Promise<unknown>): Promise<Outcome> {
  try {
    await verify();
    return 'accepted';
  } catch {
    return 'refused';
  }
}

describe('clerk-fluent and @clerk/backend verifyToken, side by side', () => {
  it.each(cases)('$name: clerk-fluent $fluent, the peer $peer', async (testCase) => {
    const token = await testCase.token();
    if (testCase.at !== undefined) {
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(testCase.at);
    }
    const options = { jwtKey: key.pem, ...testCase.options };
    const results = {
      fluent: await outcome(() => verifyToken(token, options)),
      peer: await outcome(() => peerVerifyToken(token, options)),
    };
    expect(results).toEqual({ fluent: testCase.fluent, peer: testCase.peer });
  });

  it('differ only where clerk-fluent is stricter, and the README says why for each', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const table = readme.slice(readme.indexOf('Compared with the peer'), readme.indexOf('## Configuration'));
    const differing = cases.filter((testCase) => testCase.fluent !== testCase.peer);
    expect(differing.every((testCase) => testCase.fluent === 'refused' && testCase.readme)).toBe(true);
    for (const testCase of differing) expect(table, testCase.name).toMatch(new RegExp(`^\\| [^|]*${testCase.readme!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'm'));
  });
});
