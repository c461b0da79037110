import { Injectable } from '@nestjs/common';
import { InjectConnection } from '@nestjs/mongoose';
import type { Collection, Filter } from 'mongodb';
import type { Connection } from 'mongoose';
import type { EventEnvelope } from '#kernel';
import { MongoEventLog } from '#persistence';
import { WorkerTimeline } from '../application/ports/worker-timeline.port.js';
import type { FleetSummary, Page, WorkerBrief, WorkerListFilter, WorkerSortField, WorkerView } from '../application/worker.view.js';
import { WorkerReadModel } from '../application/ports/worker-read-model.port.js';
import { FleetSummaryCache } from './fleet-summary.cache.js';
import { instanceKey, type StoredWorker, toView } from './worker.mapper.js';
import { WORKERS_COLLECTION } from './worker.mongo-repository.js';

const SORT_FIELDS: Record<WorkerSortField, string> = {
  name: 'name',
  status: 'status',
  region: 'region',
  instanceType: 'instanceType',
  createdAt: 'lifecycle.createdAt',
  updatedAt: 'lifecycle.updatedAt',
  cpu: 'telemetry.cpuPercent',
  memory: 'telemetry.memoryPercent',
  disk: 'telemetry.diskPercent',
  runningNodes: 'telemetry.runningNodes',
};

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Queries over the workers collection; every filter, sort and page is done by MongoDB. */
@Injectable()
export class WorkerMongoReadModel extends WorkerReadModel {
  private readonly collection: Collection<StoredWorker>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly summaries: FleetSummaryCache,
  ) {
    super();
    this.collection = connection.collection(WORKERS_COLLECTION) as unknown as Collection<StoredWorker>;
  }

  private filterOf(filter: Pick<WorkerListFilter, 'region' | 'statuses' | 'q' | 'includeTerminated' | 'includeUnregistered'>): Filter<StoredWorker> {
    const f: Filter<StoredWorker> = {};
    if (!filter.includeUnregistered) f.managed = true;
    if (filter.region) f.region = filter.region;
    if (filter.statuses?.length) f.status = { $in: filter.statuses };
    else if (!filter.includeTerminated) f.status = { $ne: 'terminated' };
    if (filter.q?.trim()) {
      const rx = { $regex: escapeRegex(filter.q.trim()), $options: 'i' };
      f.$or = [{ name: rx }, { instanceId: rx }, { publicIp: rx }, { privateIp: rx }];
    }
    return f;
  }

  async list(filter: WorkerListFilter): Promise<Page<WorkerView>> {
    const f = this.filterOf(filter);
    const [docs, total] = await Promise.all([
      this.collection
        .find(f, { projection: { _outbox: 0 } })
        .sort({ [SORT_FIELDS[filter.sort.field]]: filter.sort.direction, _id: 1 })
        .skip((filter.page - 1) * filter.pageSize)
        .limit(filter.pageSize)
        .toArray(),
      this.collection.countDocuments(f),
    ]);
    return { items: docs.map(toView), total, page: filter.page, pageSize: filter.pageSize };
  }

  async allManaged(statuses: WorkerView['status'][]): Promise<WorkerView[]> {
    // _id is a UUIDv7: its order is creation order, and it needs no sort stage of its own.
    const docs = await this.collection
      .find({ managed: true, status: { $in: statuses } }, { projection: { _outbox: 0 }, batchSize: 1000 })
      .sort({ _id: 1 })
      .toArray();
    return docs.map(toView);
  }

  async get(id: string): Promise<WorkerView | undefined> {
    const doc = await this.collection.findOne({ _id: id }, { projection: { _outbox: 0 } });
    return doc ? toView(doc) : undefined;
  }

  async briefs(ids: string[]): Promise<Map<string, WorkerBrief>> {
    if (ids.length === 0) return new Map();
    const docs = await this.collection.find({ _id: { $in: [...new Set(ids)] } }, { projection: { name: 1, status: 1 } }).toArray();
    return new Map(docs.map((d) => [String(d._id), { name: d.name, status: d.status }]));
  }

  summary(region?: string): Promise<FleetSummary> {
    return this.summaries.get(region, () => this.computeSummary(region));
  }

  private async computeSummary(region?: string): Promise<FleetSummary> {
    const match: Filter<StoredWorker> = { managed: true, ...(region ? { region } : {}) };
    const rows = await this.collection.aggregate<{ _id: string; n: number }>([{ $match: match }, { $group: { _id: '$status', n: { $sum: 1 } } }]).toArray();
    const byStatus = Object.fromEntries(rows.map((r) => [r._id, r.n])) as FleetSummary['byStatus'];
    const billable = (byStatus.pending ?? 0) + (byStatus.running ?? 0) + (byStatus.stopping ?? 0);
    const total = rows.filter((r) => r._id !== 'terminated').reduce((a, r) => a + r.n, 0);
    return { total, byStatus, billable };
  }

  async managedByInstance(region: string, instanceIds?: string[]): Promise<Map<string, { id: string; name: string }>> {
    const f: Filter<StoredWorker> = instanceIds ? { instanceKey: { $in: instanceIds.map((i) => instanceKey(region, i)) } } : { managed: true, region };
    if (instanceIds && instanceIds.length === 0) return new Map();
    const docs = await this.collection.find(f, { projection: { instanceId: 1, name: 1 } }).toArray();
    return new Map(docs.map((d) => [String(d.instanceId), { id: String(d._id), name: String(d.name) }]));
  }
}

/** Timeline = the event log plus events still in the worker's outbox (read-your-writes). */
@Injectable()
export class WorkerMongoTimeline extends WorkerTimeline {
  private readonly collection: Collection<StoredWorker>;

  constructor(
    @InjectConnection() connection: Connection,
    private readonly log: MongoEventLog,
  ) {
    super();
    this.collection = connection.collection(WORKERS_COLLECTION) as unknown as Collection<StoredWorker>;
  }

  async events(workerId: string, page: number, pageSize: number, hideSystem?: readonly string[]): Promise<{ items: EventEnvelope[]; total: number } | undefined> {
    const doc = await this.collection.findOne({ _id: workerId }, { projection: { _outbox: 1 } });
    if (!doc) return undefined;
    // The log pages in the database; the outbox (events not relayed yet) is merged in their place.
    return this.log.timeline('worker', workerId, page, pageSize, (doc._outbox ?? []) as EventEnvelope[], hideSystem);
  }
}
