import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { MonthFigures, OpenUsage } from '../../domain/cost-ledger.rule.js';
import type { RunInterval } from '../../domain/metering.rule.js';
import type { UsageStop } from '../../domain/usage-history.rule.js';
import { CostLedger, type MeteredWorker } from '../../application/ports/cost-ledger.port.js';
import { COST_METER_MODEL, COST_MONTH_MODEL } from './cost-ledger.schemas.js';

interface MonthDocument extends MonthFigures {
  _id: string;
  workerId: string;
  meteredAt: string;
}

type Stored<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | undefined ? string | undefined : T[K] };

interface MeterDocument {
  _id: string;
  run?: Stored<RunInterval>;
  stop?: Stored<UsageStop>;
  meteredAt?: string;
  recordedAt?: string;
}

const CHECKPOINT = 'checkpoint';

const runIn = (r: Stored<RunInterval>): RunInterval => ({ region: r.region, instanceType: r.instanceType, start: new Date(r.start), ...(r.end ? { end: new Date(r.end) } : {}) });
const stopIn = (s: Stored<UsageStop>): UsageStop => ({ at: new Date(s.at), trigger: s.trigger, region: s.region, instanceType: s.instanceType, ...(s.until ? { until: new Date(s.until) } : {}) });

/** The cost ledger in two collections: months (`cost_worker_months`) and what is still going (`cost_worker_meters`). */
@Injectable()
export class CostLedgerMongoStore extends CostLedger {
  constructor(
    @InjectModel(COST_MONTH_MODEL) private readonly months: Model<MonthDocument>,
    @InjectModel(COST_METER_MODEL) private readonly meters: Model<MeterDocument>,
  ) {
    super();
  }

  async checkpoint(): Promise<string | undefined> {
    const doc = await this.meters.findById(CHECKPOINT).lean<MeterDocument>();
    return doc?.recordedAt;
  }

  async saveCheckpoint(recordedAt: string): Promise<void> {
    await this.meters.collection.updateOne({ _id: CHECKPOINT } as never, { $set: { recordedAt } }, { upsert: true });
  }

  async replaceWorker(workerId: string, months: readonly MonthFigures[], open: OpenUsage, meteredAt: Date): Promise<void> {
    const at = meteredAt.toISOString();
    if (months.length) {
      await this.months.collection.bulkWrite(
        months.map((m) => ({ replaceOne: { filter: { _id: `${m.month}|${workerId}` } as never, replacement: { workerId, ...m, meteredAt: at } as never, upsert: true } })),
        { ordered: false },
      );
    }
    await this.months.collection.deleteMany({ workerId, month: { $nin: months.map((m) => m.month) } });
    const meter: Omit<MeterDocument, '_id'> = { meteredAt: at };
    if (open.run) meter.run = { region: open.run.region, instanceType: open.run.instanceType, start: open.run.start.toISOString() };
    if (open.stop) meter.stop = { at: open.stop.at.toISOString(), trigger: open.stop.trigger, region: open.stop.region, instanceType: open.stop.instanceType };
    await this.meters.collection.replaceOne({ _id: workerId } as never, meter, { upsert: true });
  }

  async month(month: string): Promise<Map<string, MonthFigures>> {
    const docs = await this.months.collection.find({ month }).toArray();
    return new Map(docs.map((d) => [String(d.workerId), { month, runningSeconds: d.runningSeconds, billedSeconds: d.billedSeconds, computeUsd: d.computeUsd, unpricedSeconds: d.unpricedSeconds, days: d.days ?? {}, saved: d.saved } as MonthFigures]));
  }

  async open(workerIds?: readonly string[]): Promise<Map<string, MeteredWorker>> {
    const filter = workerIds ? { _id: { $in: [...workerIds] } } : { _id: { $ne: CHECKPOINT } };
    const docs = (await this.meters.collection.find(filter as never).toArray()) as unknown as MeterDocument[];
    return new Map(docs.filter((d) => d._id !== CHECKPOINT).map((d) => [d._id, { open: { ...(d.run ? { run: runIn(d.run) } : {}), ...(d.stop ? { stop: stopIn(d.stop) } : {}) }, meteredAt: d.meteredAt ?? '' }]));
  }
}
