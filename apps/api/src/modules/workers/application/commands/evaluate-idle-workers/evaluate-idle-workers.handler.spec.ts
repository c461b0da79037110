import type { CommandBus } from '@nestjs/cqrs';
import { Clock } from '#kernel';
import { loadConfig } from '../../../../../config/app-config.js';
import type { ObservedInstance } from '../../../domain/observed-instance.value-object.js';
import { Worker } from '../../../domain/worker.aggregate.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { IdleDecisionLog, type IdleDecisionRecord } from '../../ports/idle-decision-log.port.js';
import type { Page, WorkerView } from '../../worker.view.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import { ChangeWorkerStateCommand } from '../change-worker-state/change-worker-state.command.js';
import { EvaluateIdleWorkersHandler } from './evaluate-idle-workers.handler.js';

const T0 = Date.parse('2026-11-25T10:00:00Z');
const actor = { kind: 'user' as const, id: 'u1', name: 'ada' };

class MovableClock extends Clock {
  minute = 0;
  now(): Date {
    return new Date(T0 + this.minute * 60_000);
  }
}

class MemoryWorkers extends WorkerRepository {
  readonly docs = new Map<string, { state: ReturnType<Worker['snapshot']>; version: number }>();
  newId = () => `w${this.docs.size + 1}`;
  async findById(id: string): Promise<Worker | undefined> {
    const d = this.docs.get(id);
    return d ? new Worker(id, structuredClone(d.state) as never, d.version) : undefined;
  }
  async get(id: string): Promise<Worker> {
    return (await this.findById(id))!;
  }
  getMany = () => Promise.reject(new Error('not used'));
  async save(worker: Worker): Promise<void> {
    if (!worker.hasChanges) return;
    this.docs.set(worker.id, { state: worker.snapshot(), version: worker.version });
    worker.markPersisted();
  }
  add(worker: Worker): void {
    this.docs.set(worker.id, { state: worker.snapshot(), version: worker.version });
  }
  state(id: string) {
    return this.docs.get(id)!.state;
  }
}

class RunningWorkers extends WorkerReadModel {
  constructor(private readonly workers: MemoryWorkers) {
    super();
  }
  async list(): Promise<Page<WorkerView>> {
    const items = [...this.workers.docs].filter(([, d]) => d.state.status === 'running').map(([id, d]) => ({ id, version: d.version, ...structuredClone(d.state) }) as WorkerView);
    return { items, total: items.length, page: 1, pageSize: 10_000 };
  }
  get = () => Promise.reject(new Error('not used'));
  summary = () => Promise.reject(new Error('not used'));
  allManaged = () => Promise.reject(new Error('not used'));
  briefs = () => Promise.reject(new Error('not used'));
  managedByInstance = () => Promise.reject(new Error('not used'));
}

class MemoryLog extends IdleDecisionLog {
  readonly rows: IdleDecisionRecord[] = [];
  writes = 0;
  async record(decisions: IdleDecisionRecord[]): Promise<void> {
    this.writes++;
    this.rows.push(...decisions);
  }
  async recent(workerId: string, limit: number): Promise<IdleDecisionRecord[]> {
    return this.rows.filter((r) => r.workerId === workerId).reverse().slice(0, limit);
  }
}

function setup() {
  const clock = new MovableClock();
  const workers = new MemoryWorkers();
  const log = new MemoryLog();
  const stops: ChangeWorkerStateCommand[] = [];
  const commands = { execute: async (c: ChangeWorkerStateCommand) => void stops.push(c) } as unknown as CommandBus;
  const config = loadConfig({
    MONGODB_URI: 'mongodb://127.0.0.1:1/unused',
    OIDC_ISSUER_URL: 'http://127.0.0.1:1/realms/unused',
    IDLE_TIMEOUT_MINUTES: '60',
    IDLE_WARNING_LEAD_MINUTES: '10',
    IDLE_START_GRACE_MINUTES: '60',
  });
  const handler = new EvaluateIdleWorkersHandler(new RunningWorkers(workers), workers, log, config, clock, commands);
  /** A running worker imported at T0 (an import is activity). */
  const worker = (id: string) => {
    const instance = { instanceId: `i-${id}`, state: 'running', instanceType: 'm5zn.metal', imageId: 'ami-0abc', name: id, tags: {} } as ObservedInstance;
    const w = Worker.import(id, { region: 'us-east-1', instance, source: 'api' }, { usePrivateIp: false }, { actor, now: clock.now() });
    workers.add(w);
    return w;
  };
  /** Runs the evaluation at `minute` after T0. */
  const runAt = async (minute: number) => {
    clock.minute = minute;
    return handler.execute();
  };
  return { workers, log, stops, worker, runAt };
}

describe('EvaluateIdleWorkersHandler', () => {
  it('records a decision when it changes, not at every run', async () => {
    const t = setup();
    t.worker('w1');
    const first = await t.runAt(1);
    for (let m = 2; m <= 59; m++) await t.runAt(m);
    expect(first).toMatchObject({ evaluated: 1, kept: 1, recorded: 1 });
    expect(t.log.rows.map((r) => [r.at, r.outcome, r.code])).toEqual([['2026-11-25T10:01:00.000Z', 'keep', 'active']]);

    const warned = await t.runAt(61);
    expect(warned).toMatchObject({ warned: 1, recorded: 1 });
    // The warning pending is the same decision as the warning; then the stop is a new one.
    for (let m = 62; m <= 70; m++) expect(await t.runAt(m)).toMatchObject({ kept: 1, recorded: 0 });
    expect(await t.runAt(71)).toMatchObject({ stopped: 1, recorded: 1 });
    expect(t.log.rows.map((r) => [r.at.slice(11, 16), r.outcome, r.code])).toEqual([
      ['10:01', 'keep', 'active'],
      ['11:01', 'warn', 'idle-warning'],
      ['11:11', 'stop', 'idle-stop'],
    ]);
  });

  it('records the decision with its facts and readable words, and stops with the same words', async () => {
    const t = setup();
    t.worker('w1');
    await t.runAt(61);
    await t.runAt(71);
    const [warn, stop] = t.log.rows;
    expect(warn).toEqual({
      workerId: 'w1',
      at: '2026-11-25T11:01:00.000Z',
      outcome: 'warn',
      code: 'idle-warning',
      reason: 'Idle for 1 h 1 min (timeout 1 h, last activity at 10:00 UTC: imported); it will be stopped at 11:11 UTC unless someone uses or snoozes it.',
      timeoutMinutes: 60,
      idleMinutes: 61,
      lastActivityAt: '2026-11-25T10:00:00.000Z',
      lastActivitySource: 'import',
      plannedStopAt: '2026-11-25T11:11:00.000Z',
    });
    expect(stop).toMatchObject({ outcome: 'stop', warnedAt: '2026-11-25T11:01:00.000Z' });
    expect(t.stops).toHaveLength(1);
    expect(t.stops[0]).toMatchObject({ reason: stop.reason, trigger: 'idle-detection' });
    expect(stop.reason).toBe('Stopped after 1 h 11 min without activity (timeout 1 h, last activity at 10:00 UTC: imported); warned at 11:01 UTC.');
  });

  it('keeps the latest evaluation on the worker, with since when its decision holds', async () => {
    const t = setup();
    t.worker('w1');
    await t.runAt(1);
    await t.runAt(12);
    expect(t.workers.state('w1').idle.lastDecision).toMatchObject({ at: '2026-11-25T10:12:00.000Z', since: '2026-11-25T10:01:00.000Z', outcome: 'keep', code: 'active' });
    expect(t.workers.state('w1').idle.lastDecision?.reason).toMatch(/^Last activity 12 min ago at 10:00 UTC \(imported\)/);
  });

  it('records a new row when the reason changes while the outcome stays keep', async () => {
    const t = setup();
    t.worker('w1');
    await t.runAt(1);
    const w = await t.workers.get('w1');
    w.snooze(new Date(T0 + 240 * 60_000), { actor, now: new Date(T0 + 5 * 60_000) });
    await t.workers.save(w);
    expect(await t.runAt(6)).toMatchObject({ kept: 1, recorded: 1 });
    expect(await t.runAt(7)).toMatchObject({ kept: 1, recorded: 0 });
    expect(t.log.rows.map((r) => [r.outcome, r.code, r.reason])).toEqual([
      ['keep', 'active', 'Last activity 1 min ago at 10:00 UTC (imported); idle from 11:00 UTC if nothing happens (idle timeout 1 h).'],
      ['keep', 'snoozed', 'Snoozed: kept running until 14:00 UTC.'],
    ]);
  });

  it('records one row per worker whose decision changed, in one write per run', async () => {
    const t = setup();
    t.worker('a');
    t.worker('b');
    await t.runAt(1);
    expect(t.log.writes).toBe(1);
    expect(t.log.rows.map((r) => r.workerId).sort()).toEqual(['a', 'b']);
    expect(await t.runAt(2)).toMatchObject({ evaluated: 2, recorded: 0 });
  });

  it('takes a decision stored before the change (no key) as a change: one row, then quiet', async () => {
    const t = setup();
    t.worker('w1');
    t.workers.docs.get('w1')!.state.idle.lastDecision = { at: '2026-11-25T09:59:00.000Z', outcome: 'keep', reason: 'Last activity 9 min ago (cml-telemetry); the idle timeout is 60 min.' };
    expect(await t.runAt(1)).toMatchObject({ recorded: 1 });
    expect(await t.runAt(2)).toMatchObject({ recorded: 0 });
  });
});
