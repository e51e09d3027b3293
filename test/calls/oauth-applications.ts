import type { CallTable } from './types.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

export const calls: CallTable = {
  ListOAuthApplications: (clerk) => clerk.oauthApplications.list({ orderBy: '-created_at', nameQuery: 'acme' }),
  CreateOAuthApplication: (clerk) =>
    clerk.oauthApplications.create({ name: 'Acme CLI', redirectUris: ['https://acme.dev/callback'], scopes: 'profile email', pkceRequired: true }),
  GetOAuthApplication: (clerk) => clerk.oauthApplications('oa_123').get(),
  UpdateOAuthApplication: (clerk) => clerk.oauthApplications('oa_123').update({ consentScreenEnabled: true }),
  DeleteOAuthApplication: (clerk) => clerk.oauthApplications('oa_123').delete(),
  UploadOAuthApplicationLogo: (clerk) => clerk.oauthApplications('oa_123').uploadLogo({ file: new Blob([png], { type: 'image/png' }) }),
  RotateOAuthApplicationSecret: (clerk) => clerk.oauthApplications('oa_123').rotateSecret(),
  RevokeOAuthApplicationToken: (clerk) => clerk.oauthApplications('oa_123').revokeToken({ token: 'oat_0ef5a7a33d87ed87ee7954c845d80450' }),
};
