import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { BillingDiscountRedemption, BillingStatement, BillingSubscriptionItem, ClerkValidationError } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format (snake_case) objects shaped as Clerk's spec describes them.

const money = { amount: 2000, amount_formatted: '20.00', currency: 'USD', currency_symbol: '$' };

const payer = { object: 'commerce_payer', id: 'cpayer_1', instance_id: 'ins_1', user_id: 'user_1' };

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
