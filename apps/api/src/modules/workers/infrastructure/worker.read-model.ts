import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Document, Filter } from 'mongodb';
import type { Model, QueryFilter } from 'mongoose';
import type { CollectionTarget, FleetSummary, Page, WorkerBrief, WorkerListFilter, WorkerSortField, WorkerView } from '../application/worker.view.js';
import { WorkerReadModel } from '../application/ports/worker-read-model.port.js';
import { FleetSummaryCache } from './fleet-summary.cache.js';
import { instanceKey, type StoredWorker, toView } from './worker.mapper.js';
import { WORKER_MODEL } from './worker.schema.js';
import { OUTBOX_FIELD, WRITE_ID_FIELD } from '#persistence';

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

/** The outbox and the write stamp are the store's, never a reader's (the schema's `select: false`, by hand on the driver). */
const WITHOUT_OUTBOX = { [OUTBOX_FIELD]: 0, [WRITE_ID_FIELD]: 0 } as const;

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Queries over the workers collection; every filter, sort and page is done by MongoDB. Reads are
 * lean (plain documents, no Mongoose hydration) and leave out the outbox (the schema's `select: false`).
 */
@Injectable()
export class WorkerMongoReadModel extends WorkerReadModel {
  constructor(
    @InjectModel(WORKER_MODEL) private readonly model: Model<StoredWorker>,
    private readonly summaries: FleetSummaryCache,
  ) {
    super();
  }

  private filterOf(filter: Pick<WorkerListFilter, 'region' | 'statuses' | 'q' | 'includeTerminated' | 'includeUnregistered'>): QueryFilter<StoredWorker> {
    const f: QueryFilter<StoredWorker> = {};
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

  /**
   * The driver collection Mongoose manages (same connection, same buffering while MongoDB is away),
   * for the two reads every console page and API client makes: building a Mongoose query walks the
   * worker schema each time (its `select: false` outbox), which cost the list and the single GET
   * about 0.2 ms of CPU per query (ADR 0028, docs/performance.md). The outbox is left out by hand.
   */
  // `Document`: the driver assumes ObjectId ids; ours are the workers' own (strings).
  private get documents() {
    return this.model.collection;
  }

  async list(filter: WorkerListFilter): Promise<Page<WorkerView>> {
    const f = this.filterOf(filter);
    const [docs, total] = await Promise.all([
      this.documents
        .find(f as Filter<Document>, { projection: WITHOUT_OUTBOX })
        .sort({ [SORT_FIELDS[filter.sort.field]]: filter.sort.direction, _id: 1 })
        .skip((filter.page - 1) * filter.pageSize)
        .limit(filter.pageSize)
        .toArray(),
      this.documents.countDocuments(f as Filter<Document>),
    ]);
    return { items: docs.map((d) => toView(d as unknown as StoredWorker)), total, page: filter.page, pageSize: filter.pageSize };
  }

  async allManaged(statuses: WorkerView['status'][]): Promise<WorkerView[]> {
    // _id is a UUIDv7: its order is creation order, and it needs no sort stage of its own.
    const docs = await this.model
      .find({ managed: true, status: { $in: statuses } })
      .sort({ _id: 1 })
      .batchSize(1000)
      .lean<StoredWorker[]>();
    return docs.map(toView);
  }

  async collectionTargets(statuses: WorkerView['status'][]): Promise<CollectionTarget[]> {
    const docs = await this.documents
      .find({ managed: true, status: { $in: statuses } } as Filter<Document>, { projection: { name: 1, region: 1, status: 1, instanceId: 1, endpoint: 1, endpointOverride: 1, 'idle.lastActivityCheckAt': 1 } })
      .sort({ _id: 1 })
      .batchSize(1000)
      .toArray();
    return docs.map((d) => ({
      id: String(d._id),
      name: String(d.name),
      region: String(d.region),
      status: d.status as WorkerView['status'],
      // A stored null is an absent field (see worker.mapper.ts).
      instanceId: (d.instanceId as string | null) ?? undefined,
      endpoint: (d.endpoint as string | null) ?? undefined,
      endpointOverride: (d.endpointOverride as string | null) ?? undefined,
      idle: { lastActivityCheckAt: ((d.idle as { lastActivityCheckAt?: string | null } | null)?.lastActivityCheckAt ?? undefined) },
    }));
  }

  async capacityFallbacksDue(now: Date): Promise<string[]> {
    const docs = await this.documents.find({ managed: true, 'capacityFallback.next.at': { $lte: now.toISOString() } } as Filter<Document>, { projection: { _id: 1 } }).sort({ _id: 1 }).toArray();
    return docs.map((d) => String(d._id));
  }

  async get(id: string): Promise<WorkerView | undefined> {
    const doc = await this.documents.findOne({ _id: id } as Document, { projection: WITHOUT_OUTBOX });
    return doc ? toView(doc as unknown as StoredWorker) : undefined;
  }

  async briefs(ids: string[]): Promise<Map<string, WorkerBrief>> {
    if (ids.length === 0) return new Map();
    const docs = await this.model.find({ _id: { $in: [...new Set(ids)] } }, { name: 1, status: 1 }).lean<Pick<StoredWorker, '_id' | 'name' | 'status'>[]>();
    return new Map(docs.map((d) => [String(d._id), { name: d.name, status: d.status }]));
  }

  summary(region?: string): Promise<FleetSummary> {
    return this.summaries.get(region, () => this.computeSummary(region));
  }

  private async computeSummary(region?: string): Promise<FleetSummary> {
    const match: QueryFilter<StoredWorker> = { managed: true, ...(region ? { region } : {}) };
    const rows = await this.model.aggregate<{ _id: string; n: number }>([{ $match: match }, { $group: { _id: '$status', n: { $sum: 1 } } }]);
    const byStatus = Object.fromEntries(rows.map((r) => [r._id, r.n])) as FleetSummary['byStatus'];
    const billable = (byStatus.pending ?? 0) + (byStatus.running ?? 0) + (byStatus.stopping ?? 0);
    const total = rows.filter((r) => r._id !== 'terminated').reduce((a, r) => a + r.n, 0);
    return { total, byStatus, billable };
  }

  async managedByInstance(region: string, instanceIds?: string[]): Promise<Map<string, { id: string; name: string }>> {
    const f: QueryFilter<StoredWorker> = instanceIds ? { instanceKey: { $in: instanceIds.map((i) => instanceKey(region, i)) } } : { managed: true, region };
    if (instanceIds && instanceIds.length === 0) return new Map();
    const docs = await this.model.find(f, { instanceId: 1, name: 1 }).lean<Pick<StoredWorker, '_id' | 'instanceId' | 'name'>[]>();
    return new Map(docs.map((d) => [String(d.instanceId), { id: String(d._id), name: String(d.name) }]));
  }
}
