import { QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { aWorker } from '../test/fixtures';
import { budgetKeys, costKeys, labKeys, workerKeys } from '../lib/query-keys';
import type { LiveEvent, LiveEventOf } from '../lib/sse/live-stream';
import { applyLiveEvent, createCoalescer } from './live-updates';

const listKey = workerKeys.list({ page: 1, pageSize: 25 });

describe('live events into the cache', () => {
  let client: QueryClient;
  let invalidate: { mock: { calls: unknown[][] } };
  const worker = aWorker({ name: 'lab-live' });
  // Typed by event type: a payload the API would not send does not compile.
  const ev = <T extends LiveEvent['type']>(type: T, data: LiveEventOf<T>['data'], workerId: string | null = worker.id) =>
    ({ id: 'e1', type, workerId, at: '2026-11-25T10:00:00.000Z', data }) as LiveEventOf<T>;

  beforeEach(() => {
    vi.useFakeTimers();
    client = new QueryClient();
    client.setQueryData(listKey, { items: [worker, aWorker()], total: 2, page: 1, pageSize: 25, summary: { total: 2, byStatus: { running: 2 }, billable: 2 } });
    client.setQueryData(workerKeys.detail(worker.id), worker);
    invalidate = vi.spyOn(client, 'invalidateQueries');
  });
  afterEach(() => vi.useRealTimers());

  it('patches a status change into the list and the detail at once, then refreshes the lists once for a burst', () => {
    const coalescer = createCoalescer(client, 500);
    const slow = createCoalescer(client, 10_000);
    applyLiveEvent(client, ev('worker.status-changed', { from: 'running', to: 'stopping', trigger: 'user', reason: 'stop requested by manager' }), coalescer, slow);
    applyLiveEvent(client, ev('worker.status-changed', { from: 'stopping', to: 'stopped', trigger: 'ec2', reason: 'EC2 reports stopped' }), coalescer, slow);
    const list = client.getQueryData<{ items: { id: string; status: string }[] }>(listKey)!;
    expect(list.items.find((w) => w.id === worker.id)!.status).toBe('stopped');
    expect(client.getQueryData<{ statusReason: string }>(workerKeys.detail(worker.id))!.statusReason).toBe('EC2 reports stopped');
    expect(invalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    const keys = invalidate.mock.calls.map((c: unknown[]) => JSON.stringify((c[0] as { queryKey: unknown }).queryKey));
    expect(keys.sort()).toEqual([JSON.stringify(workerKeys.detail(worker.id)), JSON.stringify(workerKeys.lists())].sort());
  });

  it('reads the cost figures and budgets again once, later, after a burst of status changes', () => {
    const coalescer = createCoalescer(client, 500);
    const slow = createCoalescer(client, 10_000);
    for (const [from, to] of [['running', 'stopping'], ['stopping', 'stopped']] as const) applyLiveEvent(client, ev('worker.status-changed', { from, to, trigger: 'schedule', reason: 'schedule' }), coalescer, slow);
    const keys = () => invalidate.mock.calls.map((c: unknown[]) => JSON.stringify((c[0] as { queryKey: unknown }).queryKey));
    vi.advanceTimersByTime(500);
    expect(keys()).not.toContain(JSON.stringify(costKeys.reports()));
    vi.advanceTimersByTime(9_500);
    expect(keys().filter((k) => k === JSON.stringify(costKeys.reports()))).toHaveLength(1);
    expect(keys().filter((k) => k === JSON.stringify(budgetKeys.lists()))).toHaveLength(1);
  });

  it('patches telemetry without refetching any list (it arrives constantly on a large fleet)', () => {
    const coalescer = createCoalescer(client, 500);
    applyLiveEvent(client, ev('worker.telemetry-changed', { cpuPercent: 91, runningNodes: 30 }), coalescer);
    const patched = client.getQueryData<{ items: { id: string; telemetry: Record<string, number> }[] }>(listKey)!.items.find((w) => w.id === worker.id)!;
    expect(patched.telemetry).toMatchObject({ cpuPercent: 91, runningNodes: 30, memoryPercent: 61 });
    vi.advanceTimersByTime(500);
    expect(invalidate.mock.calls.map((c: unknown[]) => (c[0] as { queryKey: unknown[] }).queryKey)).toEqual([workerKeys.detail(worker.id)]);
  });

  it('shows and withdraws an idle warning', () => {
    const coalescer = createCoalescer(client, 500);
    applyLiveEvent(client, ev('worker.idle-warning-issued', { plannedStopAt: '2026-11-25T10:10:00.000Z', idleMinutes: 61, timeoutMinutes: 60, reason: 'idle' }), coalescer);
    expect(client.getQueryData<{ idle: { warning?: { plannedStopAt: string } } }>(workerKeys.detail(worker.id))!.idle.warning?.plannedStopAt).toBe('2026-11-25T10:10:00.000Z');
    applyLiveEvent(client, ev('worker.idle-warning-cleared', { reason: 'lab started' }), coalescer);
    expect(client.getQueryData<{ idle: { warning?: unknown } }>(workerKeys.detail(worker.id))!.idle.warning).toBeUndefined();
  });

  it('refreshes the workers list for a worker it has never seen (imported elsewhere)', () => {
    const coalescer = createCoalescer(client, 500);
    applyLiveEvent(client, ev(
        'worker.imported',
        { name: 'new-one', region: 'us-east-1', instanceId: 'i-0abc', instanceType: 'm5zn.metal', amiId: 'ami-0abc', status: 'running', source: 'auto-import' },
        '0193b2c4-9999-7000-8000-000000000009',
      ), coalescer);
    vi.advanceTimersByTime(500);
    expect(invalidate.mock.calls.map((c: unknown[]) => (c[0] as { queryKey: unknown[] }).queryKey)).toContainEqual(workerKeys.lists());
  });

  it('marks the worker’s stop as ended when it finishes, so its page stops polling, then re-reads the worker and the operation under it', () => {
    const op = { id: 'op-1', action: 'stop' as const, status: 'running' as const, startedAt: '2026-11-25T09:59:00.000Z' };
    client.setQueryData(workerKeys.detail(worker.id), { ...worker, powerOperation: op });
    const coalescer = createCoalescer(client, 500);
    applyLiveEvent(client, ev('worker.power-operation-finished', { operationId: 'op-1', action: 'stop', succeeded: false, summary: 'Nothing to do. Failed: EC2 refused' }), coalescer);
    expect(client.getQueryData<{ powerOperation: unknown }>(workerKeys.detail(worker.id))!.powerOperation).toEqual({
      ...op,
      status: 'failed',
      summary: 'Nothing to do. Failed: EC2 refused',
      finishedAt: '2026-11-25T10:00:00.000Z',
    });
    vi.advanceTimersByTime(500);
    const keys = invalidate.mock.calls.map((c: unknown[]) => (c[0] as { queryKey: unknown[] }).queryKey);
    // The operation's query sits under the worker's detail key: invalidating the one refreshes the other.
    expect(keys).toContainEqual(workerKeys.detail(worker.id));
    expect(workerKeys.operation(worker.id, 'op-1').slice(0, workerKeys.detail(worker.id).length)).toEqual(workerKeys.detail(worker.id));
  });

  it('leaves a newer operation alone when an older one’s end arrives late', () => {
    const op = { id: 'op-2', action: 'terminate' as const, status: 'running' as const, startedAt: '2026-11-25T09:59:00.000Z' };
    client.setQueryData(workerKeys.detail(worker.id), { ...worker, powerOperation: op });
    applyLiveEvent(client, ev('worker.power-operation-finished', { operationId: 'op-1', action: 'stop', succeeded: true, summary: 'Stopped.' }), createCoalescer(client, 500));
    expect(client.getQueryData<{ powerOperation: unknown }>(workerKeys.detail(worker.id))!.powerOperation).toEqual(op);
  });

  it('refreshes the lab lists and the worker’s labs on a lab event', () => {
    const coalescer = createCoalescer(client, 500);
    applyLiveEvent(client, ev('lab.state-changed', { workerId: worker.id, labId: 'l1', from: 'STOPPED', to: 'STARTED', trigger: 'sync' }), coalescer);
    vi.advanceTimersByTime(500);
    expect(invalidate.mock.calls.map((c: unknown[]) => (c[0] as { queryKey: unknown[] }).queryKey)).toEqual([labKeys.lists(), workerKeys.labs(worker.id)]);
  });
});
