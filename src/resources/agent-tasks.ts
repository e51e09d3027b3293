import type { RequestOptions } from '../core/options.js';
import { operations as ops } from '../generated/operations.js';
import type {
  AgentTask as AgentTaskData,
} from '../generated/types.js';
import { Collection, Handle, type PathValues, type OperationParams } from './base.js';

/**
 * `clerk.agentTasks`: create one; `clerk.agentTasks(id)` to revoke it. An agent task lets an AI
 * agent act on behalf of a user, through a sign-in URL, for one described task.
 *
 * @example
 * ```ts
 * const task = await clerk.agentTasks.create({
 *   onBehalfOf: { userId: 'user_123' }, permissions: '*', agentName: 'Booking bot',
 *   taskDescription: 'Book a table', redirectUrl: 'https://example.com/done',
 * });
 * await task.revoke();
 * ```
 */
export class AgentTasksCollection extends Collection<AgentTaskHandle> {
  static override readonly fluentPath = 'clerk.agentTasks';

  protected $handle(agentTaskId: string): AgentTaskHandle {
    return this.$nested(AgentTaskHandle, { agent_task_id: agentTaskId });
  }

  /** Creates an agent task (`POST /agents/tasks`). */
  create(params: OperationParams<'CreateAgentTask'>, options?: RequestOptions): Promise<AgentTask> {
    return this.$record('create', AgentTask, ops.CreateAgentTask, params, options);
  }
}

/** `clerk.agentTasks(id)`, also the methods of an `AgentTask` record. */
export class AgentTaskHandle extends Handle {
  static override readonly fluentPath = 'clerk.agentTasks(…)';

  /** Revokes the task, so its URL no longer signs in (`POST /agents/tasks/{agent_task_id}/revoke`). On a record, the record refreshes itself. */
  revoke(options?: RequestOptions): Promise<AgentTask> {
    return this.$record('revoke', AgentTask, ops.RevokeAgentTask, undefined, options);
  }
}

export interface AgentTask extends AgentTaskData {}
/** An agent task, as a record. Its id is `agentTaskId` (the object has no `id` field). */
export class AgentTask extends AgentTaskHandle {
  static schema = 'AgentTask';
  static locate(data: { [key: string]: unknown }): PathValues {
    return { agent_task_id: data.agentTaskId };
  }
}
