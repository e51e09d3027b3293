export function fakeUser(i: number) {
  const id = `user_${String(i).padStart(27, '0')}`;
  const verification = { status: 'verified', strategy: 'email_code', attempts: 1, expire_at: 1700000000000, object: 'verification_otp' };
  return {
    id, object: 'user', external_id: null, primary_email_address_id: `idn_${i}a`, primary_phone_number_id: null, primary_web3_wallet_id: null,
    username: `user${i}`, first_name: 'Ada', last_name: 'Lovelace', locale: 'en', image_url: 'https://img.clerk.com/abc', has_image: true,
    public_metadata: { plan: 'pro', seats: 3, flags: { beta: true } }, private_metadata: { stripe_customer_id: 'cus_123' }, unsafe_metadata: {},
    email_addresses: [
      { id: `idn_${i}a`, object: 'email_address', email_address: `ada${i}@example.com`, reserved: false, verification, linked_to: [], created_at: 1700000000000, updated_at: 1700000000000 },
      { id: `idn_${i}b`, object: 'email_address', email_address: `ada.l${i}@example.org`, reserved: false, verification, linked_to: [{ type: 'oauth_google', id: 'idn_x' }], created_at: 1700000000000, updated_at: 1700000000000 },
    ],
    phone_numbers: [], web3_wallets: [], passkeys: [],
    password_enabled: true, two_factor_enabled: false, totp_enabled: false, backup_code_enabled: false, mfa_enabled_at: null, mfa_disabled_at: null,
    external_accounts: [{ object: 'external_account', id: 'eac_1', provider: 'oauth_google', identification_id: 'idn_y', provider_user_id: '1234', approved_scopes: 'email profile', email_address: `ada${i}@gmail.com`, first_name: 'Ada', last_name: 'L', image_url: 'https://x', username: null, public_metadata: {}, label: null, verification: { status: 'verified', strategy: 'oauth_google', expire_at: 1700000000000, attempts: null, object: 'verification_oauth' }, created_at: 1, updated_at: 1 }],
    saml_accounts: [], enterprise_accounts: [], last_sign_in_at: 1700000000000, banned: false, locked: false, lockout_expires_in_seconds: null,
    verification_attempts_remaining: 100, updated_at: 1700000000000, created_at: 1700000000000, delete_self_enabled: true, create_organization_enabled: true,
    last_active_at: 1700000000000, legal_accepted_at: null,
  };
}
