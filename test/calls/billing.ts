import type { CallTable } from './types.js';

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
};
