import { DomainError } from '#kernel';
import { ensureControllerUsable, type LabWorker } from './lab-worker.rule.js';

const worker = (over: Partial<LabWorker>): LabWorker => ({ id: 'w1', name: 'lab-east-1', status: 'running', managed: true, endpoint: 'https://10.0.0.5', ...over });

describe('ensureControllerUsable', () => {
  it('lets a managed, running worker through, whatever its last known service status', () => {
    expect(() => ensureControllerUsable(worker({}))).not.toThrow();
  });

  it.each(['pending', 'stopping', 'stopped', 'shutting-down', 'terminated', 'failed', 'unknown'])('refuses a %s worker with 409 LAB.WORKER_NOT_RUNNING naming the status', (status) => {
    const call = () => ensureControllerUsable(worker({ status }));
    expect(call).toThrow(DomainError);
    expect(call).toThrow(expect.objectContaining({ code: 'LAB.WORKER_NOT_RUNNING', kind: 'conflict', details: { workerId: 'w1', status } }));
    expect(call).toThrow(`Worker lab-east-1 is ${status}; labs can only be managed while it is running.`);
  });

  it('refuses an unregistered worker with 409 LAB.WORKER_NOT_MANAGED', () => {
    expect(() => ensureControllerUsable(worker({ managed: false }))).toThrow(expect.objectContaining({ code: 'LAB.WORKER_NOT_MANAGED', kind: 'conflict' }));
  });
});
