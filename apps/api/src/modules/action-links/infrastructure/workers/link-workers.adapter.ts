import { Injectable } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Actor } from '#kernel';
import { ChangeWorkerOverrideCommand, ChangeWorkerStateCommand, type StateChangeResult, WorkerErrors, WorkersFacade } from '../../../workers/workers.public.js';
import { type LinkWorker, LinkWorkers } from '../../application/ports/link-workers.port.js';

/** The workers module as action links need it: its facade to read, its commands to act (the ones the console's buttons send). */
@Injectable()
export class WorkersFacadeLinkWorkers extends LinkWorkers {
  constructor(
    private readonly facade: WorkersFacade,
    private readonly commands: CommandBus,
  ) {
    super();
  }

  async find(workerId: string): Promise<LinkWorker | undefined> {
    try {
      const w = await this.facade.get(workerId);
      return {
        id: w.id,
        name: w.name,
        status: w.status,
        managed: w.managed,
        statusChangedAt: w.statusChangedAt,
        override: w.override && { kind: w.override.kind, until: w.override.until, setAt: w.override.setAt },
      };
    } catch (err) {
      if (WorkerErrors.notFound.is(err)) return undefined;
      throw err;
    }
  }

  async keepRunning(workerId: string, until: Date, actor: Actor): Promise<void> {
    await this.commands.execute(new ChangeWorkerOverrideCommand(workerId, { set: { kind: 'keep-running', until } }, actor));
  }

  stop(workerId: string, actor: Actor, reason: string): Promise<StateChangeResult> {
    return this.commands.execute<ChangeWorkerStateCommand, StateChangeResult>(new ChangeWorkerStateCommand(workerId, 'stop', actor, reason, 'user'));
  }
}
