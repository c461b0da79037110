import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { AppConfig } from '../../../config/app-config.js';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { IdleDecisionLog, type IdleDecisionRecord } from '../application/ports/idle-decision-log.port.js';

type DecisionDoc = Omit<IdleDecisionRecord, 'at'> & { at: Date };

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
    const docs = await this.collection.find({ workerId }, { projection: { _id: 0 } }).sort({ at: -1 }).limit(limit).toArray();
    return docs.map((d) => ({ ...d, at: d.at.toISOString() }));
  }
}
