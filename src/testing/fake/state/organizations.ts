/**
 * Organizations with their memberships and invitations: slugs unique, the creator its first admin,
 * `max_allowed_memberships` counting members and pending invitations, metadata merged or
 * replaced, invitations that move from pending to accepted, revoked or expired.
 */
import type { Call, Core, Handlers } from '../core.js';
import { errors } from '../errors.js';
import type { JsonObject } from '../wire.js';
import { containsText, envelope, pageOf, pagingOf, sortBy, stringList, type SortKey } from './lists.js';
import { applyMetadata, type MetadataField } from './metadata.js';
import type { InvitationStatus, MembershipRecord, OrganizationInvitationRecord, OrganizationRecord } from './records.js';
import { pairKey, type Store } from './store.js';
import { identificationsOf, primaryValue, publicUserData, serializeMembership, serializeOrganization } from './views.js';

const ORGANIZATION_METADATA: readonly MetadataField[] = ['public_metadata', 'private_metadata'];
const DEFAULT_INVITATION_DAYS = 30;
const DAY_MS = 86_400_000;
const ROLE = /^org:[a-z0-9_]+$/;

export function findOrganization(store: Store, idOrSlug: string): OrganizationRecord {
  const organization = store.organizations.get(idOrSlug) ?? store.organizations.get(store.organizationBySlug.get(idOrSlug) ?? '');
  if (!organization) throw errors.notFound('organization', idOrSlug);
  return organization;
}

function slugFrom(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'organization';
}

function checkSlug(store: Store, slug: string, ownerId: string | undefined): void {
  if (!/^[a-z0-9][a-z0-9_-]*$/.test(slug)) throw errors.paramFormat('slug', 'may hold only lower-case letters, digits, - and _');
  const holder = store.organizationBySlug.get(slug);
  if (holder !== undefined && holder !== ownerId) throw errors.identifierExists('slug', 'slug');
}

function checkRole(role: string): void {
  if (!ROLE.test(role)) throw errors.paramValue('role', `must be a role key such as org:admin or org:member, got ${JSON.stringify(role)}`);
}

/** Creates an organization from a `POST /organizations` body; the creator (if any) becomes its admin. */
export function createOrganization(core: Core, body: Readonly<Record<string, unknown>>, id?: string): OrganizationRecord {
  const { store } = core;
  if (id !== undefined && store.organizations.has(id)) throw errors.identifierExists('id', 'organization id');
  const name = body.name as string;
  if (name.trim() === '') throw errors.paramValue('name', 'must not be empty');
  let slug: string;
  if (typeof body.slug === 'string') {
    slug = body.slug;
    checkSlug(store, slug, undefined);
  } else {
    const base = slugFrom(name);
    slug = base;
    while (store.organizationBySlug.has(slug)) slug = `${base}-${core.random.base62(6).toLowerCase()}`;
  }
  const creatorId = typeof body.created_by === 'string' ? body.created_by : null;
  if (creatorId !== null && !store.users.has(creatorId)) throw errors.creatorNotFound(creatorId);
  const at = typeof body.created_at === 'string' ? Date.parse(body.created_at) : core.clock.stamp();
  core.clock.observe(at);
  const organization: OrganizationRecord = {
    id: id ?? core.random.id('org'),
    name,
    slug,
    public_metadata: structuredClone((body.public_metadata as JsonObject | null | undefined) ?? {}),
    private_metadata: structuredClone((body.private_metadata as JsonObject | null | undefined) ?? {}),
    max_allowed_memberships: (body.max_allowed_memberships as number | null | undefined) ?? 0,
    admin_delete_enabled: true,
    has_image: false,
    created_by: creatorId,
    role_set_key: (body.role_set_key as string | null | undefined) ?? null,
    created_at: at,
    updated_at: at,
  };
  store.organizations.set(organization.id, organization);
  store.organizationBySlug.set(slug, organization.id);
  if (creatorId !== null) addMembership(core, organization, creatorId, 'org:admin', {}, { skipQuota: true });
  return organization;
}

function pendingInvitations(store: Store, organizationId: string, now: number): OrganizationInvitationRecord[] {
  return [...store.organizationInvitations.values()].filter((invitation) => invitation.organization_id === organizationId && statusOf(invitation, now) === 'pending');
}

function checkQuota(core: Core, organization: OrganizationRecord, adding: number): void {
  const max = organization.max_allowed_memberships;
  if (max <= 0) return;
  const members = core.store.membershipsOfOrganization.get(organization.id)?.size ?? 0;
  if (members + pendingInvitations(core.store, organization.id, core.clock.now()).length + adding > max) throw errors.membershipQuotaExceeded(max);
}

export function addMembership(
  core: Core,
  organization: OrganizationRecord,
  userId: string,
  role: string,
  metadata: Partial<Record<MetadataField, JsonObject>>,
  options: { skipQuota?: boolean; permissions?: string[] } = {},
): MembershipRecord {
  const { store } = core;
  checkRole(role);
  if (!store.users.has(userId)) throw errors.notFound('user', userId);
  if (store.membershipByPair.has(pairKey(organization.id, userId))) throw errors.alreadyMember(userId);
  if (!options.skipQuota) checkQuota(core, organization, 1);
  const at = core.clock.stamp();
  const membership: MembershipRecord = {
    id: core.random.id('orgmem'),
    organization_id: organization.id,
    user_id: userId,
    role,
    extra_permissions: options.permissions ?? [],
    public_metadata: structuredClone(metadata.public_metadata ?? {}),
    private_metadata: structuredClone(metadata.private_metadata ?? {}),
    created_at: at,
    updated_at: at,
  };
  store.memberships.set(membership.id, membership);
  store.membershipByPair.set(pairKey(organization.id, userId), membership.id);
  index(store.membershipsOfOrganization, organization.id).add(membership.id);
  index(store.membershipsOfUser, userId).add(membership.id);
  return membership;
}

function index(map: Map<string, Set<string>>, key: string): Set<string> {
  let set = map.get(key);
  if (!set) {
    set = new Set();
    map.set(key, set);
  }
  return set;
}

function removeMembership(store: Store, membership: MembershipRecord): void {
  store.memberships.delete(membership.id);
  store.membershipByPair.delete(pairKey(membership.organization_id, membership.user_id));
  store.membershipsOfOrganization.get(membership.organization_id)?.delete(membership.id);
  store.membershipsOfUser.get(membership.user_id)?.delete(membership.id);
}

function findMembership(store: Store, organization: OrganizationRecord, userId: string): MembershipRecord {
  const id = store.membershipByPair.get(pairKey(organization.id, userId));
  if (!id) throw errors.notFound('organization membership', userId);
  return store.memberships.get(id)!;
}

/** An invitation's status now: a pending one past its `expires_at` has expired. */
function statusOf(invitation: { status: InvitationStatus; expires_at: number | null }, now: number): InvitationStatus {
  if (invitation.status === 'pending' && invitation.expires_at !== null && invitation.expires_at <= now) invitation.status = 'expired';
  return invitation.status;
}

export { statusOf as invitationStatus };

function serializeInvitation(core: Core, invitation: OrganizationInvitationRecord): Record<string, unknown> {
  const inviter = invitation.inviter_id ? core.store.users.get(invitation.inviter_id) : undefined;
  return {
    object: 'organization_invitation',
    id: invitation.id,
    email_address: invitation.email_address,
    role: invitation.role,
    role_name: roleLabel(invitation.role),
    organization_id: invitation.organization_id,
    inviter_id: invitation.inviter_id,
    public_inviter_data: inviter ? publicUserData(core.store, inviter) : null,
    status: statusOf(invitation, core.clock.now()),
    public_metadata: invitation.public_metadata,
    private_metadata: invitation.private_metadata,
    url: invitation.redirect_url,
    expires_at: invitation.expires_at,
    created_at: invitation.created_at,
    updated_at: invitation.updated_at,
  };
}

function roleLabel(role: string): string {
  const key = role.replace(/^org:/, '');
  return key.charAt(0).toUpperCase() + key.slice(1).replace(/_/g, ' ');
}

export function createOrganizationInvitation(
  core: Core,
  organization: OrganizationRecord,
  body: Readonly<Record<string, unknown>>,
  seeded: { id?: string; status?: InvitationStatus } = {},
): OrganizationInvitationRecord {
  const { store } = core;
  const email = (body.email_address as string).toLowerCase();
  const role = body.role as string;
  checkRole(role);
  if (!/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email)) throw errors.paramFormat('email_address', 'must be a valid email address');
  const inviterId = typeof body.inviter_user_id === 'string' ? body.inviter_user_id : null;
  if (inviterId !== null && !store.users.has(inviterId)) throw errors.resourceMissing('inviter_user_id');
  const status = seeded.status ?? 'pending';
  if (status === 'pending') {
    const now = core.clock.now();
    if (pendingInvitations(store, organization.id, now).some((invitation) => invitation.email_address === email)) throw errors.invitationNotUnique();
    for (const membershipId of store.membershipsOfOrganization.get(organization.id) ?? []) {
      const userId = store.memberships.get(membershipId)!.user_id;
      if (identificationsOf(store, userId, 'email_address').some((record) => record.value === email)) throw errors.alreadyMember(email);
    }
    checkQuota(core, organization, 1);
  }
  const at = core.clock.stamp();
  const days = typeof body.expires_in_days === 'number' ? body.expires_in_days : DEFAULT_INVITATION_DAYS;
  const invitation: OrganizationInvitationRecord = {
    id: seeded.id ?? core.random.id('orginv'),
    organization_id: organization.id,
    email_address: email,
    role,
    status,
    inviter_id: inviterId,
    public_metadata: structuredClone((body.public_metadata as JsonObject | null | undefined) ?? {}),
    private_metadata: structuredClone((body.private_metadata as JsonObject | null | undefined) ?? {}),
    redirect_url: (body.redirect_url as string | null | undefined) ?? null,
    expires_at: at + days * DAY_MS,
    created_at: at,
    updated_at: at,
  };
  store.organizationInvitations.set(invitation.id, invitation);
  return invitation;
}

/**
 * The invitee accepting: the fake's stand-in for the sign-in through the invitation link. The user
 * with the invited email address becomes a member with the invited role.
 */
export function acceptOrganizationInvitation(core: Core, invitation: OrganizationInvitationRecord, userId: string): void {
  const organization = core.store.organizations.get(invitation.organization_id)!;
  const membership = addMembership(core, organization, userId, invitation.role, { public_metadata: invitation.public_metadata }, { skipQuota: true });
  invitation.status = 'accepted';
  invitation.updated_at = core.clock.stamp();
  core.emit('organizationInvitation.accepted', { ...serializeInvitation(core, invitation), user_id: userId, data: { public_organization_data: publicOrganizationData(organization) } });
  core.emit('organizationMembership.created', serializeMembership(core.store, membership));
}

function publicOrganizationData(organization: OrganizationRecord): Record<string, unknown> {
  return { id: organization.id, name: organization.name, slug: organization.slug, has_image: organization.has_image };
}

function organizationAnswer(core: Core, organization: OrganizationRecord, query: Readonly<Record<string, unknown>> = {}): Record<string, unknown> {
  return serializeOrganization(core.store, organization, { membersCount: query.include_members_count === true });
}

function touched(core: Core, organization: OrganizationRecord): Record<string, unknown> {
  organization.updated_at = core.clock.stamp();
  const answer = organizationAnswer(core, organization);
  core.emit('organization.updated', answer);
  return answer;
}

function listOrganizations(call: Call, core: Core): unknown {
  const { store } = core;
  let organizations = [...store.organizations.values()];
  const query = call.query.query;
  if (typeof query === 'string' && query !== '') organizations = organizations.filter((org) => containsText(org.name, query) || containsText(org.slug, query) || containsText(org.id, query));
  const userIds = stringList(call.query.user_id);
  if (userIds) organizations = organizations.filter((org) => userIds.some((userId) => store.membershipByPair.has(pairKey(org.id, userId))));
  const organizationIds = stringList(call.query.organization_id);
  if (organizationIds) organizations = organizations.filter((org) => organizationIds.includes(org.id));
  const keys: Record<string, SortKey<OrganizationRecord>> = {
    name: (org) => org.name,
    created_at: (org) => org.created_at,
    members_count: (org) => store.membershipsOfOrganization.get(org.id)?.size ?? 0,
  };
  const sorted = sortBy(organizations, typeof call.query.order_by === 'string' ? call.query.order_by : '-created_at', keys);
  return envelope(pageOf(sorted, pagingOf(call.query)).map((org) => organizationAnswer(core, org, call.query)), sorted.length);
}

function membershipKeys(store: Store): Record<string, SortKey<MembershipRecord>> {
  const user = (membership: MembershipRecord) => store.users.get(membership.user_id);
  return {
    created_at: (membership) => membership.created_at,
    first_name: (membership) => user(membership)?.first_name,
    last_name: (membership) => user(membership)?.last_name,
    username: (membership) => user(membership)?.username,
    email_address: (membership) => (user(membership) ? primaryValue(store, user(membership)!, 'email_address') : null),
    phone_number: (membership) => (user(membership) ? primaryValue(store, user(membership)!, 'phone_number') : null),
  };
}

function listMemberships(call: Call, core: Core, memberships: MembershipRecord[]): unknown {
  const { store } = core;
  const userOf = (membership: MembershipRecord) => store.users.get(membership.user_id)!;
  const filters: Array<(membership: MembershipRecord) => boolean> = [];
  const exact = (name: string, read: (membership: MembershipRecord) => string[]) => {
    const wanted = stringList(call.query[name])?.map((value) => value.toLowerCase());
    if (wanted) filters.push((membership) => read(membership).some((value) => wanted.includes(value.toLowerCase())));
  };
  exact('user_id', (membership) => [membership.user_id]);
  exact('role', (membership) => [membership.role]);
  exact('email_address', (membership) => identificationsOf(store, membership.user_id, 'email_address').map((record) => record.value));
  exact('phone_number', (membership) => identificationsOf(store, membership.user_id, 'phone_number').map((record) => record.value));
  exact('username', (membership) => [userOf(membership).username ?? '']);
  if (stringList(call.query.web3_wallet)) filters.push(() => false);
  const partial = (name: string, read: (membership: MembershipRecord) => Array<string | null>) => {
    const text = call.query[name];
    if (typeof text === 'string' && text !== '') filters.push((membership) => read(membership).some((value) => containsText(value, text)));
  };
  const names = (membership: MembershipRecord) => [userOf(membership).first_name, userOf(membership).last_name];
  const emails = (membership: MembershipRecord) => identificationsOf(store, membership.user_id, 'email_address').map((record) => record.value);
  partial('query', (membership) => [membership.user_id, userOf(membership).username, ...names(membership), ...emails(membership)]);
  partial('email_address_query', emails);
  partial('phone_number_query', (membership) => identificationsOf(store, membership.user_id, 'phone_number').map((record) => record.value));
  partial('username_query', (membership) => [userOf(membership).username]);
  partial('name_query', names);
  for (const [name, before] of [
    ['created_at_before', true],
    ['created_at_after', false],
  ] as const) {
    const at = call.query[name];
    if (typeof at === 'number') filters.push((membership) => (before ? membership.created_at < at : membership.created_at > at));
  }
  for (const [name, before] of [
    ['last_active_at_before', true],
    ['last_active_at_after', false],
  ] as const) {
    const at = call.query[name];
    if (typeof at === 'number') {
      filters.push((membership) => {
        const active = userOf(membership).last_active_at;
        return active !== null && (before ? active < at : active > at);
      });
    }
  }
  const selected = memberships.filter((membership) => filters.every((filter) => filter(membership)));
  const sorted = sortBy(selected, typeof call.query.order_by === 'string' ? call.query.order_by : '-created_at', membershipKeys(store));
  return envelope(pageOf(sorted, pagingOf(call.query)).map((membership) => serializeMembership(store, membership)), sorted.length);
}

function membershipsOf(store: Store, ids: Iterable<string> | undefined): MembershipRecord[] {
  return [...(ids ?? [])].map((id) => store.memberships.get(id)!);
}

function listInvitations(call: Call, core: Core, organization: OrganizationRecord, onlyPending: boolean): unknown {
  const now = core.clock.now();
  let invitations = [...core.store.organizationInvitations.values()].filter((invitation) => invitation.organization_id === organization.id);
  const statuses = onlyPending ? ['pending'] : stringList(call.query.status);
  if (statuses) invitations = invitations.filter((invitation) => statuses.includes(statusOf(invitation, now)));
  if (typeof call.query.email_address === 'string') invitations = invitations.filter((invitation) => invitation.email_address === (call.query.email_address as string).toLowerCase());
  const sorted = sortBy(invitations, typeof call.query.order_by === 'string' ? call.query.order_by : '-created_at', {
    created_at: (invitation) => invitation.created_at,
    email_address: (invitation) => invitation.email_address,
  });
  return envelope(pageOf(sorted, pagingOf(call.query)).map((invitation) => serializeInvitation(core, invitation)), sorted.length);
}

function findInvitation(store: Store, organization: OrganizationRecord, invitationId: string): OrganizationInvitationRecord {
  const invitation = store.organizationInvitations.get(invitationId);
  if (!invitation || invitation.organization_id !== organization.id) throw errors.notFound('organization invitation', invitationId);
  return invitation;
}

function inviteOne(core: Core, organization: OrganizationRecord, body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const invitation = createOrganizationInvitation(core, organization, body);
  const answer = serializeInvitation(core, invitation);
  core.emit('organizationInvitation.created', answer);
  return answer;
}

export const organizationHandlers: Handlers = {
  ListOrganizations: listOrganizations,
  CreateOrganization: (call, core) => {
    const organization = createOrganization(core, call.body);
    const answer = organizationAnswer(core, organization);
    core.emit('organization.created', answer);
    const creatorMembership = organization.created_by ? core.store.membershipByPair.get(pairKey(organization.id, organization.created_by)) : undefined;
    if (creatorMembership) core.emit('organizationMembership.created', serializeMembership(core.store, core.store.memberships.get(creatorMembership)!));
    return answer;
  },
  GetOrganization: (call, core) => organizationAnswer(core, findOrganization(core.store, call.params.organization_id!), call.query),
  UpdateOrganization: (call, core) => {
    const { store } = core;
    const organization = findOrganization(store, call.params.organization_id!);
    const body = call.body;
    if (typeof body.slug === 'string' && body.slug !== organization.slug) {
      checkSlug(store, body.slug, organization.id);
      store.organizationBySlug.delete(organization.slug);
      organization.slug = body.slug;
      store.organizationBySlug.set(organization.slug, organization.id);
    }
    if (typeof body.name === 'string') organization.name = body.name;
    if (typeof body.max_allowed_memberships === 'number') organization.max_allowed_memberships = body.max_allowed_memberships;
    if (typeof body.admin_delete_enabled === 'boolean') organization.admin_delete_enabled = body.admin_delete_enabled;
    if (body.role_set_key !== undefined) organization.role_set_key = body.role_set_key as string | null;
    if (typeof body.created_at === 'string') organization.created_at = Date.parse(body.created_at);
    return touched(core, organization);
  },
  MergeOrganizationMetadata: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    applyMetadata(organization, call.body, 'merge', ORGANIZATION_METADATA);
    return touched(core, organization);
  },
  ReplaceOrganizationMetadata: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    applyMetadata(organization, call.body, 'replace', ORGANIZATION_METADATA);
    return touched(core, organization);
  },
  DeleteOrganization: (call, core) => {
    const { store } = core;
    const organization = findOrganization(store, call.params.organization_id!);
    for (const membership of membershipsOf(store, store.membershipsOfOrganization.get(organization.id))) removeMembership(store, membership);
    store.membershipsOfOrganization.delete(organization.id);
    for (const invitation of [...store.organizationInvitations.values()]) if (invitation.organization_id === organization.id) store.organizationInvitations.delete(invitation.id);
    store.organizations.delete(organization.id);
    store.organizationBySlug.delete(organization.slug);
    const answer = { object: 'organization', id: organization.id, slug: organization.slug, deleted: true };
    core.emit('organization.deleted', answer);
    return answer;
  },
  UploadOrganizationLogo: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    organization.has_image = true;
    return touched(core, organization);
  },
  DeleteOrganizationLogo: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    organization.has_image = false;
    return touched(core, organization);
  },

  CreateOrganizationMembership: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    const membership = addMembership(core, organization, call.body.user_id as string, call.body.role as string, call.body as Partial<Record<MetadataField, JsonObject>>);
    const answer = serializeMembership(core.store, membership);
    core.emit('organizationMembership.created', answer);
    return answer;
  },
  ListOrganizationMemberships: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    return listMemberships(call, core, membershipsOf(core.store, core.store.membershipsOfOrganization.get(organization.id)));
  },
  InstanceGetOrganizationMemberships: (call, core) => listMemberships(call, core, [...core.store.memberships.values()]),
  UsersGetOrganizationMemberships: (call, core) => {
    if (!core.store.users.has(call.params.user_id!)) throw errors.notFound('user', call.params.user_id!);
    return listMemberships(call, core, membershipsOf(core.store, core.store.membershipsOfUser.get(call.params.user_id!)));
  },
  UpdateOrganizationMembership: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    const membership = findMembership(core.store, organization, call.params.user_id!);
    checkRole(call.body.role as string);
    membership.role = call.body.role as string;
    membership.updated_at = core.clock.stamp();
    const answer = serializeMembership(core.store, membership);
    core.emit('organizationMembership.updated', answer);
    return answer;
  },
  UpdateOrganizationMembershipMetadata: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    const membership = findMembership(core.store, organization, call.params.user_id!);
    applyMetadata(membership, call.body, 'merge', ORGANIZATION_METADATA);
    membership.updated_at = core.clock.stamp();
    const answer = serializeMembership(core.store, membership);
    core.emit('organizationMembership.updated', answer);
    return answer;
  },
  DeleteOrganizationMembership: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    const membership = findMembership(core.store, organization, call.params.user_id!);
    const answer = serializeMembership(core.store, membership);
    removeMembership(core.store, membership);
    core.emit('organizationMembership.deleted', answer);
    return answer;
  },

  CreateOrganizationInvitation: (call, core) => inviteOne(core, findOrganization(core.store, call.params.organization_id!), call.body),
  CreateOrganizationInvitationBulk: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    const created: string[] = [];
    try {
      const answers = (call.payload as Array<Record<string, unknown>>).map((body) => {
        const answer = inviteOne(core, organization, body);
        created.push(answer.id as string);
        return answer;
      });
      return envelope(answers, answers.length);
    } catch (error) {
      // All or nothing: the invitations made before the one refused are taken back.
      for (const id of created) core.store.organizationInvitations.delete(id);
      throw error;
    }
  },
  ListOrganizationInvitations: (call, core) => listInvitations(call, core, findOrganization(core.store, call.params.organization_id!), false),
  ListPendingOrganizationInvitations: (call, core) => listInvitations(call, core, findOrganization(core.store, call.params.organization_id!), true),
  GetOrganizationInvitation: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    return serializeInvitation(core, findInvitation(core.store, organization, call.params.invitation_id!));
  },
  RevokeOrganizationInvitation: (call, core) => {
    const organization = findOrganization(core.store, call.params.organization_id!);
    const invitation = findInvitation(core.store, organization, call.params.invitation_id!);
    const status = statusOf(invitation, core.clock.now());
    if (status === 'accepted') throw errors.invitationAlreadyAccepted();
    if (status === 'revoked') throw errors.invitationAlreadyRevoked();
    invitation.status = 'revoked';
    invitation.updated_at = core.clock.stamp();
    const answer = serializeInvitation(core, invitation);
    core.emit('organizationInvitation.revoked', answer);
    return answer;
  },
  UsersGetOrganizationInvitations: (call, core) => {
    const { store } = core;
    if (!store.users.has(call.params.user_id!)) throw errors.notFound('user', call.params.user_id!);
    const emails = new Set(identificationsOf(store, call.params.user_id!, 'email_address').map((record) => record.value));
    const now = core.clock.now();
    const status = typeof call.query.status === 'string' ? call.query.status : undefined;
    const invitations = [...store.organizationInvitations.values()].filter((invitation) => emails.has(invitation.email_address) && (status === undefined || statusOf(invitation, now) === status));
    return envelope(pageOf(invitations, pagingOf(call.query)).map((invitation) => serializeInvitation(core, invitation)), invitations.length);
  },
};
