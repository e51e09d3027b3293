import type { CallTable } from './types.js';

export const calls: CallTable = {
  ListOrganizationPermissions: (clerk) => clerk.organizationPermissions.list({ query: 'invoices' }),
  CreateOrganizationPermission: (clerk) =>
    clerk.organizationPermissions.create({ name: 'Manage invoices', key: 'org:invoices:manage', description: 'Issue and void invoices' }),
  GetOrganizationPermission: (clerk) => clerk.organizationPermissions('perm_123').get(),
  UpdateOrganizationPermission: (clerk) => clerk.organizationPermissions('perm_123').update({ name: 'Manage all invoices' }),
  DeleteOrganizationPermission: (clerk) => clerk.organizationPermissions('perm_123').delete(),
};
