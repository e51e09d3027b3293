/**
 * The spec schemas whose objects the client hands out as records (classes with methods, in
 * src/resources): the generated decoders of these schemas allocate the record itself through the
 * factories the caller gives them, so a page is copied once, straight into records.
 *
 * Each record class names its schema in `static schema`; test/resources/records.test.ts holds this
 * list and the classes to each other. A new record class: add its schema here and run
 * `npm run generate`.
 */
export const recordSchemas: readonly string[] = [
  'ActorToken',
  'AdminPortalLinkToken',
  'AgentTask',
  'AllowlistIdentifier',
  'ApiKey',
  'BillingStatement',
  'BlocklistIdentifier',
  'Client',
  'CommerceDiscountRedemptionResponse',
  'CommerceSubscriptionItem',
  'Directory',
  'DirectoryGroupRoleMapping',
  'Domain',
  'EmailAddress',
  'EnterpriseConnection',
  'ExternalAccountWithVerification',
  'Invitation',
  'JWTTemplate',
  'Machine',
  'MachineScope',
  'MachineToMachineToken',
  'OAuthApplication',
  'Organization',
  'OrganizationDomain',
  'OrganizationInvitation',
  'OrganizationMembership',
  'Passkey',
  'Permission',
  'PhoneNumber',
  'RedirectURL',
  'Role',
  'RoleSet',
  'SAMLConnection',
  'SCIMDirectory',
  'SCIMGroupRoleMapping',
  'Session',
  'SignInToken',
  'SignUp',
  'Template',
  'TrustedDevice',
  'User',
  'WaitlistEntry',
  'Web3Wallet',
];
