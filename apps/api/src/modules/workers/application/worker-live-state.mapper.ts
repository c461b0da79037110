import type { AppConfig } from '../../../config/app-config.js';
import { startupEstimate } from '../domain/boot-to-ready.rule.js';
import { cmlFreshness, nextStatusCheck } from '../domain/status-follow.rule.js';
import { followPolicy, startupPolicy } from './worker-config.policy.js';
import type { WorkerView } from './worker.view.js';

/**
 * Adds what depends on the moment of the read: when EC2 is read next, and whether the CML facts
 * are current or the last ones known (with their age), and when a starting worker will be ready.
 */
export function withLiveState(view: WorkerView, now: Date, config: AppConfig): WorkerView {
  return {
    ...view,
    nextStatusCheck: nextStatusCheck(view, now, followPolicy(config)),
    startup: startupEstimate(view, now, startupPolicy(config)),
    cml: { ...view.cml, freshness: cmlFreshness({ status: view.status, serviceStatus: view.serviceStatus, lastReadAt: view.cml.lastReadAt, error: view.cml.error }) },
  };
}
