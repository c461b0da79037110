import type { IdleDecisionRecord } from '../../ports/idle-decision-log.port.js';

export class GetWorkerIdleQuery {
  constructor(readonly workerId: string) {}
}

/** The idle picture of one worker, as the console's idle panel shows it. */
export interface WorkerIdleView {
  workerId: string;
  status: string;
  /** Whether detection covers this worker now (fleet switch and worker switch). */
  enabled: boolean;
  fleetEnabled: boolean;
  workerEnabled: boolean;
  timeoutMinutes: number;
  timeoutSource: 'worker' | 'fleet';
  lastActivityAt?: string;
  lastActivitySource?: string;
  lastActivityCheckAt?: string;
  idleMinutes?: number;
  snoozedUntil?: string;
  startGraceUntil?: string;
  warning?: { issuedAt: string; plannedStopAt: string };
  /** What the next evaluation would decide now. */
  current: { outcome: string; reason: string; plannedStopAt?: string };
  recentDecisions: IdleDecisionRecord[];
}
