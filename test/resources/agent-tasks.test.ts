import { describe, expect, it } from 'vitest';
import { AgentTask } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

// Wire-format objects, shaped as Clerk's spec describes them.

const agentTaskJson = (id: string, url?: string) => ({ object: 'agent_task', agent_id: 'agent_1', agent_task_id: id, task_id: id, ...(url ? { url } : {}) });

describe('clerk.agentTasks', () => {
  it('an agent task is located by its agentTaskId', async () => {
    const body = {
      on_behalf_of: { user_id: 'user_1' },
      permissions: '*',
      agent_name: 'Bot',
      task_description: 'Book a table',
      redirect_url: 'https://example.com/done',
    };
    api().post('/agents/tasks', body).reply(200, agentTaskJson('agt_1', 'https://accounts.example.com/agent?t=1'));
    const task = await strict().agentTasks.create({
      onBehalfOf: { userId: 'user_1' },
      permissions: '*',
      agentName: 'Bot',
      taskDescription: 'Book a table',
      redirectUrl: 'https://example.com/done',
    });
    expect(task).toBeInstanceOf(AgentTask);
    api().post('/agents/tasks/agt_1/revoke').reply(200, agentTaskJson('agt_1'));
    expect(await task.revoke()).toBe(task);
    expect(task.url).toBeUndefined();
  });
});
