import type { CallTable } from './types.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const calls: CallTable = {
  ListOrganizations: (clerk) => clerk.organizations.list({ query: 'acme', orderBy: '-created_at' }),
  CreateOrganization: (clerk) => clerk.organizations.create({ name: 'Acme', createdBy: 'user_123' }),
  GetOrganization: (clerk) => clerk.organizations('org_123').get(),
  UpdateOrganization: (clerk) => clerk.organizations('org_123').update({ name: 'Acme Inc' }),
  DeleteOrganization: (clerk) => clerk.organizations('org_123').delete(),
  MergeOrganizationMetadata: (clerk) => clerk.organizations('org_123').mergeMetadata({ publicMetadata: { tier: 'gold' } }),
  ReplaceOrganizationMetadata: (clerk) => clerk.organizations('org_123').replaceMetadata({ privateMetadata: { crmId: 'c_1' } }),
  UploadOrganizationLogo: (clerk) => clerk.organizations('org_123').uploadLogo({ file: new Blob([png], { type: 'image/png' }) }),
  DeleteOrganizationLogo: (clerk) => clerk.organizations('org_123').deleteLogo(),
  GetOrganizationBillingSubscription: (clerk) => clerk.organizations('org_123').getBillingSubscription(),
  GetOrganizationBillingCreditBalance: (clerk) => clerk.organizations('org_123').getBillingCreditBalance(),
  AdjustOrganizationBillingCreditBalance: (clerk) =>
    clerk.organizations('org_123').adjustBillingCreditBalance({ amount: 100, action: 'decrease', idempotencyKey: 'debit-1' }),

  ListOrganizationMemberships: (clerk) => clerk.organizations('org_123').memberships.list({ orderBy: '-created_at' }),
  CreateOrganizationMembership: (clerk) => clerk.organizations('org_123').memberships.create({ userId: 'user_123', role: 'org:admin' }),
  UpdateOrganizationMembership: (clerk) => clerk.organizations('org_123').memberships('user_123').update({ role: 'org:member' }),
  DeleteOrganizationMembership: (clerk) => clerk.organizations('org_123').memberships('user_123').delete(),
  UpdateOrganizationMembershipMetadata: (clerk) =>
    clerk.organizations('org_123').memberships('user_123').updateMetadata({ publicMetadata: { seat: 4 } }),
  InstanceGetOrganizationMemberships: (clerk) => clerk.organizationMemberships.list({ limit: 20 }),

  ListOrganizationInvitations: (clerk) => clerk.organizations('org_123').invitations.list({ status: 'pending' }),
  CreateOrganizationInvitation: (clerk) =>
    clerk.organizations('org_123').invitations.create({ emailAddress: 'bob@example.com', role: 'org:member' }),
  CreateOrganizationInvitationBulk: (clerk) =>
    clerk.organizations('org_123').invitations.bulkCreate([
      { emailAddress: 'bob@example.com', role: 'org:member' },
      { emailAddress: 'eve@example.com', role: 'org:admin' },
    ]),
  ListPendingOrganizationInvitations: (clerk) => clerk.organizations('org_123').invitations.listPending(),
  GetOrganizationInvitation: (clerk) => clerk.organizations('org_123').invitations('orginv_123').get(),
  RevokeOrganizationInvitation: (clerk) => clerk.organizations('org_123').invitations('orginv_123').revoke({ requestingUserId: 'user_123' }),
  ListInstanceOrganizationInvitations: (clerk) => clerk.organizationInvitations.list({ status: 'pending' }),

  ListOrganizationDomains: (clerk) => clerk.organizations('org_123').domains.list(),
  CreateOrganizationDomain: (clerk) => clerk.organizations('org_123').domains.create({ name: 'acme.com', enrollmentMode: 'automatic_invitation' }),
  UpdateOrganizationDomain: (clerk) => clerk.organizations('org_123').domains('orgdmn_123').update({ enrollmentMode: 'manual_invitation' }),
  DeleteOrganizationDomain: (clerk) => clerk.organizations('org_123').domains('orgdmn_123').delete(),
  VerifyOrganizationDomainOwnership: (clerk) => clerk.organizations('org_123').domains('orgdmn_123').verifyOwnership(),
  ListAllOrganizationDomains: (clerk) => clerk.organizationDomains.list(),
};
