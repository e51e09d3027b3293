/** Both session-token formats read the same through `auth`, and `has()` answers from the token alone. */
import { beforeAll, describe, expect, it } from 'vitest';
import { authenticateRequest, type SessionAuth } from '../../src/index.js';
import { makeKey, mintSession, type TestKey } from './mint.js';

let key: TestKey;
beforeAll(async () => {
  key = await makeKey();
});

async function authOf(claims: Record<string, unknown>, options: { without?: string[] } = {}): Promise<SessionAuth> {
  const token = await mintSession(key, claims, options);
  const state = await authenticateRequest({ headers: { authorization: `Bearer ${token}` } }, { jwtKey: key.pem });
  if (state.status !== 'signed-in') throw new Error(`signed out: ${state.reason} ${state.message}`);
  return state.auth;
}

const v1Org = { org_id: 'org_1', org_role: 'org:admin', org_slug: 'acme', org_permissions: ['org:invoices:read', 'org:invoices:manage', 'org:members:read'] };
// The same organization in version 2: features invoices (read + manage = bits 0 and 1 = 3) and members (read = 1).
const v2Org = { o: { id: 'org_1', rol: 'admin', slg: 'acme', per: 'read,manage', fpm: '3,1' }, fea: 'o:invoices,u:profile,o:members' };

describe('session tokens, version 1 and version 2', () => {
  it('normalise to the same auth', async () => {
    const v1 = await authOf({ v: undefined, sts: undefined, ...v1Org }, { without: ['v', 'sts'] });
    const v2 = await authOf({ v: 2, ...v2Org });
    for (const auth of [v1, v2]) {
      expect(auth).toMatchObject({
        tokenType: 'session_token',
        userId: 'user_1',
        sessionId: 'sess_1',
        orgId: 'org_1',
        orgRole: 'org:admin',
        orgSlug: 'acme',
        factorVerificationAge: [3, -1],
        actor: null,
      });
      expect([...auth.orgPermissions].sort()).toEqual(['org:invoices:manage', 'org:invoices:read', 'org:members:read']);
    }
    expect(v1.sessionStatus).toBeNull();
    expect(v2.sessionStatus).toBe('active');
  });

  it('without an active organization: nulls and no permissions', async () => {
    for (const auth of [await authOf({ v: 1 }), await authOf({ v: 2 })]) {
      expect(auth).toMatchObject({ orgId: null, orgRole: null, orgSlug: null, orgPermissions: [] });
      expect(auth.has({ role: 'org:admin' })).toBe(false);
      expect(auth.has({ permission: 'org:invoices:read' })).toBe(false);
    }
  });

  it('version 2: permissions follow the bits of each organization feature, lowest bit first', async () => {
    const auth = await authOf({ o: { id: 'org_1', rol: 'member', per: 'a,b,c,d', fpm: '10,0,9' }, fea: 'o:f1,o:f2,ou:f3,u:user_only' });
    expect(auth.orgPermissions).toEqual(['org:f1:b', 'org:f1:d', 'org:f3:a', 'org:f3:d']);
    const many = Array.from({ length: 70 }, (_, index) => `p${index}`);
    const wide = await authOf({ o: { id: 'org_1', rol: 'member', per: many.join(','), fpm: (2n ** 69n + 1n).toString() }, fea: 'o:big' });
    expect(wide.orgPermissions).toEqual(['org:big:p0', 'org:big:p69']);
    const malformed = await authOf({ o: { id: 'org_1', rol: 'member', per: 'a', fpm: 'x,1' }, fea: 'nocolon,o:f1,o:f2' });
    expect(malformed.orgPermissions).toEqual(['org:f2:a']);
  });

  it('refuses a session-token version this release does not know', async () => {
    const token = await mintSession(key, { v: 3 });
    const state = await authenticateRequest({ headers: { authorization: `Bearer ${token}` } }, { jwtKey: key.pem });
    expect(state).toMatchObject({ status: 'signed-out', tokenType: 'session_token', reason: 'token-invalid' });
  });

  it('keeps user claims and the actor as written', async () => {
    const act = { sub: 'user_support', iss: 'https://dashboard.clerk.com', Custom_Key: { snake_case: 1 } };
    const auth = await authOf({ act, metadata: { Plan_Tier: 'pro', 'x-y': true } });
    expect(auth.actor).toEqual(act);
    expect(auth.claims.metadata).toEqual({ Plan_Tier: 'pro', 'x-y': true });
  });
});

describe('auth.has()', () => {
  it('checks the role and permissions of the active organization, with or without the org: prefix', async () => {
    for (const auth of [await authOf(v1Org, { without: ['v'] }), await authOf(v2Org)]) {
      expect(auth.has({ role: 'org:admin' })).toBe(true);
      expect(auth.has({ role: 'admin' })).toBe(true);
      expect(auth.has({ role: 'org:member' })).toBe(false);
      expect(auth.has({ permission: 'org:invoices:read' })).toBe(true);
      expect(auth.has({ permission: 'invoices:manage' })).toBe(true);
      expect(auth.has({ permission: 'org:members:manage' })).toBe(false);
      expect(auth.has({} as never)).toBe(false);
      expect(auth.has({ role: 42 } as never)).toBe(false);
      expect(auth.has(null as never)).toBe(false);
    }
  });

  it('is synchronous', async () => {
    const auth = await authOf(v2Org);
    expect(typeof auth.has({ role: 'org:admin' })).toBe('boolean');
  });
});
