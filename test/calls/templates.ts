import type { CallTable } from './types.js';

export const calls: CallTable = {
  GetTemplateList: (clerk) => clerk.templates.email.list({ limit: 20 }),
  GetTemplate: (clerk) => clerk.templates.email('invitation').get(),
  UpsertTemplate: (clerk) =>
    clerk.templates.email('invitation').upsert({ subject: 'Join {{app.name}}', body: '<p>You are invited to {{app.name}}.</p>' }),
  RevertTemplate: (clerk) => clerk.templates.sms('verification_code').revert(),
  PreviewTemplate: (clerk) => clerk.templates.email('invitation').preview({ subject: 'Join us', body: '<p>Hello</p>' }),
  ToggleTemplateDelivery: (clerk) => clerk.templates.sms('verification_code').toggleDelivery({ deliveredByClerk: false }),
};
