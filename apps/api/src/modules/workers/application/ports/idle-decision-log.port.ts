import type { IdleDecision } from '../../domain/idle.rule.js';

/** A stored idle evaluation: when, what was known, what was decided and why. */
export interface IdleDecisionRecord extends IdleDecision {
  workerId: string;
  at: string;
  timeoutMinutes: number;
}

export abstract class IdleDecisionLog {
  abstract record(decisions: IdleDecisionRecord[]): Promise<void>;
  /** Newest first. */
  abstract recent(workerId: string, limit: number): Promise<IdleDecisionRecord[]>;
}
