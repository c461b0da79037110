import { DomainError } from '#kernel';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { aControllerLab } from '../../../../../../../../test/support/unit/memory-labs.js';
import { ChangeLabStateCommand, type LabAction } from './change-lab-state.command.js';
import { ChangeLabStateHandler } from './change-lab-state.handler.js';

function setup() {
  const t = newTestHandler(ChangeLabStateHandler);
  t.labController.add(aControllerLab('a'));
  const act = (action: LabAction, labId = 'a') => t.handler.execute(new ChangeLabStateCommand('w-1', labId, action, ADA));
  return { ...t, act };
}

describe('ChangeLabStateHandler', () => {
  it('records a lab first seen now, acts on it, and records the state CML reports afterwards', async () => {
    const t = setup();
    await t.act('start');
    expect(t.labController.calls).toEqual(['lab a', 'start a', 'labState a']);
    expect(t.labRecords.state('a')).toMatchObject({ presence: 'present', state: 'STARTED' });
    expect(t.labRecords.publishedTypes()).toEqual(['lab.discovered', 'lab.state-changed']);
    expect(t.labRecords.published[1].data).toMatchObject({ from: 'STOPPED', to: 'STARTED', trigger: 'user' });
  });

  it('records the state CML reports, not the one asked for (CML may queue an action)', async () => {
    const t = setup();
    t.labController.start = async () => {
      t.labController.labsNow.get('a')!.state = 'QUEUED';
    };
    await t.act('start');
    expect(t.labRecords.state('a')!.state).toBe('QUEUED');
  });

  it('acts only on a running, managed worker (LAB.WORKER_NOT_RUNNING), without asking the controller', async () => {
    const t = setup();
    t.labWorkers.worker = { ...t.labWorkers.worker, status: 'stopped' };
    await expect(t.act('stop')).rejects.toMatchObject({ code: 'LAB.WORKER_NOT_RUNNING' });
    expect(t.labController.calls).toEqual([]);
  });

  it('passes on a refusal of CML and records no state change', async () => {
    const t = setup();
    t.labController.failures.set('wipe', new DomainError('LAB.REFUSED_BY_CML', 'conflict', 'Lab a must be stopped before it is wiped.'));
    await expect(t.act('wipe')).rejects.toMatchObject({ code: 'LAB.REFUSED_BY_CML' });
    expect(t.labRecords.publishedTypes()).toEqual(['lab.discovered']);
  });

  it('marks a record removed when the controller no longer has its lab (LAB.NOT_FOUND)', async () => {
    const t = setup();
    await t.act('start');
    t.labController.labsNow.delete('a');
    await expect(t.act('stop')).rejects.toMatchObject({ code: 'LAB.NOT_FOUND' });
    expect(t.labRecords.state('a')!.presence).toBe('removed');
  });
});
