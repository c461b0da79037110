import { DomainError, type LabStateName } from '#kernel';
import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { aControllerLab } from '../../../../../../../../test/support/unit/memory-labs.js';
import { DeleteLabCommand } from './delete-lab.command.js';
import { DeleteLabHandler } from './delete-lab.handler.js';

function setup(state: LabStateName) {
  const t = newTestHandler(DeleteLabHandler);
  t.labController.add(aControllerLab('a', { state }));
  const remove = () => t.handler.execute(new DeleteLabCommand('w-1', 'a', ADA));
  /** The controller calls that change the lab, in order. */
  const steps = () => t.labController.calls.filter((c) => !c.startsWith('lab'));
  return { ...t, remove, steps };
}

describe('DeleteLabHandler', () => {
  it.each([
    ['STARTED', ['stop a', 'wipe a', 'delete a'], { stopped: true, wiped: true }],
    ['QUEUED', ['stop a', 'wipe a', 'delete a'], { stopped: true, wiped: true }],
    ['STOPPED', ['wipe a', 'delete a'], { stopped: false, wiped: true }],
    ['DEFINED_ON_CORE', ['delete a'], { stopped: false, wiped: false }],
  ] as const)('deletes a %s lab after the steps CML needs first: %j', async (state, calls, steps) => {
    const t = setup(state);
    await t.remove();
    expect(t.steps()).toEqual(calls);
    expect(t.labRecords.state('a')).toMatchObject({ presence: 'deleted', deletedBy: ADA });
    expect(t.labRecords.published.at(-1)).toMatchObject({ type: 'lab.deleted', data: steps });
  });

  it('records every step that happened when a later one fails, and passes the failure on', async () => {
    const t = setup('STARTED');
    t.labController.failures.set('delete', new DomainError('LAB.REFUSED_BY_CML', 'conflict', 'CML refused to delete the lab.'));
    await expect(t.remove()).rejects.toMatchObject({ code: 'LAB.REFUSED_BY_CML' });
    expect(t.labRecords.state('a')).toMatchObject({ presence: 'present', state: 'DEFINED_ON_CORE' });
    expect(t.labRecords.state('a')!.stateHistory.map((h) => h.to)).toEqual(['STARTED', 'STOPPED', 'DEFINED_ON_CORE']);
  });

  it('refuses a worker that is not running before the controller is asked', async () => {
    const t = setup('STOPPED');
    t.labWorkers.worker = { ...t.labWorkers.worker, status: 'pending' };
    await expect(t.remove()).rejects.toMatchObject({ code: 'LAB.WORKER_NOT_RUNNING' });
    expect(t.labController.calls).toEqual([]);
  });
});
