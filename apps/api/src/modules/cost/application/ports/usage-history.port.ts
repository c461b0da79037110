import type { UsageEvent } from '../../domain/usage-history.rule.js';

/** Where workers' histories come from (the event log). */
export abstract class UsageHistory {
  /** Workers with history recorded since `recordedFrom` (ISO), oldest recorded first, at most `limit` entries. */
  abstract changedSince(recordedFrom: string, limit: number): Promise<{ workerId: string; recordedAt: string }[]>;
  /** A worker's whole history as metering reads it, oldest first. */
  abstract of(workerId: string): Promise<UsageEvent[]>;
  /** The histories of several workers in one read (a workers' history is read whole, so a batch costs one pass). */
  abstract ofMany(workerIds: readonly string[]): Promise<Map<string, UsageEvent[]>>;
}
