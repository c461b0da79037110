import { Schema } from 'mongoose';
import { SCHEMA_DEFAULTS } from '#persistence';

export const IDLE_DECISIONS_COLLECTION = 'idle_decisions';
export const IDLE_DECISION_MODEL = 'IdleDecision';

/**
 * A change of idle decision (`IdleDecisionRecord` of the port, `at` as a Date for the TTL index).
 * Rows stored before 2026-12 lack `code`, `idleFrom`, `until` and `warnedAt`. Rows are only
 * appended: no version key. MongoDB removes rows older than `retentionDays`.
 */
export function idleDecisionSchema(retentionDays: number): Schema {
  const schema = new Schema(
    {
      workerId: String,
      at: Date,
      outcome: String,
      code: String,
      reason: String,
      idleMinutes: Number,
      lastActivityAt: String,
      lastActivitySource: String,
      timeoutMinutes: Number,
      idleFrom: String,
      until: String,
      plannedStopAt: String,
      warnedAt: String,
    },
    { ...SCHEMA_DEFAULTS, versionKey: false, collection: IDLE_DECISIONS_COLLECTION },
  );
  schema.index({ workerId: 1, at: -1 });
  // Retention (METRICS_RETENTION_DAYS), as the metric samples.
  schema.index({ at: 1 }, { expireAfterSeconds: retentionDays * 86_400, name: 'at_ttl' });
  return schema;
}
