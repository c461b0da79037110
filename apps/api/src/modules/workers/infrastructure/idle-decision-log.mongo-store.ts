import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { AppConfig } from '../../../config/app-config.js';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { IdleDecisionLog, type IdleDecisionRecord } from '../application/ports/idle-decision-log.port.js';

type DecisionDoc = Omit<IdleDecisionRecord, 'at'> & { at: Date };

/**
 * Rows stored before 2026-12 were written at every evaluation (1440 a day per worker), without a
 * `code`. Reading them, a run of such rows that says the same thing but for its numbers and times
 * is one decision, shown by its oldest row (when it was first taken). At most this many rows are
 * read to find the changes asked for; they age out with METRICS_RETENTION_DAYS.
 */
export const LEGACY_ROWS_READ_AT_MOST = 2_000;

const isLegacy = (r: IdleDecisionRecord) => r.code === undefined;
const legacySubstance = (r: IdleDecisionRecord) => `${r.outcome}:${r.reason.replace(/\d+/g, '#')}`;

@Injectable()
export class MongoIdleDecisionLog extends IdleDecisionLog implements OnModuleInit {
  private readonly collection: Collection<DecisionDoc>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly config: AppConfig,
    private readonly db: MongoConnectionSupervisor,
  ) {
    super();
    this.collection = connection.collection('idle_decisions') as unknown as Collection<DecisionDoc>;
  }

  onModuleInit(): void {
    this.db.whenReady('Idle decision indexes', async () => {
      await this.collection.createIndex({ workerId: 1, at: -1 });
      await this.collection.createIndex({ at: 1 }, { expireAfterSeconds: this.config.jobs.metricsRetentionDays * 86_400, name: 'at_ttl' });
    });
  }

  async record(decisions: IdleDecisionRecord[]): Promise<void> {
    if (decisions.length) await this.collection.insertMany(decisions.map((d) => ({ ...d, at: new Date(d.at) })), { ordered: false });
  }

  async recent(workerId: string, limit: number): Promise<IdleDecisionRecord[]> {
    const cursor = this.collection
      .find({ workerId }, { projection: { _id: 0 } })
      .sort({ at: -1 })
      .limit(LEGACY_ROWS_READ_AT_MOST)
      .batchSize(Math.min(limit + 1, 200));
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
