/**
 * Names renamed by the naming rule (acronyms are words: test/names.test.ts) and the first shape of
 * the template calls keep working: each former name is the same class, method or type as its new
 * one, and sends the same request.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as exported from '../src/index.js';
import type { ClerkTypes } from '../src/index.js';
import { api, newClerk } from './helpers.js';

/** Former class names and their new ones. */
const renamedClasses = {
  RedirectURLHandle: 'RedirectUrlHandle',
  RedirectURL: 'RedirectUrl',
  JWTTemplatesCollection: 'JwtTemplatesCollection',
  JWTTemplateHandle: 'JwtTemplateHandle',
  JWTTemplate: 'JwtTemplate',
  OAuthApplicationsCollection: 'OauthApplicationsCollection',
  OAuthApplicationHandle: 'OauthApplicationHandle',
  OAuthApplication: 'OauthApplication',
  OAuthAccessTokens: 'OauthAccessTokens',
  SAMLConnectionsCollection: 'SamlConnectionsCollection',
  SAMLConnectionHandle: 'SamlConnectionHandle',
  SAMLConnection: 'SamlConnection',
  M2MTokensCollection: 'M2mTokensCollection',
  M2MTokenHandle: 'M2mTokenHandle',
  M2MToken: 'M2mToken',
  SCIMDirectoriesCollection: 'ScimDirectoriesCollection',
  SCIMDirectoryHandle: 'ScimDirectoryHandle',
  SCIMDirectory: 'ScimDirectory',
  SCIMGroupRoleMappingsCollection: 'ScimGroupRoleMappingsCollection',
  SCIMGroupRoleMappingHandle: 'ScimGroupRoleMappingHandle',
  SCIMGroupRoleMapping: 'ScimGroupRoleMapping',
  ClerkAPIError: 'ClerkApiError',
} as const;

const redirectUrl = { object: 'redirect_url', id: 'ru_1', url: 'myapp://callback', created_at: 1, updated_at: 1 };

describe('former names', () => {
  it.each(Object.entries(renamedClasses))('%s is %s', (former, current) => {
    const classes = exported as unknown as Record<string, unknown>;
    expect(typeof classes[current]).toBe('function');
    expect(classes[former]).toBe(classes[current]);
  });

  it('a record is an instance of its class under either name', async () => {
    api().get('/redirect_urls/ru_1').reply(200, redirectUrl);
    const record = await newClerk().redirectUrls('ru_1').get();
    expect(record).toBeInstanceOf(exported.RedirectUrl);
    expect(record).toBeInstanceOf(exported.RedirectURL);
  });

  it('renamed methods send what their new names send', async () => {
    const clerk = newClerk();
    api().delete('/users/user_1/totp').reply(200, { object: 'totp', id: 'totp_1', deleted: true });
    await expect(clerk.users('user_1').deleteTOTP()).resolves.toMatchObject({ deleted: true });
    api().get('/users/user_1/oauth_access_tokens/oauth_google').query(true).reply(200, []);
    await expect(clerk.users('user_1').getOAuthAccessToken('oauth_google').toArray({ max: 10 })).resolves.toEqual([]);
    const settings = { object: 'oauth_application_settings', dynamic_oauth_client_registration: true };
    api().get('/instance/oauth_application_settings').reply(200, settings);
    await expect(clerk.instance.getOAuthApplicationSettings()).resolves.toMatchObject({ dynamicOauthClientRegistration: true });
    api().patch('/instance/oauth_application_settings', { dynamic_oauth_client_registration: false }).reply(200, settings);
    await expect(clerk.instance.updateOAuthApplicationSettings({ dynamicOauthClientRegistration: false })).resolves.toBeDefined();
    api().post('/webhooks/svix_url').reply(200, { svix_url: 'https://app.svix.com/login#key=abc' });
    await expect(clerk.webhooks.generateSvixAuthURL()).resolves.toEqual({ svixUrl: 'https://app.svix.com/login#key=abc' });
  });

  it('templates by a call with the type, the first shape of clerk.templates.email', async () => {
    const clerk = newClerk();
    const template = { object: 'template', slug: 'invitation', template_type: 'email', name: 'Invitation' };
    api().get('/templates/email/invitation').reply(200, template);
    await expect(clerk.templates('email')('invitation').get()).resolves.toMatchObject({ slug: 'invitation' });
    api().get('/templates/sms').query(true).reply(200, []);
    await expect(clerk.templates('sms').list().toArray({ max: 10 })).resolves.toEqual([]);
  });

  it('former type names are the same types', () => {
    expectTypeOf<exported.RedirectURL>().toEqualTypeOf<exported.RedirectUrl>();
    expectTypeOf<exported.OAuthApplicationWithSecret>().toEqualTypeOf<exported.OauthApplicationWithSecret>();
    expectTypeOf<exported.M2MTokenAuth>().toEqualTypeOf<exported.M2mTokenAuth>();
    expectTypeOf<exported.OAuthTokenAuth>().toEqualTypeOf<exported.OauthTokenAuth>();
    expectTypeOf<exported.ClerkAPIErrorDetail>().toEqualTypeOf<exported.ClerkApiErrorDetail>();
    expectTypeOf<ClerkTypes.JWTTemplate>().toEqualTypeOf<ClerkTypes.JwtTemplate>();
    expectTypeOf<ClerkTypes.VerifyTOTPBody>().toEqualTypeOf<ClerkTypes.VerifyTotpBody>();
    expectTypeOf<ClerkTypes.CreateSAMLConnectionBody>().toEqualTypeOf<ClerkTypes.CreateSamlConnectionBody>();
    expectTypeOf<ClerkTypes.CommercePlan2>().toEqualTypeOf<ClerkTypes.CommercePriceTransitionPlan>();
    expectTypeOf<ClerkTypes.CNameTarget>().toEqualTypeOf<ClerkTypes.CnameTarget>();
  });
});
