import type { CallTable } from './types.js';

export const calls: CallTable = {
  GetPublicInterstitial: (clerk) => clerk.interstitial.get({ publishableKey: 'pk_test_Y2xlcmsuZXhhbXBsZS5jb20k' }),
};
