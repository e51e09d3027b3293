// Deterministic wire-format (snake_case) objects shaped as Clerk's spec (2026-05-12) describes
// them: a full `User` (an email address, the three metadata objects, and for half of the
// users a phone number, for half a Google external account linked to the address; 1.7 to 2.8 KB
// of JSON, 2.2 KB on average) and an `Organization` (about 0.6 KB).

const FIRST = ['Ada', 'Grace', 'Alan', 'Edsger', 'Barbara', 'Donald', 'Margaret', 'Ken', 'Frances', 'Dennis', 'Radia', 'John', 'Hedy', 'Tim', 'Karen', 'Linus'];
const LAST = ['Lovelace', 'Hopper', 'Turing', 'Dijkstra', 'Liskov', 'Knuth', 'Hamilton', 'Thompson', 'Allen', 'Ritchie', 'Perlman', 'Backus', 'Lamarr', 'Berners-Lee', 'Jones', 'Torvalds'];
const PLANS = ['free', 'pro', 'team', 'enterprise'];
const T0 = 1_735_689_600_000; // 2025-01-01

/** A 27-character Clerk-style id suffix, deterministic for `i`. */
function suffix(i, salt) {
  let h = (i + 1) * 2654435761 + salt * 40503;
  let out = '';
  const alphabet = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
  for (let k = 0; k < 27; k++) {
    h = (Math.imul(h ^ (h >>> 15), 2246822507) + k * 3266489909) >>> 0;
    out += alphabet[h % 62];
  }
  return out;
}

/** The id of user number `i` (0-based; user 0 is the newest). */
export function userId(i) {
  return `user_${String(i).padStart(8, '0')}${suffix(i, 1).slice(8)}`;
}

/** The index encoded in a user id made by {@link userId}, or -1. */
export function userIndex(id) {
  const match = /^user_(\d{8})/.exec(id);
  return match ? Number(match[1]) : -1;
}

export function firstName(i) {
  return FIRST[(i * 7) % FIRST.length];
}

function verification(strategy, object, at) {
  return { object, status: 'verified', strategy, attempts: 1, expire_at: at + 600_000 };
}

export function makeUser(i) {
  const first = firstName(i);
  const last = LAST[(i * 11) % LAST.length];
  const created = T0 - i * 60_000;
  const updated = created + 86_400_000;
  const handle = `${first}.${last}${i}`.toLowerCase().replace(/[^a-z0-9.]/g, '');
  const email1 = `idn_${suffix(i, 2)}`;
  const phone = `idn_${suffix(i, 4)}`;
  const google = `idn_${suffix(i, 5)}`;
  const hasPhone = i % 2 === 0;
  const hasGoogle = i % 4 < 2;
  return {
    id: userId(i),
    object: 'user',
    external_id: i % 3 === 0 ? `crm-${100000 + i}` : null,
    primary_email_address_id: email1,
    primary_phone_number_id: hasPhone ? phone : null,
    primary_web3_wallet_id: null,
    username: handle,
    first_name: first,
    last_name: last,
    locale: 'en-GB',
    image_url: `https://img.clerk.com/eyJ0eXBlIjoicHJveHki${suffix(i, 6)}`,
    has_image: true,
    public_metadata: { plan: PLANS[i % PLANS.length], seats: (i % 20) + 1, onboarding: { completed: i % 5 !== 0, step: i % 7 } },
    private_metadata: { stripe_customer_id: `cus_${suffix(i, 7).slice(0, 14)}`, internal_notes: null },
    unsafe_metadata: { theme: i % 2 ? 'dark' : 'light' },
    email_addresses: [
      {
        id: email1,
        object: 'email_address',
        email_address: `${handle}@example.com`,
        reserved: false,
        verification: verification('email_code', 'verification_otp', created),
        linked_to: hasGoogle ? [{ type: 'oauth_google', id: google }] : [],
        matches_sso_connection: false,
        created_at: created,
        updated_at: updated,
      },
    ],
    phone_numbers: !hasPhone ? [] : [
      {
        id: phone,
        object: 'phone_number',
        phone_number: `+4420${String(7_000_000 + i).padStart(8, '0')}`,
        reserved_for_second_factor: false,
        default_second_factor: false,
        reserved: false,
        verification: verification('phone_code', 'verification_otp', created),
        linked_to: [],
        backup_codes: null,
        created_at: created,
        updated_at: updated,
      },
    ],
    web3_wallets: [],
    passkeys: [],
    password_enabled: true,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    password_last_updated_at: created,
    external_accounts: !hasGoogle ? [] : [
      {
        object: 'external_account',
        id: `eac_${suffix(i, 8)}`,
        provider: 'oauth_google',
        identification_id: google,
        provider_user_id: String(100_000_000_000_000 + i * 7919),
        approved_scopes: 'email openid profile',
        email_address: `${handle}@gmail.com`,
        email_address_verified: true,
        first_name: first,
        last_name: last,
        image_url: `https://lh3.googleusercontent.com/a/${suffix(i, 9)}`,
        username: null,
        phone_number: null,
        public_metadata: {},
        label: null,
        created_at: created,
        updated_at: updated,
        verification: { object: 'verification_oauth', status: 'verified', strategy: 'oauth_google', attempts: null, expire_at: created + 600_000 },
      },
    ],
    saml_accounts: [],
    enterprise_accounts: [],
    last_sign_in_at: updated,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: 100,
    created_at: created,
    updated_at: updated,
    delete_self_enabled: true,
    create_organization_enabled: true,
    last_active_at: updated,
    legal_accepted_at: null,
  };
}

export function orgId(i) {
  return `org_${String(i).padStart(8, '0')}${suffix(i, 11).slice(8)}`;
}

export function makeOrganization(i) {
  const name = `${LAST[i % LAST.length]} ${['Labs', 'Systems', 'Works', 'Group'][i % 4]} ${i}`;
  const created = T0 - i * 60_000;
  return {
    object: 'organization',
    id: orgId(i),
    name,
    slug: name.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    image_url: `https://img.clerk.com/eyJ0eXBlIjoiZGVmYXVsdCIsImlpZCI6Imluc18${suffix(i, 12)}`,
    has_image: false,
    members_count: (i % 40) + 1,
    pending_invitations_count: i % 3,
    max_allowed_memberships: 100,
    admin_delete_enabled: true,
    public_metadata: { tier: PLANS[i % PLANS.length], region: ['eu', 'us', 'ap'][i % 3] },
    private_metadata: { billing_account: `acct_${suffix(i, 13).slice(0, 16)}` },
    created_by: userId(i % 1000),
    created_at: created,
    updated_at: created + 3_600_000,
    last_active_at: created + 7_200_000,
  };
}
