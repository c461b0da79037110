import { ConcurrencyError, type DomainEvent, type EventType, type LabStateName } from '#kernel';
import { LabErrors } from '../../../apps/api/src/modules/labs/domain/lab.errors.js';
import { WorkerErrors } from '../../../apps/api/src/modules/workers/domain/worker.errors.js';
import { type ComputeHostView, type ControllerLab, type ImageDefinitionView, LabControllerPort, type NodeDefinitionView } from '../../../apps/api/src/modules/labs/application/ports/lab-controller.port.js';
import { WorkerDirectory } from '../../../apps/api/src/modules/labs/application/ports/worker-directory.port.js';
import { LabRecord, type LabRecordState } from '../../../apps/api/src/modules/labs/domain/lab-record.aggregate.js';
import { LabRecordRepository } from '../../../apps/api/src/modules/labs/domain/lab-record.repository.port.js';
import type { LabWorker } from '../../../apps/api/src/modules/labs/domain/lab-worker.rule.js';

/** Lab records kept as stored snapshots, with the store's version check; `commit()` publishes into `published`. */
export class MemoryLabRecordRepository extends LabRecordRepository {
  readonly docs = new Map<string, { state: LabRecordState; version: number }>();
  readonly published: DomainEvent[] = [];
  saves = 0;
  /** Lab ids whose next save loses a race once (another writer got there first). */
  readonly raceOnce = new Set<string>();

  private attach(record: LabRecord): LabRecord {
    record.publishAll = (events: DomainEvent[]) => void this.published.push(...events);
    return record;
  }

  async find(workerId: string, labId: string): Promise<LabRecord | undefined> {
    const doc = [...this.docs].find(([, d]) => d.state.workerId === workerId && d.state.labId === labId);
    return doc && this.attach(new LabRecord(doc[0], structuredClone(doc[1].state), doc[1].version));
  }

  async forSync(workerId: string, labIds: string[]): Promise<LabRecord[]> {
    return [...this.docs]
      .filter(([, d]) => d.state.workerId === workerId && (d.state.presence === 'present' || labIds.includes(d.state.labId)))
      .map(([id, d]) => this.attach(new LabRecord(id, structuredClone(d.state), d.version)));
  }

  async save(record: LabRecord): Promise<void> {
    if (!record.hasChanges) return;
    if (this.raceOnce.delete(record.labId)) throw new ConcurrencyError('lab', record.id);
    const stored = this.docs.get(record.id);
    if ((stored?.version ?? 0) !== record.expectedVersion) throw new ConcurrencyError('lab', record.id);
    this.saves++;
    this.docs.set(record.id, { state: record.snapshot() as LabRecordState, version: record.version });
    record.markPersisted();
    this.attach(record);
  }

  /** The stored state of the worker's record of a lab. */
  state(labId: string): LabRecordState | undefined {
    return [...this.docs.values()].find((d) => d.state.labId === labId)?.state;
  }

  publishedTypes(): EventType[] {
    return this.published.map((e) => e.type);
  }
}

/** A CML lab as a controller lists it; stopped, two nodes, unless said. */
export function aControllerLab(labId: string, over: Partial<ControllerLab> = {}): ControllerLab {
  return { labId, title: `Lab ${labId}`, description: '', notes: '', state: 'STOPPED', ownerUsername: 'admin', nodeCount: 2, linkCount: 1, modifiedAt: '2026-11-24T08:00:00.000Z', ...over };
}

/**
 * One worker's CML controller: its labs (by id), which change as CML would change them (start ->
 * STARTED, stop -> STOPPED, wipe -> DEFINED_ON_CORE, delete removes it), every call logged as
 * `operation labId`. `failures` makes an operation fail; an unknown lab is LAB.NOT_FOUND.
 */
export class FakeLabController extends LabControllerPort {
  readonly labsNow = new Map<string, ControllerLab>();
  readonly calls: string[] = [];
  /** Operation (`labs`, `lab`, `stop`, `import` ...) -> the error it fails with. */
  readonly failures = new Map<string, Error>();
  private imported = 0;

  add(...labs: ControllerLab[]): this {
    for (const lab of labs) this.labsNow.set(lab.labId, structuredClone(lab));
    return this;
  }

  /** How many times the lab list was read. */
  get reads(): number {
    return this.calls.filter((c) => c === 'labs').length;
  }

  private enter(operation: string, labId?: string): void {
    this.calls.push(labId === undefined ? operation : `${operation} ${labId}`);
    const failure = this.failures.get(operation);
    if (failure) throw failure;
  }

  private known(labId: string): ControllerLab {
    const lab = this.labsNow.get(labId);
    if (!lab) throw LabErrors.notFound({ labId });
    return lab;
  }

  async labs(): Promise<ControllerLab[]> {
    this.enter('labs');
    return structuredClone([...this.labsNow.values()]);
  }
  async lab(_worker: LabWorker, labId: string): Promise<ControllerLab> {
    this.enter('lab', labId);
    return structuredClone(this.known(labId));
  }
  async labState(_worker: LabWorker, labId: string): Promise<LabStateName> {
    this.enter('labState', labId);
    return this.known(labId).state;
  }
  async start(_worker: LabWorker, labId: string): Promise<void> {
    this.enter('start', labId);
    this.known(labId).state = 'STARTED';
  }
  async stop(_worker: LabWorker, labId: string): Promise<void> {
    this.enter('stop', labId);
    this.known(labId).state = 'STOPPED';
  }
  async wipe(_worker: LabWorker, labId: string): Promise<void> {
    this.enter('wipe', labId);
    this.known(labId).state = 'DEFINED_ON_CORE';
  }
  async delete(_worker: LabWorker, labId: string): Promise<void> {
    this.enter('delete', labId);
    this.known(labId);
    this.labsNow.delete(labId);
  }
  async download(_worker: LabWorker, labId: string): Promise<string> {
    this.enter('download', labId);
    return `lab:\n  title: ${this.known(labId).title}\n`;
  }
  async import(_worker: LabWorker, yaml: string, title?: string): Promise<string> {
    this.enter('import');
    const labId = `imported-${++this.imported}`;
    this.add(aControllerLab(labId, { title: title ?? 'Imported', state: 'DEFINED_ON_CORE', nodeCount: (yaml.match(/- id: n/g) ?? []).length }));
    return labId;
  }
  async nodeDefinitions(): Promise<NodeDefinitionView[]> {
    this.enter('nodeDefinitions');
    return [];
  }
  async imageDefinitions(): Promise<ImageDefinitionView[]> {
    this.enter('imageDefinitions');
    return [];
  }
  async computeHosts(): Promise<ComputeHostView[]> {
    this.enter('computeHosts');
    return [];
  }
}

/** The workers the labs module sees: one running, managed worker `w-1` unless the test changes it. */
export class FakeWorkerDirectory extends WorkerDirectory {
  worker: LabWorker = { id: 'w-1', name: 'lab-east-1', status: 'running', managed: true, instanceId: 'i-0123456789abcdef0', endpoint: 'https://10.0.0.5' };
  async get(id: string): Promise<LabWorker> {
    if (id !== this.worker.id) throw WorkerErrors.notFound(id);
    return structuredClone(this.worker);
  }
  async briefs(ids: string[]): Promise<Map<string, { name: string; status: string }>> {
    return new Map(ids.includes(this.worker.id) ? [[this.worker.id, { name: this.worker.name, status: this.worker.status }]] : []);
  }
}
