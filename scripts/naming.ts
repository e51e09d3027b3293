/**
 * Names the spec does not give. Everything else comes from the spec's own x-speakeasy-group and
 * x-speakeasy-name-override.
 */

/** Operations without `x-speakeasy-group` / `x-speakeasy-name-override` in the spec. */
export const operationNaming: Record<string, { group: string; name: string }> = {
  GetInstanceProtect: { group: 'instanceSettings', name: 'getProtect' },
  UpdateInstanceProtect: { group: 'instanceSettings', name: 'updateProtect' },
  createAdminPortalLinkToken: { group: 'adminPortalLinkTokens', name: 'create' },
  revokeAdminPortalLinkToken: { group: 'adminPortalLinkTokens', name: 'revoke' },
  createApiKey: { group: 'apiKeys', name: 'create' },
  getApiKeys: { group: 'apiKeys', name: 'list' },
  getApiKey: { group: 'apiKeys', name: 'get' },
  updateApiKey: { group: 'apiKeys', name: 'update' },
  deleteApiKey: { group: 'apiKeys', name: 'delete' },
  getApiKeySecret: { group: 'apiKeys', name: 'getSecret' },
  revokeApiKey: { group: 'apiKeys', name: 'revoke' },
  verifyApiKey: { group: 'apiKeys', name: 'verify' },
};

/**
 * Seed operations that the current spec (scripts/config.ts) no longer has. `legacy`: read from the vendored
 * 2021-02-05 spec. `supplement`: in no vendored spec at all; described in spec/supplement.yml from
 * the seed's own listing (method, path, and its `TOTP` model name).
 */
export const legacyOperations: Array<{ method: 'post'; path: string; source: 'legacy' | 'supplement'; reason: string }> = [
  {
    method: 'post',
    path: '/sessions/{session_id}/verify',
    source: 'legacy',
    reason: 'Dropped after API version 2021-02-05: verify session tokens locally (networkless) instead.',
  },
  {
    method: 'post',
    path: '/users/{user_id}/totp',
    source: 'supplement',
    reason: 'In the seed gem only, absent from every vendored spec: TOTP enrolment belongs to the user\'s own sign-in flow.',
  },
];

/**
 * Names for the schemas the spec numbers (`CommercePlan-2` beside `CommercePlan`): what each is, by
 * where it is used. The price transition answer (`CommercePriceTransitionResponse`) carries its own
 * plan, subscription item, payer and feature shapes; the subscription item, its seats and next
 * payment, and the payment attempt carry totals whose discounts are the billing ones.
 */
export const componentNames: Record<string, string> = {
  'CommercePlan-2': 'CommercePriceTransitionPlan',
  'CommerceSubscriptionItem-2': 'CommercePriceTransitionSubscriptionItem',
  'CommercePayerResponse-2': 'CommercePriceTransitionPayer',
  'FeatureResponse-2': 'CommercePriceTransitionFeature',
  'CommerceTotalsResponse-2': 'BillingTotalsResponse',
  'CommercePerUnitTotal-2': 'BillingPerUnitTotal',
  'CommercePerUnitTotalTier-2': 'BillingPerUnitTotalTier',
  // An array of tokens: in word case it would take the name of its item (`OauthAccessToken`, the
  // inline `object: oauth_access_token` schema, named so since before the naming rule).
  OAuthAccessToken: 'OauthAccessTokens',
};

/** Names for inline response schemas, by the fallback name the generator would give them. */
export const inlineSchemaNames: Record<string, string> = {};
