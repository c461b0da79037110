import { ConcurrencyError, type DomainEvent, type EventType } from '#kernel';
import { WorkerReadModel } from '../../../apps/api/src/modules/workers/application/ports/worker-read-model.port.js';
import type { CollectionTarget, FleetSummary, Page, WorkerBrief, WorkerListFilter, WorkerView } from '../../../apps/api/src/modules/workers/application/worker.view.js';
import { Worker } from '../../../apps/api/src/modules/workers/domain/worker.aggregate.js';
import { WorkerErrors } from '../../../apps/api/src/modules/workers/domain/worker.errors.js';
import { WorkerRepository } from '../../../apps/api/src/modules/workers/domain/worker.repository.port.js';
import type { WorkerState } from '../../../apps/api/src/modules/workers/domain/worker.state.js';

interface StoredWorker {
  state: WorkerState;
  version: number;
}

/**
 * Workers kept as stored snapshots, with what the MongoDB repository promises: a save is refused
 * with a ConcurrencyError when the stored version moved since the load, a second managed worker for
 * one (region, instance id) is IMPORT.ALREADY_REGISTERED, a save without changes writes nothing, and
 * `commit()` publishes what was saved (into `published`).
 */
export class MemoryWorkerRepository extends WorkerRepository {
  readonly docs = new Map<string, StoredWorker>();
  /** Events in the order they were written (saved), and in the order they were committed (published). */
  readonly saved: DomainEvent[] = [];
  readonly published: DomainEvent[] = [];
  /** Ids whose next save finds somebody else's write first (the stored version moves on once). */
  readonly raceOnce = new Set<string>();
  gets = 0;
  saves = 0;
  /** The size of each `getMany` read. */
  readonly batchReads: number[] = [];
  private ids = 0;

  newId(): string {
    return `w-${++this.ids}`;
  }

  async findById(id: string): Promise<Worker | undefined> {
    const doc = this.docs.get(id);
    return doc && this.attach(new Worker(id, structuredClone(doc.state), doc.version));
  }

  async get(id: string): Promise<Worker> {
    this.gets++;
    const worker = await this.findById(id);
    if (!worker) throw WorkerErrors.notFound(id);
    return worker;
  }

  async getMany(ids: readonly string[]): Promise<Map<string, Worker>> {
    this.batchReads.push(ids.length);
    const out = new Map<string, Worker>();
    for (const id of ids) {
      const worker = await this.findById(id);
      if (worker) out.set(id, worker);
    }
    return out;
  }

  async save(worker: Worker): Promise<void> {
    if (!worker.hasChanges) return;
    // Writes take a turn of the event loop, as a database write would, so concurrent units interleave.
    await new Promise((r) => setImmediate(r));
    const stored = this.docs.get(worker.id);
    if (stored && this.raceOnce.delete(worker.id)) stored.version++;
    if ((stored?.version ?? 0) !== worker.expectedVersion || (!stored && worker.expectedVersion !== 0)) throw new ConcurrencyError('worker', worker.id);
    const state = worker.snapshot() as WorkerState;
    const owner = state.managed && state.instanceId ? this.managedOwner(state.region, state.instanceId, worker.id) : undefined;
    if (owner) throw WorkerErrors.alreadyRegistered(state.region, state.instanceId!, owner);
    this.saves++;
    this.saved.push(...worker.unsavedEvents());
    this.docs.set(worker.id, { state, version: worker.version });
    worker.markPersisted();
    this.attach(worker);
  }

  /** Stores a worker as it is now, as if it had been saved and published long ago. */
  seed(worker: Worker): Worker {
    this.docs.set(worker.id, { state: worker.snapshot() as WorkerState, version: worker.version });
    worker.markPersisted();
    worker.uncommit();
    return this.attach(worker);
  }

  /** The stored state of a worker. */
  state(id: string): WorkerState {
    const doc = this.docs.get(id);
    if (!doc) throw new Error(`no worker ${id} is stored`);
    return doc.state;
  }

  version(id: string): number {
    return this.docs.get(id)!.version;
  }

  /** A stored worker as the read model shows it. */
  view(id: string): WorkerView {
    const doc = this.docs.get(id)!;
    return { id, version: doc.version, ...structuredClone(doc.state) };
  }

  /** The types of the published events (optionally only one worker's). */
  publishedTypes(workerId?: string): EventType[] {
    return this.published.filter((e) => !workerId || e.aggregateId === workerId).map((e) => e.type);
  }

  private managedOwner(region: string, instanceId: string, except: string): { id: string; name: string } | undefined {
    for (const [id, doc] of this.docs) {
      if (id !== except && doc.state.managed && doc.state.region === region && doc.state.instanceId === instanceId) return { id, name: doc.state.name };
    }
    return undefined;
  }

  private attach(worker: Worker): Worker {
    worker.publishAll = (events: DomainEvent[]) => void this.published.push(...events);
    return worker;
  }
}

/** The read model over the same stored workers: filters, sorting and paging as the database does them. */
export class MemoryWorkerReadModel extends WorkerReadModel {
  constructor(private readonly workers: MemoryWorkerRepository) {
    super();
  }

  private all(): WorkerView[] {
    return [...this.workers.docs.keys()].map((id) => this.workers.view(id));
  }

  async list(filter: WorkerListFilter): Promise<Page<WorkerView>> {
    const q = filter.q?.trim().toLowerCase();
    const items = this.all()
      .filter((w) => filter.includeUnregistered || w.managed)
      .filter((w) => !filter.region || w.region === filter.region)
      .filter((w) => (filter.statuses?.length ? filter.statuses.includes(w.status) : filter.includeTerminated || w.status !== 'terminated'))
      .filter((w) => !q || [w.name, w.instanceId, w.publicIp, w.privateIp].some((v) => v?.toLowerCase().includes(q)))
      .sort((a, b) => String(a[filter.sort.field as keyof WorkerView] ?? '').localeCompare(String(b[filter.sort.field as keyof WorkerView] ?? '')) * filter.sort.direction || a.id.localeCompare(b.id));
    const start = (filter.page - 1) * filter.pageSize;
    return { items: items.slice(start, start + filter.pageSize), total: items.length, page: filter.page, pageSize: filter.pageSize };
  }

  async get(id: string): Promise<WorkerView | undefined> {
    return this.workers.docs.has(id) ? this.workers.view(id) : undefined;
  }

  async summary(region?: string): Promise<FleetSummary> {
    const byStatus: FleetSummary['byStatus'] = {};
    for (const w of this.all().filter((v) => v.managed && (!region || v.region === region))) byStatus[w.status] = (byStatus[w.status] ?? 0) + 1;
    const total = Object.entries(byStatus).reduce((n, [status, count]) => (status === 'terminated' ? n : n + count), 0);
    return { total, byStatus, billable: (byStatus.pending ?? 0) + (byStatus.running ?? 0) + (byStatus.stopping ?? 0) };
  }

  async allManaged(statuses: WorkerView['status'][]): Promise<WorkerView[]> {
    return this.all().filter((w) => w.managed && statuses.includes(w.status));
  }

  async collectionTargets(statuses: WorkerView['status'][]): Promise<CollectionTarget[]> {
    return (await this.allManaged(statuses)).map((w) => ({ id: w.id, name: w.name, region: w.region, status: w.status, instanceId: w.instanceId, endpoint: w.endpoint, endpointOverride: w.endpointOverride, idle: { lastActivityCheckAt: w.idle?.lastActivityCheckAt } }));
  }

  async capacityFallbacksDue(now: Date): Promise<string[]> {
    return this.all().filter((w) => w.managed && w.capacityFallback?.next && new Date(w.capacityFallback.next.at) <= now).map((w) => w.id);
  }

  async briefs(ids: string[]): Promise<Map<string, WorkerBrief>> {
    return new Map(this.all().filter((w) => ids.includes(w.id)).map((w) => [w.id, { name: w.name, status: w.status }]));
  }

  async managedByInstance(region: string, instanceIds?: string[]): Promise<Map<string, { id: string; name: string }>> {
    const found = this.all().filter((w) => w.managed && w.region === region && w.instanceId && (!instanceIds || instanceIds.includes(w.instanceId)));
    return new Map(found.map((w) => [w.instanceId!, { id: w.id, name: w.name }]));
  }
}
