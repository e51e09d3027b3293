import { describe, expect, it } from 'vitest';
import { SignUp } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format objects, shaped as Clerk's spec describes them.

function signUpJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'sign_up_attempt',
    id,
    status: 'missing_requirements',
    required_fields: ['email_address'],
    optional_fields: [],
    missing_fields: [],
    unverified_fields: ['email_address'],
    verifications: { email_address: { next_action: 'needs_attempt', supported_strategies: ['email_code'] }, phone_number: null, web3_wallet: null, external_account: null },
    username: null,
    email_address: 'ada@example.com',
    phone_number: null,
    web3_wallet: null,
    password_enabled: false,
    first_name: null,
    last_name: null,
    custom_action: false,
    external_id: null,
    created_session_id: null,
    created_user_id: null,
    abandon_at: 1700600000000,
    legal_accepted_at: null,
    ...overrides,
  };
}

describe('clerk.signUps', () => {
  it('get and update a sign-up attempt record in place', async () => {
    api().get('/sign_ups/sua_1').reply(200, signUpJson('sua_1'));
    const signUp = await strict().signUps.get('sua_1');
    expect(signUp).toBeInstanceOf(SignUp);
    expect(signUp.verifications.emailAddress?.nextAction).toBe('needs_attempt');
    api().patch('/sign_ups/sua_1', { external_id: 'crm_1' }).reply(200, signUpJson('sua_1', { external_id: 'crm_1' }));
    expect(await signUp.update({ externalId: 'crm_1' })).toBe(signUp);
    expect(signUp.externalId).toBe('crm_1');
  });
});
