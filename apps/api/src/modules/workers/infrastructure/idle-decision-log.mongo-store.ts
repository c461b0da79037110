import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { IdleDecisionLog, type IdleDecisionRecord } from '../application/ports/idle-decision-log.port.js';
import { IDLE_DECISION_MODEL } from './idle-decision.schema.js';

export type DecisionDoc = Omit<IdleDecisionRecord, 'at'> & { at: Date };

/**
 * Rows stored before 2026-12 were written at every evaluation (1440 a day per worker), without a
 * `code`. Reading them, a run of such rows that says the same thing but for its numbers and times
 * is one decision, shown by its oldest row (when it was first taken). At most this many rows are
 * read to find the changes asked for; they age out with METRICS_RETENTION_DAYS.
 */
export const LEGACY_ROWS_READ_AT_MOST = 2_000;

const isLegacy = (r: IdleDecisionRecord) => r.code === undefined;
const legacySubstance = (r: IdleDecisionRecord) => `${r.outcome}:${r.reason.replace(/\d+/g, '#')}`;

/** Changes of idle decision (`idle-decision.schema.ts`: indexes and retention). */
@Injectable()
export class MongoIdleDecisionLog extends IdleDecisionLog {
  constructor(@InjectModel(IDLE_DECISION_MODEL) private readonly model: Model<DecisionDoc>) {
    super();
  }

  async record(decisions: IdleDecisionRecord[]): Promise<void> {
    if (decisions.length) await this.model.insertMany(decisions.map((d) => ({ ...d, at: new Date(d.at) })), { ordered: false });
  }

  async recent(workerId: string, limit: number): Promise<IdleDecisionRecord[]> {
    // A cursor: legacy runs are folded as they stream in, and reading stops once `limit` rows are found.
    const cursor = this.model
      .find({ workerId }, { _id: 0 })
      .sort({ at: -1 })
      .limit(LEGACY_ROWS_READ_AT_MOST)
      .batchSize(Math.min(limit + 1, 200))
      .lean<DecisionDoc>()
      .cursor();
    const out: IdleDecisionRecord[] = [];
    try {
      for await (const doc of cursor) {
        const row = { ...doc, at: doc.at.toISOString() };
        const newer = out.at(-1);
        if (newer && isLegacy(newer) && isLegacy(row) && legacySubstance(newer) === legacySubstance(row)) {
          // The same legacy decision, taken earlier: the row stands for the run from its oldest.
          out[out.length - 1] = row;
          continue;
        }
        if (out.length === limit) break;
        out.push(row);
      }
    } finally {
      await cursor.close();
    }
    return out;
  }
}
