import type { CallTable } from './types.js';

export const calls: CallTable = {
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
};
