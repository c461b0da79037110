import type { IdleDecision } from '../../../domain/idle.rule.js';
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
  /** When idle detection last evaluated this worker (it runs every IDLE_CHECK_INTERVAL_SECONDS). */
  lastEvaluatedAt?: string;
  /** What an evaluation decides now, with the facts it rests on (the console words it from them). */
  current: IdleCurrentDecision;
  /** The latest changes of decision, newest first (not every evaluation). */
  recentDecisions: IdleDecisionRecord[];
}

export interface IdleCurrentDecision extends Omit<IdleDecision, 'clearsWarning'> {
  /** When this decision was first taken, if idle detection has taken it already (the same decision since then). */
  since?: string;
}
