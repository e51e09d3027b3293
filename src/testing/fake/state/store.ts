import type {
  ActorTokenRecord,
  ApiKeyRecord,
  IdentificationRecord,
  InvitationRecord,
  JwtTemplateRecord,
  ListedIdentifierRecord,
  M2MTokenRecord,
  MachineRecord,
  MembershipRecord,
  OrganizationInvitationRecord,
  OrganizationRecord,
  RedirectUrlRecord,
  SessionRecord,
  SignInTokenRecord,
  UserRecord,
} from './records.js';

/**
 * Every record of one fake, by id, in creation order (Maps keep insertion order, which is the
 * order lists fall back on), with the indexes that uniqueness checks and lookups need.
 */
export class Store {
  readonly users = new Map<string, UserRecord>();
  readonly identifications = new Map<string, IdentificationRecord>();
  readonly organizations = new Map<string, OrganizationRecord>();
  readonly memberships = new Map<string, MembershipRecord>();
  readonly organizationInvitations = new Map<string, OrganizationInvitationRecord>();
  readonly invitations = new Map<string, InvitationRecord>();
  readonly sessions = new Map<string, SessionRecord>();
  readonly signInTokens = new Map<string, SignInTokenRecord>();
  readonly actorTokens = new Map<string, ActorTokenRecord>();
  readonly jwtTemplates = new Map<string, JwtTemplateRecord>();
  readonly allowlist = new Map<string, ListedIdentifierRecord>();
  readonly blocklist = new Map<string, ListedIdentifierRecord>();
  readonly redirectUrls = new Map<string, RedirectUrlRecord>();
  readonly machines = new Map<string, MachineRecord>();
  readonly apiKeys = new Map<string, ApiKeyRecord>();
  readonly m2mTokens = new Map<string, M2MTokenRecord>();

  /** Identification id by normalised value (`email_address:ada@example.com`). */
  readonly identificationByValue = new Map<string, string>();
  /** User id by lower-cased username. */
  readonly userByUsername = new Map<string, string>();
  /** Organization id by slug. */
  readonly organizationBySlug = new Map<string, string>();
  /** Identification ids of each user, in the order they were added. */
  readonly identificationsOfUser = new Map<string, string[]>();
  /** Membership id by `organization_id user_id`. */
  readonly membershipByPair = new Map<string, string>();
  /** Membership ids of each organization and of each user. */
  readonly membershipsOfOrganization = new Map<string, Set<string>>();
  readonly membershipsOfUser = new Map<string, Set<string>>();
}

export function identificationKey(kind: IdentificationRecord['kind'], value: string): string {
  return `${kind}:${normalizeIdentifier(kind, value)}`;
}

/** Email addresses compare without case; phone numbers as written. */
export function normalizeIdentifier(kind: IdentificationRecord['kind'], value: string): string {
  return kind === 'email_address' ? value.toLowerCase() : value;
}

export function pairKey(organizationId: string, userId: string): string {
  return `${organizationId} ${userId}`;
}
