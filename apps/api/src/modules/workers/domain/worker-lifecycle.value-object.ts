import type { Actor } from '#kernel';
import type { PowerAction } from './worker-transitions.rule.js';

/** Who did what to a worker, and when: the dates the console and the audit show without the timeline. */
export interface WorkerLifecycle {
  createdAt: string;
  createdBy: Actor;
  importedAt?: string;
  importedBy?: Actor;
  startRequestedAt?: string;
  startRequestedBy?: Actor;
  stopRequestedAt?: string;
  stopRequestedBy?: Actor;
  terminateRequestedAt?: string;
  terminateRequestedBy?: Actor;
  terminatedAt?: string;
  unregisteredAt?: string;
  unregisteredBy?: Actor;
  updatedAt: string;
}

/** The lifecycle of a worker made now: created (and imported, for an existing instance). */
export function newLifecycle(at: string, by: Actor, imported: boolean): WorkerLifecycle {
  return imported ? { createdAt: at, createdBy: by, importedAt: at, importedBy: by, updatedAt: at } : { createdAt: at, createdBy: by, updatedAt: at };
}

const REQUESTED: Record<PowerAction, { at: keyof WorkerLifecycle; by: keyof WorkerLifecycle }> = {
  start: { at: 'startRequestedAt', by: 'startRequestedBy' },
  stop: { at: 'stopRequestedAt', by: 'stopRequestedBy' },
  terminate: { at: 'terminateRequestedAt', by: 'terminateRequestedBy' },
};

/** Records who asked for a power action, and when. */
export function withRequest(lifecycle: WorkerLifecycle, action: PowerAction, at: string, by: Actor): WorkerLifecycle {
  return { ...lifecycle, [REQUESTED[action].at]: at, [REQUESTED[action].by]: by };
}
