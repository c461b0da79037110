import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { UpdateWorkerCommand, type WorkerChanges } from './update-worker.command.js';
import { UpdateWorkerHandler } from './update-worker.handler.js';

function setup() {
  const t = newTestHandler(UpdateWorkerHandler);
  const w = t.givenWorker({ name: 'lab-east-1' });
  // async: the handler throws its refusals before it returns a promise, as the bus turns them into rejections.
  const update = async (changes: WorkerChanges) => t.handler.execute(new UpdateWorkerCommand(w.id, changes, ADA));
  return { ...t, w, update };
}

describe('UpdateWorkerHandler', () => {
  it('refuses an edit that changes nothing (WORKER.NOTHING_TO_UPDATE, 400) naming what can be changed', async () => {
    const t = setup();
    await expect(t.update({})).rejects.toMatchObject({ code: 'WORKER.NOTHING_TO_UPDATE', kind: 'invalid', message: expect.stringContaining('name, endpoint, idleDetectionEnabled or idleTimeoutMinutes') });
    expect(t.workers.gets).toBe(0);
  });

  it.each(['ftp://cml-1.example.com', 'https://user:secret@cml-1.example.com', 'https://cml-1.example.com/?x=1', 'not a url'])(
    'refuses the endpoint %j before loading the worker (WORKER.ENDPOINT_INVALID)',
    async (endpoint) => {
      const t = setup();
      await expect(t.update({ endpoint })).rejects.toMatchObject({ code: 'WORKER.ENDPOINT_INVALID', kind: 'invalid' });
      expect(t.workers.saves).toBe(0);
    },
  );

  it('applies every given change in one write, each with its event', async () => {
    const t = setup();
    await t.update({ name: 'lab-east-2', endpoint: 'https://cml-2.example.com/', idleDetectionEnabled: false, idleTimeoutMinutes: 90 });
    expect(t.workers.saves).toBe(1);
    expect(t.workers.state(t.w.id)).toMatchObject({ name: 'lab-east-2', endpoint: 'https://cml-2.example.com', endpointSource: 'override', idleDetectionEnabled: false, idle: { timeoutMinutes: 90 } });
    expect(t.workers.publishedTypes()).toEqual(['worker.renamed', 'worker.endpoint-changed', 'worker.idle-detection-changed', 'worker.idle-timeout-changed']);
  });

  it('clears the endpoint override and the idle timeout with null: the endpoint comes from EC2 again', async () => {
    const t = setup();
    await t.update({ endpoint: 'https://cml-2.example.com', idleTimeoutMinutes: 90 });
    await t.update({ endpoint: null, idleTimeoutMinutes: null });
    expect(t.workers.state(t.w.id)).toMatchObject({ endpoint: 'https://127.0.0.2', endpointSource: 'public-ip', endpointOverride: undefined });
    expect(t.workers.state(t.w.id).idle.timeoutMinutes).toBeUndefined();
  });

  it('writes nothing when the values are the ones the worker has', async () => {
    const t = setup();
    await t.update({ name: 'lab-east-1', idleDetectionEnabled: true });
    expect(t.workers.saves).toBe(0);
  });

  it('runs again on the fresh worker when another write came first', async () => {
    const t = setup();
    t.workers.raceOnce.add(t.w.id);
    await t.update({ name: 'lab-east-2' });
    expect(t.workers.state(t.w.id).name).toBe('lab-east-2');
    expect(t.workers.publishedTypes()).toEqual(['worker.renamed']);
  });
});
