import { CHANGING_STATUSES, type FollowPolicy, isFollowed } from '../domain/status-follow.rule.js';
import type { WorkerReadModel } from './ports/worker-read-model.port.js';
import type { WorkerView } from './worker.view.js';

/** The managed workers whose instance is changing state and still followed closely (the status-follow job's work). */
export async function workersToFollow(readModel: WorkerReadModel, now: Date, policy: FollowPolicy): Promise<WorkerView[]> {
  return (await readModel.allManaged([...CHANGING_STATUSES])).filter((w) => w.instanceId && isFollowed(w, now, policy));
}
