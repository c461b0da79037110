import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Connection } from 'mongoose';
import { AppConfig } from '../../../config/app-config.js';
import { MongoConnectionSupervisor } from '../../../platform/database/database.module.js';
import { type MetricSample, MetricSamples } from '../application/ports/metric-samples.port.js';

type SampleDoc = Omit<MetricSample, 'at'> & { at: Date };

@Injectable()
export class MongoMetricSamples extends MetricSamples implements OnModuleInit {
  private readonly collection: Collection<SampleDoc>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly config: AppConfig,
    private readonly db: MongoConnectionSupervisor,
  ) {
    super();
    this.collection = connection.collection('metric_samples') as unknown as Collection<SampleDoc>;
  }

  onModuleInit(): void {
    this.db.whenReady('Metric sample indexes', async () => {
      await this.collection.createIndex({ workerId: 1, at: 1 });
      // Retention: MongoDB removes samples older than the configured days.
      await this.collection.createIndex({ at: 1 }, { expireAfterSeconds: this.config.jobs.metricsRetentionDays * 86_400, name: 'at_ttl' });
    });
  }

  async record(samples: MetricSample[]): Promise<void> {
    if (samples.length) await this.collection.insertMany(samples.map((s) => ({ ...s, at: new Date(s.at) })), { ordered: false });
  }

  async range(workerId: string, from: Date, to: Date, maxPoints: number): Promise<MetricSample[]> {
    const docs = await this.collection
      .find({ workerId, at: { $gte: from, $lte: to } }, { projection: { _id: 0 } })
      .sort({ at: 1 })
      .toArray();
    // Thin evenly so a long range stays a readable chart.
    const step = Math.max(1, Math.ceil(docs.length / maxPoints));
    return docs.filter((_, i) => i % step === 0).map((d) => ({ ...d, at: d.at.toISOString() }));
  }
}
