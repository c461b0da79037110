import { EventBus } from '@nestjs/cqrs';
import { type DomainEvent, systemActor } from '#kernel';
import { Worker } from '../apps/api/src/modules/workers/domain/worker.aggregate.js';
import { WorkerRepository } from '../apps/api/src/modules/workers/domain/worker.repository.port.js';
import { Api, eventually, expectStatus } from './support/api.js';
import { closeMotoClients, createNamedAmi, launchInstances, uniqueRunId } from './support/moto.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const REGION = 'us-east-1';

describe('workers under concurrency and crashes', () => {
  let t: TestApp;
  let api: Api;
  let amiId: string;
  let run: string;

  beforeAll(async () => {
    t = await startTestApp('workers-concurrency');
    api = new Api(t.url);
    run = uniqueRunId('cc');
    amiId = await createNamedAmi(REGION, `cml-${run}`);
  });
  afterAll(async () => {
    await t.close();
    closeMotoClients();
  });

  it('leaves exactly one worker when twenty imports of one instance race, and answers the others clearly', async () => {
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `race-${run}` } });
    const results = await Promise.all(Array.from({ length: 20 }, () => api.post('/api/workers/import', { region: REGION, instanceId })));
    const statuses = results.map((r) => r.status).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(19);
    const winner = results.find((r) => r.status === 201)!.body.id as string;
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.body.code).toBe('IMPORT.ALREADY_REGISTERED');
      expect(r.body.details.workerId).toBe(winner);
    }
    const list = await api.get(`/api/workers?q=${instanceId}&includeUnregistered=true&includeTerminated=true`, 'admin').then(expectStatus(200));
    expect(list.body.total).toBe(1);
  });

  it('loses no update when a start and a stop of one worker race', async () => {
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `flip-${run}` } });
    const imported = await api.post('/api/workers/import', { region: REGION, instanceId }).then(expectStatus(201));
    const id = imported.body.id as string;
    await api.post(`/api/workers/${id}/stop`, {}, 'manager').then(expectStatus(202));
    // From stopping: start is refused (409) while stop is a no-op; from a refreshed 'stopped': both act.
    await eventually(async () => (await api.post(`/api/workers/${id}/refresh`, {}, 'manager')).status === 200 && (await api.get(`/api/workers/${id}`)).body.status === 'stopped');
    const before = (await api.get(`/api/workers/${id}`)).body.version as number;
    const [start, stop] = await Promise.all([api.post(`/api/workers/${id}/start`, {}, 'manager'), api.post(`/api/workers/${id}/stop`, {}, 'manager')]);
    expect([200, 202]).toContain(start.status);
    expect([200, 202]).toContain(stop.status);
    const after = (await api.get(`/api/workers/${id}`)).body;
    const timeline = await api.get(`/api/workers/${id}/events?pageSize=100`);
    const versions = (timeline.body.items as { aggregateVersion: number }[]).map((e) => e.aggregateVersion);
    // No two writes shared a version (nothing was overwritten). Saves without an event (a silent
    // telemetry update) leave gaps, so the versions are unique and bounded rather than contiguous.
    expect(new Set(versions).size).toBe(versions.length);
    expect(Math.max(...versions)).toBeLessThanOrEqual(after.version);
    // The timeline lists the newest first; oldest first here, so the last change is the newest.
    const changes = (timeline.body.items as { type: string; data: { to?: string }; aggregateVersion: number }[])
      .filter((e) => e.aggregateVersion > before && e.type === 'worker.status-changed')
      .sort((a, b) => a.aggregateVersion - b.aggregateVersion);
    // The start landed (pending), and the stop either acted after it (stopping) or found nothing to do.
    expect(changes.map((c) => c.data.to)).toContain('pending');
    if (stop.status === 202) expect(changes.map((c) => c.data.to)).toContain('stopping');
    expect(after.status).toBe(changes.at(-1)?.data.to);
  });

  it('publishes after a restart an event written by a process that died before publishing it', async () => {
    const [instanceId] = await launchInstances(REGION, { count: 1, imageId: amiId, tags: { Name: `crash-${run}` } });
    // Write the way a handler does, but "die" before commit(): the event is only in the outbox.
    const repo = t.app.get(WorkerRepository);
    const worker = Worker.import(
      repo.newId(),
      { region: REGION, instance: { instanceId, state: 'running', instanceType: 't3.micro', imageId: amiId, tags: {} }, source: 'api' },
      { usePrivateIp: false },
      { actor: systemActor('crash-test'), now: new Date() },
    );
    await repo.save(worker);
    const eventId = worker.getUncommittedEvents()[0].id;
    await t.close();

    const delivered: DomainEvent[] = [];
    const restarted = await startTestApp('workers-concurrency-restart', {}, {
      mongoUri: t.mongoUri,
      onCreated: (app) => app.get(EventBus).subscribe((e) => delivered.push(e as DomainEvent)),
    });
    try {
      await eventually(async () => delivered.find((e) => e.id === eventId));
      expect(delivered.filter((e) => e.id === eventId)).toHaveLength(1);
      const timeline = await new Api(restarted.url).get(`/api/workers/${worker.id}/events`).then(expectStatus(200));
      expect(timeline.body.items.map((e: { id: string }) => e.id)).toEqual([eventId]);
    } finally {
      t = restarted;
    }
  });
});
