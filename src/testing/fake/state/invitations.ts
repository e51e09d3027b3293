/**
 * Instance invitations (`/invitations`): one pending invitation per email address, none for an
 * address a user already has (unless `ignore_existing`), revoked while pending, accepted when the
 * invitee signs up (`fake.acceptInvitation`), expired past `expires_at`.
 */
import type { Call, Core, Handlers } from '../core.js';
import { errors } from '../errors.js';
import type { JsonObject } from '../wire.js';
import { containsText, pageOf, pagingOf, sortBy, stringList } from './lists.js';
import { invitationStatus } from './organizations.js';
import type { InvitationRecord, InvitationStatus } from './records.js';
import { identificationKey, type Store } from './store.js';

const DEFAULT_INVITATION_DAYS = 30;
const DAY_MS = 86_400_000;
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function createInvitation(core: Core, body: Readonly<Record<string, unknown>>, seeded: { id?: string; status?: InvitationStatus } = {}): InvitationRecord {
  const { store } = core;
  const email = (body.email_address as string).toLowerCase();
  if (!EMAIL.test(email)) throw errors.paramFormat('email_address', 'must be a valid email address');
  const status = seeded.status ?? 'pending';
  if (status === 'pending' && body.ignore_existing !== true) {
    const now = core.clock.now();
    if ([...store.invitations.values()].some((invitation) => invitation.email_address === email && invitationStatus(invitation, now) === 'pending')) {
      throw errors.duplicateInvitation(email);
    }
    if (store.identificationByValue.has(identificationKey('email_address', email))) throw errors.identifierExists('email_address', 'email address');
  }
  const at = core.clock.stamp();
  const days = typeof body.expires_in_days === 'number' ? body.expires_in_days : DEFAULT_INVITATION_DAYS;
  const invitation: InvitationRecord = {
    id: seeded.id ?? core.random.id('inv'),
    email_address: email,
    public_metadata: structuredClone((body.public_metadata as JsonObject | undefined) ?? {}),
    status,
    redirect_url: (body.redirect_url as string | undefined) ?? null,
    expires_at: at + days * DAY_MS,
    created_at: at,
    updated_at: at,
  };
  store.invitations.set(invitation.id, invitation);
  return invitation;
}

export function serializeInvitation(core: Core, invitation: InvitationRecord): Record<string, unknown> {
  const status = invitationStatus(invitation, core.clock.now());
  return {
    object: 'invitation',
    id: invitation.id,
    email_address: invitation.email_address,
    public_metadata: invitation.public_metadata,
    revoked: status === 'revoked',
    status,
    url: `https://${core.instance.frontendApi}/v1/tickets/accept?ticket=${invitation.id}`,
    expires_at: invitation.expires_at,
    created_at: invitation.created_at,
    updated_at: invitation.updated_at,
  };
}

function findInvitation(store: Store, id: string): InvitationRecord {
  const invitation = store.invitations.get(id);
  if (!invitation) throw errors.notFound('invitation', id);
  return invitation;
}

function listInvitations(call: Call, core: Core): unknown[] {
  const now = core.clock.now();
  let invitations = [...core.store.invitations.values()];
  const statuses = stringList(call.query.status);
  if (statuses) invitations = invitations.filter((invitation) => statuses.includes(invitationStatus(invitation, now)));
  const query = call.query.query;
  if (typeof query === 'string' && query !== '') invitations = invitations.filter((invitation) => containsText(invitation.email_address, query));
  const sorted = sortBy(invitations, typeof call.query.order_by === 'string' ? call.query.order_by : '-created_at', {
    created_at: (invitation) => invitation.created_at,
    email_address: (invitation) => invitation.email_address,
    expires_at: (invitation) => invitation.expires_at,
  });
  return pageOf(sorted, pagingOf(call.query)).map((invitation) => serializeInvitation(core, invitation));
}

export const invitationHandlers: Handlers = {
  ListInvitations: listInvitations,
  CreateInvitation: (call, core) => serializeInvitation(core, createInvitation(core, call.body)),
  CreateBulkInvitations: (call, core) => {
    const created: string[] = [];
    try {
      return (call.payload as Array<Record<string, unknown>>).map((body) => {
        const invitation = createInvitation(core, body);
        created.push(invitation.id);
        return serializeInvitation(core, invitation);
      });
    } catch (error) {
      for (const id of created) core.store.invitations.delete(id);
      throw error;
    }
  },
  RevokeInvitation: (call, core) => {
    const invitation = findInvitation(core.store, call.params.invitation_id!);
    const status = invitationStatus(invitation, core.clock.now());
    if (status === 'accepted') throw errors.invitationAlreadyAccepted();
    if (status === 'revoked') throw errors.invitationAlreadyRevoked();
    invitation.status = 'revoked';
    invitation.updated_at = core.clock.stamp();
    return serializeInvitation(core, invitation);
  },
};
