import type { AppConfig } from '../../../config/app-config.js';
import { cmlFreshness, nextStatusCheck } from '../domain/status-follow.rule.js';
import { followPolicy } from './worker-config.policy.js';
import type { WorkerView } from './worker.view.js';

/**
 * Adds what depends on the moment of the read: when EC2 is read next, and whether the CML facts
 * are current or the last ones known (with their age).
 */
export function withLiveState(view: WorkerView, now: Date, config: AppConfig): WorkerView {
  return {
    ...view,
    nextStatusCheck: nextStatusCheck(view, now, followPolicy(config)),
    cml: { ...view.cml, freshness: cmlFreshness({ status: view.status, serviceStatus: view.serviceStatus, lastReadAt: view.cml.lastReadAt, error: view.cml.error }) },
  };
}
