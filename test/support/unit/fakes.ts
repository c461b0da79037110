import { type Actor, Clock } from '#kernel';
import { CmlErrors } from '#cml-client';
import { CmlLabsPort, type WorkerLab } from '../../../apps/api/src/modules/workers/application/ports/cml-labs.port.js';
import { TopologyArchivePort } from '../../../apps/api/src/modules/workers/application/ports/topology-archive.port.js';
import type { Operation, OperationStart, StepStatus } from '../../../apps/api/src/modules/system/application/operation.js';
import { OperationTracker } from '../../../apps/api/src/modules/system/application/operation.js';
import { CloudWatchPort, type MetricQuery, type MetricResult } from '../../../apps/api/src/modules/workers/application/ports/cloudwatch.port.js';
import { CmlCallCounter } from '../../../apps/api/src/modules/workers/application/ports/cml-call-counter.port.js';
import { CmlControllerPort, type CmlTarget } from '../../../apps/api/src/modules/workers/application/ports/cml-controller.port.js';
import { type CmlCycleResult, CmlCyclePort } from '../../../apps/api/src/modules/workers/application/ports/cml-cycle.port.js';
import { CmlLicensingPort } from '../../../apps/api/src/modules/workers/application/ports/cml-licensing.port.js';
import { IdleDecisionLog, type IdleDecisionRecord } from '../../../apps/api/src/modules/workers/application/ports/idle-decision-log.port.js';
import { type HourlyListPrice, InstancePrices } from '../../../apps/api/src/modules/workers/application/ports/instance-prices.port.js';
import { type MetricSample, MetricSamples } from '../../../apps/api/src/modules/workers/application/ports/metric-samples.port.js';
import type { CmlObservation } from '../../../apps/api/src/modules/workers/domain/cml-observation.value-object.js';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The time every rule reads: fixed until the test moves it. */
export class ManualClock extends Clock {
  private at: number;
  constructor(start: string | Date = '2026-11-25T10:00:00.000Z') {
    super();
    this.at = new Date(start).getTime();
  }
  now(): Date {
    return new Date(this.at);
  }
  set(at: string | Date): void {
    this.at = new Date(at).getTime();
  }
  advanceMinutes(minutes: number): void {
    this.at += minutes * 60_000;
  }
  advanceSeconds(seconds: number): void {
    this.at += seconds * 1000;
  }
}

type CommandClass<C extends object> = abstract new (...args: never[]) => C;

/**
 * Stands in for the CommandBus: records every command it is given and answers with what the test
 * said for that command class (undefined otherwise). `next(Class)` waits for the next such command,
 * for handlers that send one from work they left running in the background.
 */
export class RecordingCommandBus {
  readonly executed: object[] = [];
  private readonly answers = new Map<unknown, (command: never) => unknown>();
  private readonly waiting: { cls: unknown; resolve: (command: never) => void }[] = [];

  answer<C extends object>(cls: CommandClass<C>, fn: (command: C) => unknown): this {
    this.answers.set(cls, fn as (command: never) => unknown);
    return this;
  }

  async execute<T>(command: object): Promise<T> {
    this.executed.push(command);
    for (const w of this.waiting.filter((x) => command instanceof (x.cls as CommandClass<object>))) {
      this.waiting.splice(this.waiting.indexOf(w), 1);
      w.resolve(command as never);
    }
    const fn = this.answers.get(command.constructor);
    return (fn ? await fn(command as never) : undefined) as T;
  }

  /** The commands of one class sent so far. */
  sent<C extends object>(cls: CommandClass<C>): C[] {
    return this.executed.filter((c): c is C => c instanceof cls);
  }

  next<C extends object>(cls: CommandClass<C>): Promise<C> {
    return new Promise<C>((resolve) => this.waiting.push({ cls, resolve: resolve as (command: never) => void }));
  }
}

/** Long operations kept in memory, with every progress line. */
export class MemoryOperations extends OperationTracker {
  readonly operations = new Map<string, Operation>();
  readonly progressLines = new Map<string, string[]>();
  constructor(private readonly clock: Clock) {
    super();
  }
  async start(kind: string, subject: Operation['subject'], requestedBy: Actor): Promise<Operation> {
    const op: Operation = { id: `op-${this.operations.size + 1}`, kind, subject, status: 'running', startedAt: this.clock.now().toISOString(), requestedBy };
    this.operations.set(op.id, op);
    return structuredClone(op);
  }
  async progress(id: string, message: string): Promise<void> {
    this.operations.get(id)!.progress = message;
    this.progressLines.set(id, [...(this.progressLines.get(id) ?? []), message]);
  }
  async succeed(id: string, result?: Record<string, unknown>): Promise<void> {
    Object.assign(this.operations.get(id)!, { status: 'succeeded', result, finishedAt: this.clock.now().toISOString() });
  }
  async fail(id: string, error: string): Promise<void> {
    Object.assign(this.operations.get(id)!, { status: 'failed', error, finishedAt: this.clock.now().toISOString() });
  }
  async get(id: string): Promise<Operation | undefined> {
    return structuredClone(this.operations.get(id));
  }
  async failAbandoned(): Promise<number> {
    return 0;
  }
  async startExclusive(input: OperationStart): Promise<{ started: Operation } | { conflict: Operation }> {
    const running = await this.runningOn(input.subject.id);
    if (running) return { conflict: running };
    const op = await this.start(input.kind, input.subject, input.requestedBy);
    Object.assign(this.operations.get(op.id)!, { steps: (input.steps ?? []).map((s) => ({ status: 'pending', ...s })), options: { ...input.options }, resumable: input.resumable, heartbeatAt: op.startedAt });
    return { started: structuredClone(this.operations.get(op.id)!) };
  }
  async runningOn(subjectId: string): Promise<Operation | undefined> {
    return structuredClone([...this.operations.values()].find((o) => o.subject.id === subjectId && o.status === 'running' && o.steps));
  }
  async step(id: string, name: string, status: StepStatus, detail?: string): Promise<void> {
    const op = this.operations.get(id)!;
    op.steps = op.steps?.map((s) => (s.name === name ? { ...s, status, ...(detail !== undefined ? { detail } : {}) } : s));
    if (detail) this.progressLines.set(id, [...(this.progressLines.get(id) ?? []), detail]);
  }
  async setOptions(id: string, options: Record<string, unknown>): Promise<boolean> {
    const op = this.operations.get(id);
    if (op?.status !== 'running') return false;
    op.options = { ...op.options, ...options };
    return true;
  }
  async heartbeat(id: string): Promise<void> {
    this.operations.get(id)!.heartbeatAt = this.clock.now().toISOString();
  }
  async claimStale(kinds: string[], staleMs: number): Promise<Operation | undefined> {
    const cutoff = this.clock.now().getTime() - staleMs;
    const op = [...this.operations.values()].find((o) => o.status === 'running' && o.resumable && kinds.includes(o.kind) && Date.parse(o.heartbeatAt ?? o.startedAt) < cutoff);
    if (op) op.heartbeatAt = this.clock.now().toISOString();
    return structuredClone(op);
  }
  async hasStale(kinds: string[], staleMs: number): Promise<boolean> {
    const cutoff = this.clock.now().getTime() - staleMs;
    return [...this.operations.values()].some((o) => o.status === 'running' && o.resumable && kinds.includes(o.kind) && Date.parse(o.heartbeatAt ?? o.startedAt) < cutoff);
  }
  async listFor(subjectId: string, limit: number): Promise<Operation[]> {
    return structuredClone([...this.operations.values()].filter((o) => o.subject.id === subjectId).reverse().slice(0, limit));
  }
}

/** CloudWatch answering every query with a fixed figure (CPU 42.5 %, memory 61 %), or failing. */
export class FakeCloudWatch extends CloudWatchPort {
  readonly calls: { region: string; queries: MetricQuery[]; window: { start: Date; end: Date } }[] = [];
  fail = false;
  async getMetricData(region: string, queries: MetricQuery[], window: { start: Date; end: Date }): Promise<MetricResult[]> {
    this.calls.push({ region, queries, window });
    if (this.fail) throw new Error('CloudWatch is down');
    return queries.map((q) => ({ id: q.id, latest: { timestamp: window.end.toISOString(), value: q.id.startsWith('c') ? 42.5 : 61 }, points: [] }));
  }
}

/** Controller calls counted by the fakes that stand for controllers. */
export class CountingCmlCalls extends CmlCallCounter {
  count = 0;
  total(): number {
    return this.count;
  }
}

/** What a controller that answers says about itself unless a test says otherwise. */
export const AVAILABLE: CmlObservation = { serviceStatus: 'available', version: '2.9.1', ready: true, healthy: true, licensed: true, telemetry: { cpuPercent: 30, runningNodes: 4 } };

/**
 * The collection cycle's controller reads: three calls per controller (counted), answering after
 * `latencyMs` with `answer(target)`; remembers the most reads in flight at once.
 */
export class FakeCmlCycle extends CmlCyclePort {
  readonly targets: CmlTarget[] = [];
  latencyMs = 2;
  inFlight = 0;
  peak = 0;
  answer: (target: CmlTarget) => CmlCycleResult = () => ({ observation: structuredClone(AVAILABLE), labStates: { lab1: 'STARTED' } });
  constructor(private readonly calls: CountingCmlCalls) {
    super();
  }
  async collect(target: CmlTarget): Promise<CmlCycleResult> {
    this.targets.push(target);
    this.inFlight++;
    this.peak = Math.max(this.peak, this.inFlight);
    await pause(this.latencyMs);
    this.inFlight--;
    this.calls.count += 3;
    return this.answer(target);
  }
}

/** One controller read (system information, health, stats): `answer(target)`; never throws, like the adapter. */
export class FakeCmlController extends CmlControllerPort {
  readonly reads: { target: CmlTarget; probe?: boolean }[] = [];
  answer: (target: CmlTarget) => CmlObservation = () => structuredClone(AVAILABLE);
  /** Runs during a read, before it answers (to change the world meanwhile). */
  during?: () => Promise<void>;
  async observe(target: CmlTarget, options?: { probe?: boolean }): Promise<CmlObservation> {
    this.reads.push({ target, probe: options?.probe });
    await this.during?.();
    return this.answer(target);
  }
}

/**
 * Smart licensing on a controller: the registration statuses it reports, one per read (the last
 * one repeats), and the failures the test wants. `onStatusRead` runs at every read (e.g. to move the clock).
 */
export class FakeCmlLicensing extends CmlLicensingPort {
  readonly calls: string[] = [];
  statuses: { status?: string; failure?: string }[] = [{ status: 'COMPLETED' }];
  registerFailure?: Error;
  deregistered: 'deregistered' | 'local-only' | 'already-deregistered' = 'deregistered';
  onStatusRead?: () => void | Promise<void>;
  async register(target: CmlTarget, _token: string, reregister: boolean): Promise<void> {
    this.calls.push(`register ${target.name}${reregister ? ' (again)' : ''}`);
    if (this.registerFailure) throw this.registerFailure;
  }
  async registrationStatus(target: CmlTarget): Promise<{ status?: string; failure?: string }> {
    this.calls.push(`status ${target.name}`);
    await this.onStatusRead?.();
    return this.statuses.length > 1 ? this.statuses.shift()! : this.statuses[0];
  }
  async deregister(target: CmlTarget): Promise<'deregistered' | 'local-only' | 'already-deregistered'> {
    this.calls.push(`deregister ${target.name}`);
    return this.deregistered;
  }
}

/** A worker's labs on fake controllers: stop and wipe change states at once unless a lab is `stuck`. */
export class FakeCmlLabs extends CmlLabsPort {
  readonly calls: string[] = [];
  labsOf = new Map<string, WorkerLab[]>();
  stuck = new Set<string>();
  unreachable = false;
  private check(target: CmlTarget) {
    if (this.unreachable) throw CmlErrors.unreachable({ controller: target.endpoint ?? target.name, operation: 'labTiles', call: 'GET /populate_lab_tiles', cause: 'connect ECONNREFUSED' });
    return this.labsOf.get(target.name) ?? [];
  }
  async labs(target: CmlTarget): Promise<WorkerLab[]> {
    this.calls.push(`labs ${target.name}`);
    return structuredClone(this.check(target));
  }
  async labState(target: CmlTarget, labId: string): Promise<string> {
    return this.check(target).find((l) => l.id === labId)?.state ?? 'DEFINED_ON_CORE';
  }
  async stop(target: CmlTarget, labId: string): Promise<void> {
    this.calls.push(`stop ${labId}`);
    const lab = this.check(target).find((l) => l.id === labId);
    if (lab && !this.stuck.has(labId)) lab.state = 'STOPPED';
  }
  async wipe(target: CmlTarget, labId: string): Promise<void> {
    this.calls.push(`wipe ${labId}`);
    const lab = this.check(target).find((l) => l.id === labId);
    if (lab) lab.state = 'DEFINED_ON_CORE';
  }
  async download(target: CmlTarget, labId: string): Promise<string> {
    this.calls.push(`download ${labId}`);
    return `lab:\n  title: ${this.check(target).find((l) => l.id === labId)?.title}\n`;
  }
}

/** Topologies kept in memory by `bucket/key`; `failWith` makes every put fail. */
export class MemoryTopologyArchive extends TopologyArchivePort {
  readonly stored = new Map<string, string>();
  failWith?: Error;
  async put(_region: string, bucket: string, key: string, yaml: string): Promise<string> {
    if (this.failWith) throw this.failWith;
    this.stored.set(`${bucket}/${key}`, yaml);
    return `s3://${bucket}/${key}`;
  }
}

export class MemoryMetricSamples extends MetricSamples {
  readonly recorded: MetricSample[] = [];
  async record(samples: MetricSample[]): Promise<void> {
    this.recorded.push(...samples);
  }
  async range(workerId: string, from: Date, to: Date): Promise<MetricSample[]> {
    return this.recorded.filter((s) => s.workerId === workerId && s.at >= from.toISOString() && s.at <= to.toISOString());
  }
}

export class MemoryIdleDecisionLog extends IdleDecisionLog {
  readonly rows: IdleDecisionRecord[] = [];
  /** How many writes (calls of `record`) there were. */
  writes = 0;
  async record(decisions: IdleDecisionRecord[]): Promise<void> {
    this.writes++;
    this.rows.push(...decisions);
  }
  async recent(workerId: string, limit: number): Promise<IdleDecisionRecord[]> {
    return this.rows
      .filter((r) => r.workerId === workerId)
      .reverse()
      .slice(0, limit);
  }
}

/** List prices the test sets, by `region/instanceType`. */
export class FakeInstancePrices extends InstancePrices {
  readonly prices = new Map<string, HourlyListPrice>();
  onDemandLinux(region: string, instanceType: string): HourlyListPrice | undefined {
    return this.prices.get(`${region}/${instanceType}`);
  }
}
