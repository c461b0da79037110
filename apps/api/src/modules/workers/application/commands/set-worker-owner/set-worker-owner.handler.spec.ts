import { ADA, newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import { SetWorkerOwnerCommand } from './set-worker-owner.command.js';
import { SetWorkerOwnerHandler } from './set-worker-owner.handler.js';

describe('SetWorkerOwnerHandler', () => {
  it('gives the worker to another owner, in the timeline with the one before', async () => {
    const t = newTestHandler(SetWorkerOwnerHandler);
    const w = t.givenWorker();
    await t.handler.execute(new SetWorkerOwnerCommand(w.id, 'alice', ADA));
    await t.handler.execute(new SetWorkerOwnerCommand(w.id, 'group:ccna-teachers', ADA));
    expect(t.workers.state(w.id).owner).toBe('group:ccna-teachers');
    expect(t.workers.published.filter((e) => e.type === 'worker.owner-changed').map((e) => e.data)).toEqual([
      { workerId: w.id, owner: 'alice', previousOwner: undefined },
      { workerId: w.id, owner: 'group:ccna-teachers', previousOwner: 'alice' },
    ]);
  });

  it('refuses an owner that is neither a username nor group:<name>, writing nothing', async () => {
    const t = newTestHandler(SetWorkerOwnerHandler);
    const w = t.givenWorker();
    await expect(t.handler.execute(new SetWorkerOwnerCommand(w.id, 'two words', ADA))).rejects.toMatchObject({ code: 'WORKER.OWNER_INVALID', message: expect.stringContaining('use letters, digits') });
    expect(t.workers.saves).toBe(0);
  });
});
