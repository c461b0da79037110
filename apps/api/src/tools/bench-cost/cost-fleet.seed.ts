import type { Db } from 'mongodb';
import { systemActor, uuidv7 } from '#kernel';
import { EVENT_LOG_COLLECTION } from '#persistence';
import { Worker } from '../../modules/workers/domain/worker.aggregate.js';
import { workerMapper } from '../../modules/workers/infrastructure/worker.mapper.js';
import { WORKERS_COLLECTION } from '../../modules/workers/infrastructure/worker.schema.js';
import { type DemoPowerPattern, powerHistory, type PowerStatus } from '../demo/demo-power-history.js';

/** The patterns of the demo's month, one after the other through the fleet. */
const PATTERNS: DemoPowerPattern[] = ['classroom', 'forgetful', 'long-runner', 'occasional'];
/** Instance types with list prices in both regions (aws-list-prices.ts), so every run is priced. */
const TYPES = ['m5zn.metal', 'c5.metal', 'c5.2xlarge'];
const REGIONS = ['us-east-1', 'us-west-2'];
const BATCH = 2000;
/** How long after an event the outbox relay typically logs it. */
const RELAY_MS = 40;

export interface CostFleetPlan {
  workers: number;
  /** Days of history before `now`. */
  days: number;
  now: Date;
}

export interface SeededCostFleet {
  workers: number;
  /** Events written: one import and the status changes per worker. */
  events: number;
  statusChanges: number;
  ms: number;
}

/** The history of fleet member `i`: the same on every run (its seed is its index, not its id). */
function historyOf(i: number, plan: CostFleetPlan) {
  const m = fleetMember(i);
  return { member: m, ...powerHistory({ seed: `bench-cost-${i}`, pattern: m.pattern, owner: m.owner, until: plan.now, startStatus: 'running', endStatus: m.endStatus, days: plan.days }) };
}

/** How many events `seedCostFleet` will write for this plan (to refuse a fleet the database cannot hold before writing it). */
export function countCostFleetEvents(plan: CostFleetPlan): number {
  let n = 0;
  for (let i = 0; i < plan.workers; i++) n += 1 + historyOf(i, plan).changes.length;
  return n;
}

/** One worker of the fleet: its pattern, owner and place, from its index (the same fleet on every run). */
export function fleetMember(i: number): { pattern: DemoPowerPattern; owner: string; region: string; instanceType: string; endStatus: PowerStatus; team: string } {
  return {
    pattern: PATTERNS[i % PATTERNS.length],
    owner: `owner-${String(i % 97).padStart(2, '0')}`,
    region: REGIONS[i % REGIONS.length],
    instanceType: TYPES[i % TYPES.length],
    // Every other worker of each pattern is running now.
    endStatus: Math.floor(i / PATTERNS.length) % 2 === 0 ? 'running' : 'stopped',
    team: `team-${i % 20}`,
  };
}

/**
 * Writes a fleet with a long power history straight into a database, as the product would have
 * recorded it: each worker imported `days` before `now` (its document and its `worker.imported`
 * event, version 1) and its status changes as `worker.status-changed` events (versions 2 and up).
 * Each event was recorded as it happened (`recordedAt` a relay's few milliseconds after
 * `occurredAt`), so a projector reading the log by `recordedAt` from the start walks the year in
 * order; the document ends in the last change's status.
 * Streams in batches, so the seeder's memory does not grow with the fleet.
 */
export async function seedCostFleet(db: Db, plan: CostFleetPlan, progress: (line: string) => void = () => undefined): Promise<SeededCostFleet> {
  const started = performance.now();
  const workers = db.collection(WORKERS_COLLECTION);
  const events = db.collection(EVENT_LOG_COLLECTION);
  const recorded = (occurredAt: string) => new Date(Date.parse(occurredAt) + RELAY_MS).toISOString();
  let docs: Record<string, unknown>[] = [];
  const pending: Record<string, unknown>[] = [];
  let statusChanges = 0;
  const flush = async (force: boolean) => {
    if (docs.length && (force || docs.length >= BATCH / 10)) {
      await workers.insertMany(docs as never[], { ordered: false });
      docs = [];
    }
    while (pending.length >= BATCH || (force && pending.length)) {
      await events.insertMany(pending.splice(0, BATCH) as never[], { ordered: false });
    }
  };

  for (let i = 0; i < plan.workers; i++) {
    const { member: m, createdAt, changes } = historyOf(i, plan);
    const id = uuidv7(createdAt.getTime());
    const worker = Worker.import(
      id,
      {
        region: m.region,
        instance: {
          instanceId: `i-${(0x10000000000000000n + BigInt(i)).toString(16).slice(-17)}`,
          state: 'running',
          instanceType: m.instanceType,
          imageId: 'ami-0123456789abcdef0',
          name: `cost-${String(i).padStart(5, '0')}`,
          tags: { Name: `cost-${i}`, team: m.team, owner: m.owner },
          publicIp: `198.51.${(i >> 8) & 255}.${i & 255}`,
        },
        source: 'api',
        owner: m.owner,
      },
      { usePrivateIp: false },
      { actor: systemActor('bench-cost'), now: createdAt },
    );
    const [imported] = worker.unsavedEvents().map((e) => e.toEnvelope());
    const { id: importId, ...importRest } = imported;
    pending.push({ _id: importId, ...importRest, recordedAt: recorded(importRest.occurredAt) });
    changes.forEach((c, k) =>
      pending.push({
        _id: uuidv7(c.at.getTime()),
        type: 'worker.status-changed',
        aggregateType: 'worker',
        aggregateId: id,
        aggregateVersion: k + 2,
        occurredAt: c.at.toISOString(),
        actor: c.actor,
        data: { from: c.from, to: c.to, trigger: c.trigger, reason: c.reason },
        recordedAt: recorded(c.at.toISOString()),
      }),
    );
    statusChanges += changes.length;
    const last = changes.at(-1);
    const state: Record<string, unknown> = { ...workerMapper.toDocument(worker) };
    if (last) Object.assign(state, { status: last.to, statusChangedAt: last.at.toISOString(), statusReason: last.reason, serviceStatus: 'unavailable' });
    docs.push({ _id: id, ...state, version: 1 + changes.length, _outbox: [] });
    await flush(false);
    if ((i + 1) % 250 === 0) progress(`seeded ${i + 1}/${plan.workers} workers, ${statusChanges} status changes`);
  }
  await flush(true);
  return { workers: plan.workers, events: plan.workers + statusChanges, statusChanges, ms: Math.round(performance.now() - started) };
}
