import type { CallTable } from './types.js';

export const calls: CallTable = {
  CreatePhoneNumber: (clerk) => clerk.phoneNumbers.create({ userId: 'user_123', phoneNumber: '+15555550100' }),
  GetPhoneNumber: (clerk) => clerk.phoneNumbers('idn_456').get(),
  UpdatePhoneNumber: (clerk) => clerk.phoneNumbers('idn_456').update({ primary: true }),
  DeletePhoneNumber: (clerk) => clerk.phoneNumbers('idn_456').delete(),
  PreparePhoneNumberVerification: (clerk) => clerk.phoneNumbers('idn_456').prepareVerification(),
  AttemptPhoneNumberVerification: (clerk) => clerk.phoneNumbers('idn_456').attemptVerification({ verificationId: 'ver_456', code: '424242' }),
};
