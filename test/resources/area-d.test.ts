import nock from 'nock';
import { describe, expect, it } from 'vitest';
import {
  BillingDiscountRedemption,
  BillingStatement,
  BillingSubscriptionItem,
  ClerkValidationError,
  Directory,
  DirectoryGroupRoleMapping,
  Permission,
  Role,
  RoleSet,
  ScimDirectory,
  ScimGroupRoleMapping,
} from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format (snake_case) objects shaped as Clerk's spec describes them.

const money = { amount: 2000, amount_formatted: '20.00', currency: 'USD', currency_symbol: '$' };
const payer = { object: 'commerce_payer', id: 'cpayer_1', instance_id: 'ins_1', user_id: 'user_1' };

function permissionJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'permission', id, name: 'Manage invoices', key: 'org:invoices:manage', description: 'Issue and void invoices', type: 'user',
    created_at: 1, updated_at: 2, ...overrides,
  };
}

function roleJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'role', id, name: 'Billing manager', key: 'org:billing_manager', description: null, is_creator_eligible: false,
    permissions: [permissionJson('perm_1')], created_at: 1, updated_at: 2, ...overrides,
  };
}

const roleSetItem = { object: 'role_set_item', id: 'role_1', name: 'Member', key: 'org:member', description: null, created_at: 1, updated_at: 1 };

function roleSetJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'role_set', id, name: 'Support', key: 'support', description: null, roles: [roleSetItem], default_role: roleSetItem,
    creator_role: roleSetItem, type: 'custom', created_at: 1, updated_at: 2, ...overrides,
  };
}

function planJson(id: string) {
  return {
    object: 'commerce_plan', id, name: 'Pro', fee: money, annual_monthly_fee: null, annual_fee: null, description: null, product_id: 'prod_1',
    is_default: false, is_recurring: true, publicly_visible: true, has_base_fee: true, for_payer_type: 'org', slug: 'pro', avatar_url: null,
    free_trial_enabled: false, free_trial_days: null,
  };
}

function subscriptionItemJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'commerce_subscription_item', id, instance_id: 'ins_1', status: 'active', plan_id: 'cplan_1', plan_period: 'month', payer_id: 'cpayer_1',
    is_free_trial: false, period_start: 1, period_end: 2, canceled_at: null, past_due_at: null, ended_at: null, ...overrides,
  };
}

function redemptionJson(overrides: Record<string, unknown> = {}) {
  return {
    object: 'commerce_discount_redemption', id: 'cdr_1', subscription_item_id: 'csi_1', discount_id: 'disc_1', source: 'manual', status: 'active',
    cycles_remaining: null, cycles_applied: 0, redeemed_at: 1, redeemed_by: null, ...overrides,
  };
}

function statementJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'commerce_statement', id, instance_id: 'ins_1', timestamp: 1, payer, status: 'open',
    totals: { grand_total: money, subtotal: money, base_fee: money, tax_total: money }, groups: [], ...overrides,
  };
}

const paymentAttempt = {
  object: 'commerce_payment', id: 'cpay_1', payment_id: 'pay_1', instance_id: 'ins_1', charge_type: 'recurring', payee_id: 'payee_1', payee: {},
  payer_id: 'cpayer_1', payer, amount: money, payment_method_id: 'pm_1',
  payment_method: {
    object: 'commerce_payment_method', id: 'pm_1', payer_id: 'cpayer_1', payment_type: 'card', gateway: 'stripe', gateway_external_id: 'pm_x',
    gateway_external_account_id: null, last4: '4242', status: 'active', card_type: 'visa',
  },
  statement_id: 'stmt_1', gateway_external_id: null, gateway_external_url: null, status: 'paid', paid_at: 1, failed_at: null, created_at: 1, updated_at: 1,
};

function directoryJson(object: 'scim_directory' | 'directory', id: string, overrides: Record<string, unknown> = {}) {
  return {
    object, id, name: 'Okta', enterprise_connection_id: 'ent_1', endpoint_url: 'https://scim.example.com/v2', provider: 'okta', enabled: true,
    group_role_mapping_enabled: true, attribute_mapping: { 'name.givenName': 'first_name' }, api_key: null, created_at: 1, updated_at: 2, ...overrides,
  };
}

function mappingJson(object: 'scim_group_role_mapping' | 'directory_group_role_mapping', id: string, directoryId: string) {
  return {
    object, id, scim_directory_id: directoryId, directory_id: directoryId, scim_group_id: 'grp_admins', directory_group_id: 'grp_admins',
    scim_group_display_name: 'Admins', directory_group_display_name: 'Admins', role: roleJson('role_9'), precedence: 1, created_at: 1, updated_at: 2,
  };
}

describe('clerk.organizationRoles and clerk.organizationPermissions', () => {
  it('a Role record holds Permission records that act on their own path', async () => {
    api().get('/organization_roles/role_1').reply(200, roleJson('role_1'));
    const role = await strict().organizationRoles.get('role_1');
    expect(role).toBeInstanceOf(Role);
    expect(role.isCreatorEligible).toBe(false);
    expect(role.permissions[0]).toBeInstanceOf(Permission);
    api().patch('/organization_permissions/perm_1', { description: 'Void invoices' }).reply(200, permissionJson('perm_1', { description: 'Void invoices' }));
    const permission = await role.permissions[0]!.update({ description: 'Void invoices' });
    expect(permission).toBe(role.permissions[0]);
    expect(role.permissions[0]!.description).toBe('Void invoices');
  });

  it('a Role record refreshes in place on update and reload', async () => {
    api().post('/organization_roles', { name: 'Billing manager', key: 'org:billing_manager' }).reply(200, roleJson('role_1'));
    const role = await strict().organizationRoles.create({ name: 'Billing manager', key: 'org:billing_manager' });
    api().patch('/organization_roles/role_1', { description: 'Invoices' }).reply(200, roleJson('role_1', { description: 'Invoices' }));
    expect(await role.update({ description: 'Invoices' })).toBe(role);
    expect(role.description).toBe('Invoices');
    api().get('/organization_roles/role_1').reply(200, roleJson('role_1', { name: 'Renamed' }));
    await role.reload();
    expect(role.name).toBe('Renamed');
  });

  it('permissions are assigned and removed through the role handle', async () => {
    const clerk = strict();
    api().post('/organization_roles/role_1/permissions/perm_2').reply(200, roleJson('role_1', { permissions: [permissionJson('perm_1'), permissionJson('perm_2')] }));
    const role = await clerk.organizationRoles('role_1').permissions('perm_2').assign();
    expect(role).toBeInstanceOf(Role);
    expect(role.permissions.map((p) => p.id)).toEqual(['perm_1', 'perm_2']);
    api().delete('/organization_roles/role_1/permissions/perm_2').reply(200, roleJson('role_1'));
    expect((await clerk.organizationRoles(role.id).permissions('perm_2').remove()).permissions).toHaveLength(1);
  });

  it('lists roles and permissions as records, paging with the largest page', async () => {
    const clerk = strict();
    api().get('/organization_roles').query({ limit: '500', query: 'billing' }).reply(200, { data: [roleJson('role_1')], total_count: 1 });
    const roles = await clerk.organizationRoles.list({ query: 'billing' }).toArray({ max: 10 });
    expect(roles[0]).toBeInstanceOf(Role);
    api().get('/organization_permissions').query(true).reply(200, { data: [permissionJson('perm_1')], total_count: 1 });
    const page = await clerk.organizationPermissions.list();
    expect(page.data[0]).toBeInstanceOf(Permission);
    expect(page.totalCount).toBe(1);
    api().delete('/organization_permissions/perm_1').reply(200, { object: 'permission', id: 'perm_1', deleted: true });
    expect(await page.data[0]!.delete()).toEqual({ object: 'permission', id: 'perm_1', deleted: true });
  });
});

describe('clerk.roleSets', () => {
  it('a record fetched by key is located by its id afterwards', async () => {
    const clerk = strict();
    api().get('/role_sets/support').reply(200, roleSetJson('rs_1'));
    const set = await clerk.roleSets.get('support');
    expect(set).toBeInstanceOf(RoleSet);
    expect(set.defaultRole?.key).toBe('org:member');
    api().post('/role_sets/rs_1/roles', { role_keys: ['org:agent'] }).reply(200, roleSetJson('rs_1', { name: 'With agents' }));
    expect(await set.addRoles({ roleKeys: ['org:agent'] })).toBe(set);
    expect(set.name).toBe('With agents');
  });

  it('replace sends the reassignment mappings untouched and answers with the deleted object', async () => {
    api()
      .post('/role_sets/support/replace', { dest_role_set_key: 'default', reassignment_mappings: { 'org:agent': 'org:member' } })
      .reply(200, { object: 'role_set', id: 'rs_1', deleted: true });
    const deleted = await strict().roleSets('support').replace({ destRoleSetKey: 'default', reassignmentMappings: { 'org:agent': 'org:member' } });
    expect(deleted.deleted).toBe(true);
  });

  it('validates params before sending', async () => {
    const error = await rejectionOf(strict().roleSets.create({ name: 'Support', defaultRoleKey: 'org:member', creatorRoleKey: 'org:admin' } as never));
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toContain('roles');
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('clerk.billing', () => {
  it('plans and prices are plain data pages with a total', async () => {
    const clerk = strict();
    api().get('/billing/plans').query({ paginated: 'true', limit: '10', payer_type: 'org' }).reply(200, { data: [planJson('cplan_1')], total_count: 1 });
    const plans = await clerk.billing.plans.list({ payerType: 'org' });
    expect(plans.data[0]!.forPayerType).toBe('org');
    expect(plans.data[0]!.fee?.amountFormatted).toBe('20.00');
    expect(plans.totalCount).toBe(1);
    const price = {
      object: 'commerce_price', id: 'cprice_1', plan_id: 'cplan_1', instance_id: 'ins_1', currency: 'USD', currency_symbol: '$', amount: 2000,
      annual_monthly_amount: 0, fee: money, annual_monthly_fee: null, is_default: false, created_at: 1, supported_billing_periods: 'month',
    };
    api().post('/billing/prices', { plan_id: 'cplan_1', amount: 2000 }).reply(200, price);
    const created = await clerk.billing.prices.create({ planId: 'cplan_1', amount: 2000 });
    expect(created.supportedBillingPeriods).toBe('month');
    expect(Object.getPrototypeOf(created)).toBe(Object.prototype);
  });

  it('subscription items are records: cancel refreshes in place, discounts nest under the item', async () => {
    const clerk = strict();
    api().get('/billing/subscription_items').query({ paginated: 'true', limit: '10', status: 'active' }).reply(200, { data: [subscriptionItemJson('csi_1')], total_count: 1 });
    const [item] = (await clerk.billing.subscriptionItems.list({ status: 'active' })).data;
    expect(item).toBeInstanceOf(BillingSubscriptionItem);
    api().delete('/billing/subscription_items/csi_1').query({ end_now: 'true' }).reply(200, subscriptionItemJson('csi_1', { status: 'ended', ended_at: 5 }));
    expect(await item!.cancel({ endNow: true })).toBe(item);
    expect(item!.status).toBe('ended');

    api().post('/billing/subscription_items/csi_1/discounts', { discount_id: 'disc_1' }).reply(200, redemptionJson());
    const redemption = await item!.discounts.apply({ discountId: 'disc_1' });
    expect(redemption).toBeInstanceOf(BillingDiscountRedemption);
    api().delete('/billing/subscription_items/csi_1/discounts/disc_1').reply(200, redemptionJson({ status: 'removed' }));
    expect(await redemption.remove()).toBe(redemption);
    expect(redemption.status).toBe('removed');
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('statements are records located by statementID, with their payment attempts nested', async () => {
    const clerk = strict();
    api().get('/billing/statements/stmt_1').reply(200, statementJson('stmt_1'));
    const statement = await clerk.billing.statements.get('stmt_1');
    expect(statement).toBeInstanceOf(BillingStatement);
    expect(statement.totals.grandTotal.amount).toBe(2000);
    api().get('/billing/statements/stmt_1/payment_attempts').query(true).reply(200, { data: [paymentAttempt], total_count: 1 });
    const attempts = await statement.paymentAttempts.list().toArray({ max: 10 });
    expect(attempts[0]!.paymentMethod.last4).toBe('4242');
    api().get('/billing/statements/stmt_1').reply(200, statementJson('stmt_1', { status: 'closed' }));
    await statement.reload();
    expect(statement.status).toBe('closed');
    const error = await rejectionOf(clerk.billing.statements('').get());
    expect(error).toBeInstanceOf(ClerkValidationError);
    expect(error.message).toMatch(/^statementID: /);
  });
});

describe('clerk.scimDirectories and clerk.directories', () => {
  it('rotateApiKey refreshes a directory record in place; attribute mapping keys pass through', async () => {
    const clerk = strict();
    api().get('/scim_directories/scimdir_1').reply(200, directoryJson('scim_directory', 'scimdir_1'));
    const directory = await clerk.scimDirectories.get('scimdir_1');
    expect(directory).toBeInstanceOf(ScimDirectory);
    expect(directory.attributeMapping).toEqual({ 'name.givenName': 'first_name' });
    api().post('/scim_directories/scimdir_1/rotate_api_key').reply(200, directoryJson('scim_directory', 'scimdir_1', { api_key: 'scim_key_new' }));
    expect(await directory.rotateApiKey()).toBe(directory);
    expect(directory.apiKey).toBe('scim_key_new');
  });

  it('group role mappings are records with a Role and delete themselves at their directory', async () => {
    const clerk = strict();
    api()
      .get('/scim_directories/scimdir_1/group_role_mappings')
      .reply(200, { data: [mappingJson('scim_group_role_mapping', 'map_1', 'scimdir_1')], total_count: 1 });
    const [mapping] = await clerk.scimDirectories('scimdir_1').groupRoleMappings.list().toArray({ max: 10 });
    expect(mapping).toBeInstanceOf(ScimGroupRoleMapping);
    expect(mapping!.role).toBeInstanceOf(Role);
    api().delete('/scim_directories/scimdir_1/group_role_mappings/map_1').reply(200, { object: 'scim_group_role_mapping', id: 'map_1', deleted: true });
    expect((await mapping!.delete()).deleted).toBe(true);

    api()
      .put('/scim_directories/scimdir_1/group_role_mappings', { mappings: [{ scim_group_id: 'grp_admins', role_id: 'role_9' }] })
      .reply(200, { data: [mappingJson('scim_group_role_mapping', 'map_2', 'scimdir_1')], total_count: 1 });
    const replaced = await clerk.scimDirectories('scimdir_1').groupRoleMappings.replace({ mappings: [{ scimGroupId: 'grp_admins', roleId: 'role_9' }] });
    expect(replaced.map((m) => m.id)).toEqual(['map_2']);
    expect(replaced[0]).toBeInstanceOf(ScimGroupRoleMapping);
  });

  it('directories have the same shape', async () => {
    const clerk = strict();
    api().get('/directories').query({ limit: '10' }).reply(200, { data: [directoryJson('directory', 'dir_1')], total_count: 1 });
    const page = await clerk.directories.list({ limit: 10 });
    expect(page.data[0]).toBeInstanceOf(Directory);
    api()
      .post('/directories/dir_1/group_role_mappings', { directory_group_id: 'grp_admins', role_id: 'role_9' })
      .reply(200, mappingJson('directory_group_role_mapping', 'map_1', 'dir_1'));
    const mapping = await page.data[0]!.groupRoleMappings.create({ directoryGroupId: 'grp_admins', roleId: 'role_9' });
    expect(mapping).toBeInstanceOf(DirectoryGroupRoleMapping);
    api().delete('/directories/dir_1/group_role_mappings/map_1').reply(200, { object: 'directory_group_role_mapping', id: 'map_1', deleted: true });
    await mapping.delete();
    expect(nock.pendingMocks()).toEqual([]);
  });
});
