import type { CallTable } from './types.js';

export const calls: CallTable = {
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
};
