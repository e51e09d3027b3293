/**
 * Records as Clerk answers with them (wire form): the objects every resource file and the webhook
 * payloads share. A user's identifications are looked up here, so an answer always shows the
 * current ones.
 */
import type { IdentificationRecord, MembershipRecord, OrganizationRecord, UserRecord } from './records.js';
import type { Store } from './store.js';

type Kind = IdentificationRecord['kind'];

/** The identifications of a user of one kind, in the order they were added. */
export function identificationsOf(store: Store, userId: string, kind: Kind): IdentificationRecord[] {
  const records: IdentificationRecord[] = [];
  for (const id of store.identificationsOfUser.get(userId) ?? []) {
    const record = store.identifications.get(id);
    if (record?.kind === kind) records.push(record);
  }
  return records;
}

export function primaryValue(store: Store, user: UserRecord, kind: Kind): string | null {
  const id = kind === 'email_address' ? user.primary_email_address_id : user.primary_phone_number_id;
  return id ? (store.identifications.get(id)?.value ?? null) : null;
}

function verification(record: IdentificationRecord): Record<string, unknown> {
  if (record.verified) return { object: 'verification_admin', status: 'verified', strategy: 'admin', attempts: null, expire_at: null };
  return {
    object: 'verification_otp',
    status: 'unverified',
    strategy: record.kind === 'email_address' ? 'email_code' : 'phone_code',
    attempts: null,
    expire_at: null,
  };
}

export function serializeIdentification(store: Store, record: IdentificationRecord): Record<string, unknown> {
  const common = {
    id: record.id,
    object: record.kind,
    [record.kind]: record.value,
    reserved: false,
    verification: verification(record),
    linked_to: [],
    created_at: record.created_at,
    updated_at: record.updated_at,
  };
  if (record.kind === 'email_address') return { ...common, matches_sso_connection: false };
  const user = store.users.get(record.user_id);
  return { ...common, reserved_for_second_factor: record.reserved_for_second_factor, default_second_factor: record.reserved_for_second_factor && user?.primary_phone_number_id === record.id };
}


/** The image Clerk serves for an object without an uploaded one. */
export function imageUrl(id: string): string {
  return `https://img.clerk.com/${btoa(JSON.stringify({ type: 'default', src: id }))}`;
}

export function serializeUser(store: Store, user: UserRecord): Record<string, unknown> {
  return {
    id: user.id,
    object: 'user',
    external_id: user.external_id,
    primary_email_address_id: user.primary_email_address_id,
    primary_phone_number_id: user.primary_phone_number_id,
    primary_web3_wallet_id: null,
    username: user.username,
    first_name: user.first_name,
    last_name: user.last_name,
    locale: user.locale,
    profile_image_url: imageUrl(user.id),
    image_url: imageUrl(user.id),
    has_image: user.has_image,
    public_metadata: user.public_metadata,
    private_metadata: user.private_metadata,
    unsafe_metadata: user.unsafe_metadata,
    email_addresses: identificationsOf(store, user.id, 'email_address').map((record) => serializeIdentification(store, record)),
    phone_numbers: identificationsOf(store, user.id, 'phone_number').map((record) => serializeIdentification(store, record)),
    web3_wallets: [],
    passkeys: [],
    password_enabled: user.password !== null,
    two_factor_enabled: user.totp_enabled || user.backup_code_enabled || identificationsOf(store, user.id, 'phone_number').some((phone) => phone.reserved_for_second_factor),
    totp_enabled: user.totp_enabled,
    backup_code_enabled: user.backup_code_enabled,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    password_last_updated_at: user.password_last_updated_at,
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    last_sign_in_at: user.last_sign_in_at,
    banned: user.banned,
    locked: user.locked,
    deprovisioned: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: 100,
    updated_at: user.updated_at,
    created_at: user.created_at,
    delete_self_enabled: user.delete_self_enabled,
    create_organization_enabled: user.create_organization_enabled,
    create_organizations_limit: user.create_organizations_limit,
    last_active_at: user.last_active_at,
    legal_accepted_at: user.legal_accepted_at,
    bypass_client_trust: user.bypass_client_trust,
  };
}

/** The permissions of Clerk's built-in roles; custom roles have none until given some. */
export const ROLE_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  'org:admin': [
    'org:sys_profile:manage',
    'org:sys_profile:delete',
    'org:sys_memberships:read',
    'org:sys_memberships:manage',
    'org:sys_domains:read',
    'org:sys_domains:manage',
  ],
  'org:member': ['org:sys_memberships:read'],
};

export function roleName(role: string): string {
  const key = role.replace(/^org:/, '');
  return key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
}

export function membershipPermissions(membership: MembershipRecord): string[] {
  return [...new Set([...(ROLE_PERMISSIONS[membership.role] ?? []), ...membership.extra_permissions])];
}

/** An organization; `members_count` only when asked for (`include_members_count`), as Clerk does. */
export function serializeOrganization(store: Store, organization: OrganizationRecord, options: { membersCount?: boolean } = {}): Record<string, unknown> {
  const members = store.membershipsOfOrganization.get(organization.id)?.size ?? 0;
  let pending = 0;
  for (const invitation of store.organizationInvitations.values()) {
    if (invitation.organization_id === organization.id && invitation.status === 'pending') pending++;
  }
  return {
    object: 'organization',
    id: organization.id,
    name: organization.name,
    slug: organization.slug,
    image_url: imageUrl(organization.id),
    has_image: organization.has_image,
    ...(options.membersCount ? { members_count: members, missing_member_with_elevated_permissions: false } : {}),
    pending_invitations_count: pending,
    max_allowed_memberships: organization.max_allowed_memberships,
    admin_delete_enabled: organization.admin_delete_enabled,
    public_metadata: organization.public_metadata,
    private_metadata: organization.private_metadata,
    ...(organization.created_by ? { created_by: organization.created_by } : {}),
    created_at: organization.created_at,
    updated_at: organization.updated_at,
    role_set_key: organization.role_set_key,
  };
}

export function publicUserData(store: Store, user: UserRecord): Record<string, unknown> {
  return {
    user_id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    profile_image_url: imageUrl(user.id),
    image_url: imageUrl(user.id),
    has_image: user.has_image,
    identifier: primaryValue(store, user, 'email_address') ?? user.username ?? primaryValue(store, user, 'phone_number') ?? user.id,
    username: user.username,
    banned: user.banned,
    deprovisioned: false,
  };
}

export function serializeMembership(store: Store, membership: MembershipRecord): Record<string, unknown> {
  const organization = store.organizations.get(membership.organization_id)!;
  const user = store.users.get(membership.user_id);
  return {
    id: membership.id,
    object: 'organization_membership',
    role: membership.role,
    role_name: roleName(membership.role),
    permissions: membershipPermissions(membership),
    public_metadata: membership.public_metadata,
    private_metadata: membership.private_metadata,
    organization: serializeOrganization(store, organization),
    ...(user ? { public_user_data: publicUserData(store, user) } : {}),
    created_at: membership.created_at,
    updated_at: membership.updated_at,
  };
}
