import type { DesiredPower } from '../../domain/desired-state.rule.js';
import type { PlannedStop } from '../../domain/stop-warning.rule.js';

/** A worker as the scheduling module needs it (from the workers module's facade). */
export interface FleetWorker {
  id: string;
  name: string;
  region: string;
  status: string;
  tags: Readonly<Record<string, string>>;
  /** Since when the product knows the worker (provisioned or imported): nothing is known of it before. */
  createdAt?: string;
  /** When the status last changed (for a running worker: since when it runs). */
  statusChangedAt?: string;
  owner?: string;
  /** The last start or stop a person asked for. */
  lastManualChange?: { action: 'start' | 'stop'; at: string; by: string };
  /** A "keep running / keep stopped until" set on the worker. */
  override?: { kind: 'keep-running' | 'keep-stopped'; until: string; by: string };
  /** Recent boot-to-ready times in seconds (start asked -> controller available), newest last. */
  bootToReadySeconds: readonly number[];
  /** What the reconciler did last and how it went, to back off after failures. */
  power?: { failures: number; lastAttemptAt?: string };
  /** The planned stop (ISO 8601) the reconciler last warned of. */
  stopWarnedFor?: string;
}

/** The trigger of a start or stop the reconciler makes, as the timeline names it. */
export type PowerTrigger = 'schedule' | 'reservation' | 'runtime-limit' | 'override';

/** The workers module, narrowed to what the reconciler and the planner need. */
export abstract class WorkerFleet {
  /** Every managed worker that is not terminated. */
  abstract all(): Promise<FleetWorker[]>;
  abstract get(id: string): Promise<FleetWorker>;
  /** Records the worker's desired power (an event when the decision changes). */
  abstract recordDesired(id: string, desired: DesiredPower): Promise<void>;
  /** Starts or stops through the same command people use; records the outcome for the backoff. */
  abstract power(id: string, action: 'start' | 'stop', trigger: PowerTrigger, reason: string): Promise<{ changed: boolean; message: string }>;
  /** Warns of a stop the reconciler will make (`worker.stop-warning-issued`); the worker keeps it once per planned stop. */
  abstract warnStop(id: string, stop: PlannedStop, reason: string): Promise<void>;
  /** Records why the reconciler did not act although the worker differs from its desired state. */
  abstract recordHeld(id: string, reason: string): Promise<void>;
  /** Clears an override whose `until` has passed (the worker's timeline says it expired); false when there was none left to clear. */
  abstract expireOverride(id: string): Promise<boolean>;
}
