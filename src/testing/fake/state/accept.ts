/**
 * Accepting an invitation: the invitee's side, which at Clerk happens in the browser (sign-up or
 * sign-in through the invitation link), done by `fake.acceptInvitation`.
 */
import { ClerkValidationError, describeValue } from '../../../core/errors.js';
import type { Core } from '../core.js';
import { invitationStatus, acceptOrganizationInvitation } from './organizations.js';
import { identificationKey } from './store.js';
import { createUser } from './users.js';
import { serializeUser } from './views.js';

/** Options of `fake.acceptInvitation`. */
export interface AcceptInvitationOptions {
  /**
   * For an organization invitation: the user who accepts.
   * @default the user with the invited email address, signed up when there is none
   */
  userId?: string;
}

function invalid(path: string, problem: string): never {
  throw new ClerkValidationError(`${path}: ${problem}`, [{ path, message: problem }]);
}

function signUp(core: Core, email: string, publicMetadata: unknown): string {
  const user = createUser(core, { email_address: [email], public_metadata: publicMetadata });
  core.emit('user.created', serializeUser(core.store, user));
  return user.id;
}

export function acceptInvitation(core: Core, invitationId: string, options: AcceptInvitationOptions = {}): { userId: string } {
  const { store } = core;
  if (typeof invitationId !== 'string') invalid('invitationId', `must be an invitation id, got ${describeValue(invitationId)}`);
  const now = core.clock.now();
  const organizationInvitation = store.organizationInvitations.get(invitationId);
  if (organizationInvitation) {
    const status = invitationStatus(organizationInvitation, now);
    if (status !== 'pending') invalid('invitationId', `is ${status}: only a pending invitation can be accepted`);
    let userId = options.userId;
    if (userId !== undefined && !store.users.has(userId)) invalid('userId', `must be a user the fake has, got ${describeValue(userId)}`);
    if (userId === undefined) {
      const owner = store.identificationByValue.get(identificationKey('email_address', organizationInvitation.email_address));
      userId = owner ? store.identifications.get(owner)!.user_id : signUp(core, organizationInvitation.email_address, {});
    }
    acceptOrganizationInvitation(core, organizationInvitation, userId);
    return { userId };
  }
  const invitation = store.invitations.get(invitationId);
  if (!invitation) invalid('invitationId', `names no invitation of the fake: ${describeValue(invitationId)}`);
  const status = invitationStatus(invitation, now);
  if (status !== 'pending') invalid('invitationId', `is ${status}: only a pending invitation can be accepted`);
  if (store.identificationByValue.has(identificationKey('email_address', invitation.email_address))) {
    invalid('invitationId', `invites ${invitation.email_address}, which a user already has`);
  }
  const userId = signUp(core, invitation.email_address, invitation.public_metadata);
  invitation.status = 'accepted';
  invitation.updated_at = core.clock.stamp();
  return { userId };
}
