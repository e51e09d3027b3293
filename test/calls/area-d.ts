import type { CallTable } from './types.js';

/** Area D: billing, organization roles and permissions, role sets, SCIM directories and directories. */
export const calls: CallTable = {
  GetCommercePlanList: (clerk) => clerk.billing.plans.list({ payerType: 'org' }),
  GetBillingPriceList: (clerk) => clerk.billing.prices.list({ planId: 'cplan_123' }),
  CreateBillingPrice: (clerk) =>
    clerk.billing.prices.create({ planId: 'cplan_123', amount: 2000, currency: 'USD', supportedBillingPeriods: 'month' }),
  GetCommerceSubscriptionItemList: (clerk) => clerk.billing.subscriptionItems.list({ status: 'active', payerType: 'user' }),
  CancelCommerceSubscriptionItem: (clerk) => clerk.billing.subscriptionItems('csi_123').cancel({ endNow: true }),
  ExtendBillingSubscriptionItemFreeTrial: (clerk) =>
    clerk.billing.subscriptionItems('csi_123').extendFreeTrial({ extendTo: '2026-01-08T00:00:00Z' }),
  CreateBillingPriceTransition: (clerk) =>
    clerk.billing.subscriptionItems('csi_123').createPriceTransition({ fromPriceId: 'cprice_month', toPriceId: 'cprice_annual' }),
  ApplyBillingSubscriptionItemDiscount: (clerk) => clerk.billing.subscriptionItems('csi_123').discounts.apply({ discountId: 'disc_123' }),
  RemoveBillingSubscriptionItemDiscount: (clerk) => clerk.billing.subscriptionItems('csi_123').discounts('disc_123').remove(),
  GetBillingStatementList: (clerk) => clerk.billing.statements.list({ limit: 20 }),
  GetBillingStatement: (clerk) => clerk.billing.statements('stmt_123').get(),
  GetBillingStatementPaymentAttempts: (clerk) => clerk.billing.statements('stmt_123').paymentAttempts.list(),

  ListOrganizationRoles: (clerk) => clerk.organizationRoles.list({ query: 'admin', orderBy: '-created_at' }),
  CreateOrganizationRole: (clerk) =>
    clerk.organizationRoles.create({ name: 'Billing manager', key: 'org:billing_manager', permissions: ['org:invoices:manage'] }),
  GetOrganizationRole: (clerk) => clerk.organizationRoles('role_123').get(),
  UpdateOrganizationRole: (clerk) => clerk.organizationRoles('role_123').update({ description: 'Manages invoices and plans' }),
  DeleteOrganizationRole: (clerk) => clerk.organizationRoles('role_123').delete(),
  AssignPermissionToOrganizationRole: (clerk) => clerk.organizationRoles('role_123').permissions('perm_123').assign(),
  RemovePermissionFromOrganizationRole: (clerk) => clerk.organizationRoles('role_123').permissions('perm_123').remove(),

  ListOrganizationPermissions: (clerk) => clerk.organizationPermissions.list({ query: 'invoices' }),
  CreateOrganizationPermission: (clerk) =>
    clerk.organizationPermissions.create({ name: 'Manage invoices', key: 'org:invoices:manage', description: 'Issue and void invoices' }),
  GetOrganizationPermission: (clerk) => clerk.organizationPermissions('perm_123').get(),
  UpdateOrganizationPermission: (clerk) => clerk.organizationPermissions('perm_123').update({ name: 'Manage all invoices' }),
  DeleteOrganizationPermission: (clerk) => clerk.organizationPermissions('perm_123').delete(),

  ListRoleSets: (clerk) => clerk.roleSets.list({ orderBy: '-created_at' }),
  CreateRoleSet: (clerk) =>
    clerk.roleSets.create({
      name: 'Support',
      key: 'support',
      defaultRoleKey: 'org:member',
      creatorRoleKey: 'org:admin',
      roles: ['org:member', 'org:admin'],
    }),
  GetRoleSet: (clerk) => clerk.roleSets('support').get(),
  UpdateRoleSet: (clerk) => clerk.roleSets('support').update({ description: 'Roles for support teams' }),
  ReplaceRoleSet: (clerk) =>
    clerk.roleSets('support').replace({ destRoleSetKey: 'default', reassignmentMappings: { 'org:agent': 'org:member' } }),
  AddRolesToRoleSet: (clerk) => clerk.roleSets('support').addRoles({ roleKeys: ['org:agent'] }),
  ReplaceRoleInRoleSet: (clerk) => clerk.roleSets('support').replaceRole({ roleKey: 'org:agent', toRoleKey: 'org:member' }),

  ListSCIMDirectories: (clerk) => clerk.scimDirectories.list({ limit: 10 }),
  CreateSCIMDirectory: (clerk) => clerk.scimDirectories.create({ enterpriseConnectionId: 'ent_123', provider: 'okta', name: 'Okta' }),
  GetSCIMDirectory: (clerk) => clerk.scimDirectories('scimdir_123').get(),
  UpdateSCIMDirectory: (clerk) => clerk.scimDirectories('scimdir_123').update({ groupRoleMappingEnabled: true }),
  DeleteSCIMDirectory: (clerk) => clerk.scimDirectories('scimdir_123').delete(),
  RotateSCIMDirectoryAPIKey: (clerk) => clerk.scimDirectories('scimdir_123').rotateApiKey(),
  ListSCIMGroupRoleMappings: (clerk) => clerk.scimDirectories('scimdir_123').groupRoleMappings.list(),
  CreateSCIMGroupRoleMapping: (clerk) =>
    clerk.scimDirectories('scimdir_123').groupRoleMappings.create({ scimGroupId: 'grp_admins', roleId: 'role_123', precedence: 1 }),
  ReplaceSCIMGroupRoleMappings: (clerk) =>
    clerk.scimDirectories('scimdir_123').groupRoleMappings.replace({ mappings: [{ scimGroupId: 'grp_admins', roleId: 'role_123' }] }),
  DeleteSCIMGroupRoleMapping: (clerk) => clerk.scimDirectories('scimdir_123').groupRoleMappings('map_123').delete(),

  ListDirectories: (clerk) => clerk.directories.list({ limit: 10 }),
  CreateDirectory: (clerk) => clerk.directories.create({ enterpriseConnectionId: 'ent_123', provider: 'okta', name: 'Okta' }),
  GetDirectory: (clerk) => clerk.directories('dir_123').get(),
  UpdateDirectory: (clerk) => clerk.directories('dir_123').update({ enabled: false }),
  DeleteDirectory: (clerk) => clerk.directories('dir_123').delete(),
  RotateDirectoryAPIKey: (clerk) => clerk.directories('dir_123').rotateApiKey(),
  ListDirectoryGroupRoleMappings: (clerk) => clerk.directories('dir_123').groupRoleMappings.list(),
  CreateDirectoryGroupRoleMapping: (clerk) =>
    clerk.directories('dir_123').groupRoleMappings.create({ directoryGroupId: 'grp_admins', roleId: 'role_123', precedence: 1 }),
  ReplaceDirectoryGroupRoleMappings: (clerk) =>
    clerk.directories('dir_123').groupRoleMappings.replace({ mappings: [{ directoryGroupId: 'grp_admins', roleId: 'role_123' }] }),
  DeleteDirectoryGroupRoleMapping: (clerk) => clerk.directories('dir_123').groupRoleMappings('map_123').delete(),
};
