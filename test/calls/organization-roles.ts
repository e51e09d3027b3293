import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListOrganizationRoles: (clerk) => clerk.organizationRoles.list({ query: 'admin', orderBy: '-created_at' }),
  CreateOrganizationRole: (clerk) =>
    clerk.organizationRoles.create({ name: 'Billing manager', key: 'org:billing_manager', permissions: ['org:invoices:manage'] }),
  GetOrganizationRole: (clerk) => clerk.organizationRoles('role_123').get(),
  UpdateOrganizationRole: (clerk) => clerk.organizationRoles('role_123').update({ description: 'Manages invoices and plans' }),
  DeleteOrganizationRole: (clerk) => clerk.organizationRoles('role_123').delete(),
  AssignPermissionToOrganizationRole: (clerk) => clerk.organizationRoles('role_123').permissions('perm_123').assign(),
  RemovePermissionFromOrganizationRole: (clerk) => clerk.organizationRoles('role_123').permissions('perm_123').remove(),
};
