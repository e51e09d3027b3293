import type { CallTable } from './types.js';

export const calls: CallTable = {
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
