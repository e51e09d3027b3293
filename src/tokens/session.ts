import { TokenVerificationError } from '../core/errors.js';

/** Who is acting for the user during an impersonation (the `act` claim), as written in the token. */
export interface ActorClaim {
  sub: string;
  [claim: string]: unknown;
}

/**
 * The claims of a verified session token, as written (custom claims keep their keys). Version 1
 * carries the active organization in `org_id`, `org_role`, `org_slug`, `org_permissions`; version 2
 * (`v: 2`) in the compact `o` claim. Read them through {@link SessionAuth} to get either the same way.
 */
export interface SessionClaims {
  /** The user id. */
  sub: string;
  /** The session id. */
  sid?: string;
  /** Expiry, in seconds since the epoch. */
  exp: number;
  iat?: number;
  nbf?: number;
  /** The instance's Frontend API URL. */
  iss?: string;
  /** The origin the token was issued to. */
  azp?: string;
  aud?: string | string[];
  /** The format version: 2, or absent for version 1. */
  v?: number;
  /** The session status: `active`, or `pending` while the user has tasks to complete. */
  sts?: string;
  /** Minutes since the first and second factor were last verified; -1 for never. */
  fva?: [number, number];
  act?: ActorClaim;
  /** Version 2: the active organization (`id`, `slg` slug, `rol` role without `org:`, `per`, `fpm`). */
  o?: { id?: string; slg?: string; rol?: string; per?: string; fpm?: string };
  /** Version 2: features, `scope:name` separated by commas (`o:` organization, `u:` user). */
  fea?: string;
  /** Version 2: plans, as `fea`. */
  pla?: string;
  org_id?: string;
  org_role?: string;
  org_slug?: string;
  org_permissions?: string[];
  [claim: string]: unknown;
}

/** A check of the active organization: its role, or one of its permissions (with or without `org:`). */
export type AuthorizationCheck = { role: string; permission?: never } | { permission: string; role?: never };

/** Who a verified session token stands for, the same for both session-token versions. */
export interface SessionAuth {
  readonly tokenType: 'session_token';
  readonly userId: string;
  readonly sessionId: string | null;
  /** `active`, `pending`, or `null` when the token does not say (version 1). */
  readonly sessionStatus: string | null;
  /** The active organization, or `null`. */
  readonly orgId: string | null;
  /** The role in the active organization, with its `org:` prefix (`org:admin`). */
  readonly orgRole: string | null;
  readonly orgSlug: string | null;
  /** The permissions in the active organization (`org:invoices:read`); empty without one. */
  readonly orgPermissions: readonly string[];
  /** Who is impersonating the user, or `null`. */
  readonly actor: ActorClaim | null;
  /** Minutes since the first and second factor were verified (-1: never), or `null`. */
  readonly factorVerificationAge: readonly [number, number] | null;
  /** Every claim of the token, as written. */
  readonly claims: SessionClaims;
  /**
   * Whether the user has this role or permission in the active organization. Synchronous: it reads
   * the token, nothing else.
   * @example auth.has({ permission: 'org:invoices:read' })
   */
  has(check: AuthorizationCheck): boolean;
}

class VerifiedSession implements SessionAuth {
  readonly tokenType = 'session_token';
  readonly userId: string;
  readonly sessionId: string | null;
  readonly sessionStatus: string | null;
  readonly orgId: string | null;
  readonly orgRole: string | null;
  readonly orgSlug: string | null;
  readonly orgPermissions: readonly string[];
  readonly actor: ActorClaim | null;
  readonly factorVerificationAge: readonly [number, number] | null;
  readonly claims: SessionClaims;

  constructor(claims: SessionClaims, org: Organization) {
    this.userId = claims.sub;
    this.sessionId = stringOrNull(claims.sid);
    this.sessionStatus = stringOrNull(claims.sts);
    this.orgId = org.id;
    this.orgRole = org.role;
    this.orgSlug = org.slug;
    this.orgPermissions = org.permissions;
    this.actor = isActor(claims.act) ? claims.act : null;
    this.factorVerificationAge = isFactorAge(claims.fva) ? claims.fva : null;
    this.claims = claims;
  }

  has(check: AuthorizationCheck): boolean {
    if (!this.orgId || check === null || typeof check !== 'object') return false;
    const { role, permission } = check as { role?: unknown; permission?: unknown };
    if (role === undefined && permission === undefined) return false;
    if (role !== undefined && (typeof role !== 'string' || !this.orgRole || withOrgPrefix(role) !== withOrgPrefix(this.orgRole))) {
      return false;
    }
    if (permission !== undefined && (typeof permission !== 'string' || !this.orgPermissions.includes(withOrgPrefix(permission)))) {
      return false;
    }
    return true;
  }
}

interface Organization {
  id: string | null;
  role: string | null;
  slug: string | null;
  permissions: readonly string[];
}

const NO_ORGANIZATION: Organization = { id: null, role: null, slug: null, permissions: [] };

/** The session behind verified claims; a version this release does not know is refused. */
export function sessionAuth(claims: SessionClaims): SessionAuth {
  if (claims.v === undefined || claims.v === 1) return new VerifiedSession(claims, organizationV1(claims));
  if (claims.v === 2) return new VerifiedSession(claims, organizationV2(claims));
  throw new TokenVerificationError(
    'token-invalid',
    `The session token is of version ${JSON.stringify(claims.v)}; this release reads versions 1 and 2.`,
  );
}

function organizationV1(claims: SessionClaims): Organization {
  const id = stringOrNull(claims.org_id);
  if (!id) return NO_ORGANIZATION;
  const permissions = Array.isArray(claims.org_permissions) ? claims.org_permissions.filter((item) => typeof item === 'string') : [];
  return { id, role: stringOrNull(claims.org_role), slug: stringOrNull(claims.org_slug), permissions };
}

/**
 * Version 2 compacts the organization: `o.rol` is the role without `org:`, `o.per` the permission
 * names, and `o.fpm` one number per organization feature (the `o:` entries of `fea`, in order)
 * whose bits, lowest first, say which of those names that feature grants: `org:<feature>:<name>`.
 */
function organizationV2(claims: SessionClaims): Organization {
  const o = claims.o;
  const id = o && typeof o === 'object' ? stringOrNull(o.id) : null;
  if (!o || !id) return NO_ORGANIZATION;
  const role = stringOrNull(o.rol);
  return { id, role: role ? `org:${role}` : null, slug: stringOrNull(o.slg), permissions: permissionsV2(claims.fea, o.per, o.fpm) };
}

function permissionsV2(features: unknown, names: unknown, maps: unknown): string[] {
  if (typeof features !== 'string' || typeof names !== 'string' || typeof maps !== 'string' || !names || !maps) return [];
  const orgFeatures = features
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.includes(':') && ['o', 'ou', 'uo'].includes(entry.slice(0, entry.indexOf(':'))))
    .map((entry) => entry.slice(entry.indexOf(':') + 1));
  const permissionNames = names.split(',').map((name) => name.trim());
  const bitmaps = maps.split(',').map((map) => map.trim());
  const permissions: string[] = [];
  orgFeatures.forEach((feature, index) => {
    const map = bitmaps[index];
    if (!map || !/^\d+$/.test(map)) return;
    let bits = BigInt(map);
    for (let bit = 0; bits > 0n && bit < permissionNames.length; bit++, bits >>= 1n) {
      if (bits & 1n) permissions.push(`org:${feature}:${permissionNames[bit]}`);
    }
  });
  return permissions;
}

function withOrgPrefix(value: string): string {
  return value.startsWith('org:') ? value : `org:${value}`;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function isActor(value: unknown): value is ActorClaim {
  return value !== null && typeof value === 'object' && typeof (value as { sub?: unknown }).sub === 'string';
}

function isFactorAge(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((item) => typeof item === 'number');
}
