/**
 * What the fake remembers, one record type per kind of object, in wire form (snake_case, times in
 * milliseconds). Answers are built from these by the serializers of each resource file; fields
 * Clerk derives (a user's email objects, an organization's member count) are computed there.
 */
import type { JsonObject } from '../wire.js';

export interface UserRecord {
  id: string;
  external_id: string | null;
  first_name: string | null;
  last_name: string | null;
  username: string | null;
  locale: string | null;
  /** The password as set: the fake compares it as is (Clerk stores a hash; nothing here is secret). */
  password: string | null;
  password_last_updated_at: number | null;
  primary_email_address_id: string | null;
  primary_phone_number_id: string | null;
  public_metadata: JsonObject;
  private_metadata: JsonObject;
  unsafe_metadata: JsonObject;
  banned: boolean;
  locked: boolean;
  totp_enabled: boolean;
  backup_code_enabled: boolean;
  has_image: boolean;
  delete_self_enabled: boolean;
  create_organization_enabled: boolean;
  create_organizations_limit: number | null;
  bypass_client_trust: boolean;
  legal_accepted_at: number | null;
  last_sign_in_at: number | null;
  last_active_at: number | null;
  created_at: number;
  updated_at: number;
}

/** An email address or a phone number of a user: Clerk calls both identifications. */
export interface IdentificationRecord {
  id: string;
  kind: 'email_address' | 'phone_number';
  user_id: string;
  value: string;
  verified: boolean;
  reserved_for_second_factor: boolean;
  created_at: number;
  updated_at: number;
}

export interface OrganizationRecord {
  id: string;
  name: string;
  slug: string;
  public_metadata: JsonObject;
  private_metadata: JsonObject;
  max_allowed_memberships: number;
  admin_delete_enabled: boolean;
  has_image: boolean;
  created_by: string | null;
  role_set_key: string | null;
  created_at: number;
  updated_at: number;
}

export interface MembershipRecord {
  id: string;
  organization_id: string;
  user_id: string;
  role: string;
  /** Permissions beyond those of the role (custom ones, for tests of `has({ permission })`). */
  extra_permissions: string[];
  public_metadata: JsonObject;
  private_metadata: JsonObject;
  created_at: number;
  updated_at: number;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface OrganizationInvitationRecord {
  id: string;
  organization_id: string;
  email_address: string;
  role: string;
  status: InvitationStatus;
  inviter_id: string | null;
  public_metadata: JsonObject;
  private_metadata: JsonObject;
  redirect_url: string | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface InvitationRecord {
  id: string;
  email_address: string;
  public_metadata: JsonObject;
  status: InvitationStatus;
  redirect_url: string | null;
  expires_at: number | null;
  created_at: number;
  updated_at: number;
}

export type SessionStatus = 'active' | 'revoked' | 'ended' | 'expired' | 'removed' | 'abandoned' | 'replaced' | 'pending';

export interface SessionRecord {
  id: string;
  user_id: string;
  client_id: string;
  status: SessionStatus;
  actor: JsonObject | null;
  last_active_organization_id: string | null;
  last_active_at: number;
  expire_at: number;
  abandon_at: number;
  created_at: number;
  updated_at: number;
}

export type TokenStatus = 'pending' | 'accepted' | 'revoked';

export interface SignInTokenRecord {
  id: string;
  user_id: string;
  status: TokenStatus;
  token: string;
  expires_at: number;
  created_at: number;
  updated_at: number;
}

export interface ActorTokenRecord {
  id: string;
  user_id: string;
  actor: JsonObject;
  status: TokenStatus;
  token: string;
  expires_at: number;
  created_at: number;
  updated_at: number;
}

export interface JwtTemplateRecord {
  id: string;
  name: string;
  claims: JsonObject;
  lifetime: number;
  allowed_clock_skew: number;
  custom_signing_key: boolean;
  signing_algorithm: string;
  created_at: number;
  updated_at: number;
}

export interface ListedIdentifierRecord {
  id: string;
  identifier: string;
  identifier_type: 'email_address' | 'phone_number' | 'web3_wallet';
  created_at: number;
  updated_at: number;
}

export interface RedirectUrlRecord {
  id: string;
  url: string;
  created_at: number;
  updated_at: number;
}

export interface MachineRecord {
  id: string;
  name: string;
  secret_key: string;
  default_token_ttl: number;
  /** Machines this one may reach (`scoped_machines`), by id. */
  scoped_machine_ids: string[];
  created_at: number;
  updated_at: number;
}

export interface ApiKeyRecord {
  id: string;
  secret: string;
  type: string;
  name: string;
  subject: string;
  description: string | null;
  claims: unknown;
  scopes: string[];
  revoked: boolean;
  revocation_reason: string | null;
  expiration: number | null;
  created_by: string | null;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
}

export interface M2MTokenRecord {
  id: string;
  token: string;
  subject: string;
  claims: unknown;
  scopes: string[];
  revoked: boolean;
  revocation_reason: string | null;
  expiration: number | null;
  last_used_at: number | null;
  created_at: number;
  updated_at: number;
}
