/**
 * Errors the fake answers with, in Clerk's format: `{ errors: [{ code, message, long_message,
 * meta }], clerk_trace_id }`, with Clerk's codes and statuses (the codes of Clerk's Backend API
 * error index; the wording is the fake's own).
 */

/** One entry of the `errors` array, in wire form. */
export interface WireError {
  code: string;
  message: string;
  long_message: string;
  meta?: Record<string, unknown>;
}

/** Thrown by a handler or a check: the fake answers `status` with these errors. */
export class FakeApiError extends Error {
  readonly status: number;
  readonly errors: WireError[];
  /** Headers to send with the answer (`Retry-After` for a 429). */
  readonly headers: Record<string, string>;

  constructor(status: number, errors: WireError[], headers: Record<string, string> = {}) {
    super(errors[0]?.long_message ?? `status ${status}`);
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }
}

function fail(status: number, code: string, message: string, longMessage: string, meta?: Record<string, unknown>): FakeApiError {
  return new FakeApiError(status, [{ code, message, long_message: longMessage, ...(meta ? { meta } : {}) }]);
}

const param = (name: string) => ({ param_name: name });

/** The errors the fake sends, by what went wrong. */
export const errors = {
  // Authentication: the secret key.
  missingAuthorization: () =>
    fail(401, 'authentication_invalid', 'Invalid authentication', 'The request carries no Authorization header with a secret key.'),
  malformedAuthorization: () =>
    fail(401, 'authorization_header_format_invalid', 'Invalid Authorization header format', "The Authorization header must be 'Bearer <secret key>'."),
  invalidSecretKey: () =>
    fail(401, 'clerk_key_invalid', 'The secret key is invalid', 'The secret key in the Authorization header is not the secret key of this instance.'),

  // Routing and request shape.
  unknownRoute: (method: string, path: string) =>
    fail(404, 'resource_not_found', 'not found', `The Backend API has no ${method} ${path}.`),
  bodyInvalid: (detail: string) =>
    fail(400, 'request_body_invalid', 'Request body invalid', `The request body is invalid: ${detail}`),
  unsupportedContentType: (actual: string, expected: string) =>
    fail(415, 'unsupported_content_type', 'Content-Type is unsupported', `Content-Type ${actual || '(none)'} is not supported here; send ${expected}.`),

  // Form parameters (body and query).
  paramMissing: (name: string) => fail(422, 'form_param_missing', 'is missing', `${name} must be included.`, param(name)),
  paramUnknown: (name: string) => fail(422, 'form_param_unknown', 'is unknown', `${name} is not a parameter of this request.`, param(name)),
  paramType: (name: string, type: string) => fail(422, 'form_param_type_invalid', 'is invalid', `${name} must be a ${type}.`, param(name)),
  paramFormat: (name: string, detail: string) => fail(422, 'form_param_format_invalid', 'is invalid', `${name} ${detail}.`, param(name)),
  paramValue: (name: string, detail: string) => fail(422, 'form_param_value_invalid', 'is invalid', `${name} ${detail}.`, param(name)),
  paramTooLong: (name: string, max: number) =>
    fail(422, 'form_param_max_length_exceeded', 'exceeds maximum length', `${name} must not be longer than ${max} characters.`, param(name)),
  paramTooShort: (name: string, min: number) =>
    fail(422, 'form_param_min_length_exceeded', 'does not reach minimum length', `${name} must be at least ${min} characters long.`, param(name)),
  paramTooLarge: (name: string, max: number) =>
    fail(422, 'form_param_value_too_large', 'Value too large', `${name} must not be greater than ${max}.`, param(name)),
  paramTooManyItems: (name: string, max: number) =>
    fail(422, 'form_param_array_size_exceeded', 'exceeds maximum size', `${name} must not have more than ${max} items.`, param(name)),
  paramNil: (name: string) => fail(422, 'form_param_nil', 'is invalid', `${name} must not be null.`, param(name)),
  identifierExists: (name: string, what: string) =>
    fail(422, 'form_identifier_exists', `That ${what} is taken.`, `That ${what} is taken: another user has it.`, param(name)),
  resourceMissing: (name: string) =>
    fail(422, 'form_resource_not_found', 'is missing', `No resource was found for the ${name} given.`, param(name)),
  passwordTooShort: (name: string, min: number) =>
    fail(422, 'form_password_length_too_short', `Passwords must be ${min} characters or more.`, `Passwords must be ${min} characters or more.`, param(name)),
  usernameLength: (name: string, min: number, max: number) =>
    fail(422, 'form_username_invalid_length', 'is invalid', `Usernames must be between ${min} and ${max} characters long.`, param(name)),
  usernameCharacter: (name: string) =>
    fail(422, 'form_username_invalid_character', 'is invalid', 'Usernames may hold only letters, digits, - and _.', param(name)),

  // Resources.
  notFound: (what: string, id: string) => fail(404, 'resource_not_found', 'not found', `No ${what} was found with id ${id}.`),
  duplicate: (what: string, value: string) => fail(400, 'duplicate_record', `duplicate ${what}`, `The ${what} ${value} already exists.`),

  // Users.
  incorrectPassword: () => fail(422, 'incorrect_password', 'incorrect password', "The password given is not the user's password."),
  noPasswordSet: () => fail(400, 'no_password_set', 'no password set', 'The user has no password.'),

  // Organizations.
  alreadyMember: (userId: string) =>
    fail(400, 'already_a_member_in_organization', 'already a member', `${userId} is already a member of the organization.`),
  membershipQuotaExceeded: (max: number) =>
    fail(
      403,
      'organization_membership_quota_exceeded',
      'organization membership quota exceeded',
      `The organization has reached its limit of ${max} memberships, counting pending invitations.`,
    ),
  creatorNotFound: (userId: string) => fail(400, 'organization_creator_not_found', 'creator not found', `No user was found with id ${userId}.`),
  invitationNotUnique: () =>
    fail(400, 'organization_invitation_not_unique', 'organization invitation not unique', 'The organization already has a pending invitation for this email address.'),

  // Invitations and tokens.
  duplicateInvitation: (email: string) =>
    fail(400, 'duplicate_record', 'duplicate invitation', `There is already a pending invitation for ${email}.`, { email_addresses: [email] }),
  invitationAlreadyAccepted: () => fail(400, 'invitation_already_accepted', 'already accepted', 'The invitation was accepted already.'),
  invitationAlreadyRevoked: () => fail(400, 'invitation_already_revoked', 'already revoked', 'The invitation was revoked already.'),
  actorTokenCannotBeRevoked: (status: string) =>
    fail(400, 'actor_token_cannot_be_revoked_code', 'cannot revoke', `The actor token is ${status}: only pending tokens can be revoked.`),
  signInTokenCannotBeRevoked: (status: string) =>
    fail(400, 'sign_in_token_cannot_be_revoked_code', 'cannot revoke', `The sign-in token is ${status}: only pending tokens can be revoked.`),
  reservedClaim: (claim: string) =>
    fail(400, 'jwt_template_reserved_claim', 'reserved claim used', `The claim '${claim}' is reserved.`, param('claims')),

  rateLimited: (retryAfterSeconds: number) =>
    new FakeApiError(
      429,
      [{ code: 'too_many_requests', message: 'Too many requests', long_message: `Too many requests: retry after ${retryAfterSeconds} s.` }],
      { 'retry-after': String(retryAfterSeconds) },
    ),
  internal: (detail: string) =>
    fail(500, 'internal_clerk_error', 'Oops, an unexpected error occurred', `The fake failed to answer: ${detail}`),
};
