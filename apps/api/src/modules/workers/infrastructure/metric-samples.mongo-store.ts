import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { type MetricSample, MetricSamples } from '../application/ports/metric-samples.port.js';
import { METRIC_SAMPLE_MODEL } from './metric-sample.schema.js';

export type SampleDoc = Omit<MetricSample, 'at'> & { at: Date };

/** Metric samples (`metric-sample.schema.ts`: indexes and retention). */
@Injectable()
export class MongoMetricSamples extends MetricSamples {
  constructor(@InjectModel(METRIC_SAMPLE_MODEL) private readonly model: Model<SampleDoc>) {
    super();
  }

  async record(samples: MetricSample[]): Promise<void> {
    // `lean`: a fleet cycle writes one sample per running worker; hydrating each would cost more than writing it (ADR 0028).
    if (samples.length) await this.model.insertMany(samples.map((s) => ({ ...s, at: new Date(s.at) })), { ordered: false, lean: true });
  }

  async range(workerId: string, from: Date, to: Date, maxPoints: number): Promise<MetricSample[]> {
    const docs = await this.model
      .find({ workerId, at: { $gte: from, $lte: to } }, { _id: 0 })
      .sort({ at: 1 })
      .lean<SampleDoc[]>();
    // Thin evenly so a long range stays a readable chart.
    const step = Math.max(1, Math.ceil(docs.length / maxPoints));
    return docs.filter((_, i) => i % step === 0).map((d) => ({ ...d, at: d.at.toISOString() }));
  }
}
