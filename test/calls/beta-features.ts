import type { CallTable } from './types.js';

export const calls: CallTable = {
  UpdateInstanceAuthConfig: (clerk) => clerk.betaFeatures.updateInstanceSettings({ progressiveSignUp: true }),
  UpdateProductionInstanceDomain: (clerk) => clerk.betaFeatures.updateProductionInstanceDomain({ homeUrl: 'https://www.example.com' }),
};
