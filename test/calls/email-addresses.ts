import type { CallTable } from './types.js';

export const calls: CallTable = {
  CreateEmailAddress: (clerk) => clerk.emailAddresses.create({ userId: 'user_123', emailAddress: 'ada@example.com' }),
  GetEmailAddress: (clerk) => clerk.emailAddresses('idn_123').get(),
  UpdateEmailAddress: (clerk) => clerk.emailAddresses('idn_123').update({ primary: true }),
  DeleteEmailAddress: (clerk) => clerk.emailAddresses('idn_123').delete(),
  PrepareEmailAddressVerification: (clerk) => clerk.emailAddresses('idn_123').prepareVerification(),
  AttemptEmailAddressVerification: (clerk) => clerk.emailAddresses('idn_123').attemptVerification({ verificationId: 'ver_123', code: '424242' }),
};
