import type { IdleDecision } from '../../domain/idle.rule.js';

/**
 * A change of idle decision: when it was first taken, what was known, what was decided and why.
 * Rows stored before 2026-12 were written at every evaluation and lack `code`, `idleFrom`, `until`
 * and `warnedAt`; they stay readable (the log shows a run of them as one row).
 */
export interface IdleDecisionRecord extends Omit<IdleDecision, 'code' | 'clearsWarning'> {
  workerId: string;
  at: string;
  timeoutMinutes: number;
  /** Absent on rows stored before 2026-12. */
  code?: IdleDecision['code'];
}

export abstract class IdleDecisionLog {
  /** Stores changes of decision (the caller leaves out evaluations that repeat the previous decision). */
  abstract record(decisions: IdleDecisionRecord[]): Promise<void>;
  /** The latest changes of decision, newest first. */
  abstract recent(workerId: string, limit: number): Promise<IdleDecisionRecord[]>;
}
