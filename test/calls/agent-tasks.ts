import type { CallTable } from './types.js';

export const calls: CallTable = {
  CreateAgentTask: (clerk) =>
    clerk.agentTasks.create({
      onBehalfOf: { userId: 'user_123' },
      permissions: '*',
      agentName: 'Booking bot',
      taskDescription: 'Book a table for two',
      redirectUrl: 'https://example.com/done',
    }),
  RevokeAgentTask: (clerk) => clerk.agentTasks('agt_task_123').revoke(),
};
