import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LabStateName } from '#kernel';
import { ensureControllerUsable, type LabWorker } from '../../../domain/lab-worker.rule.js';
import { LabRecordWriter } from '../../lab-record-writer.js';
import { LabControllerPort } from '../../ports/lab-controller.port.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { ChangeLabStateCommand, type LabAction } from './change-lab-state.command.js';

/**
 * CML decides whether the action is allowed (a refusal is LAB.REFUSED_BY_CML with its reason);
 * the state is then read back rather than assumed, since CML may queue or ignore the action.
 */
@CommandHandler(ChangeLabStateCommand)
export class ChangeLabStateHandler implements ICommandHandler<ChangeLabStateCommand, void> {
  constructor(
    private readonly workers: WorkerDirectory,
    private readonly controller: LabControllerPort,
    private readonly writer: LabRecordWriter,
  ) {}

  async execute({ workerId, labId, action, actor }: ChangeLabStateCommand): Promise<void> {
    const worker = await this.workers.get(workerId);
    ensureControllerUsable(worker);
    await this.writer.ensureKnown(worker, labId, actor);
    const state = await this.act(action, worker, labId).catch((err: unknown) => this.writer.forgetIfGone(err, workerId, labId, actor));
    await this.writer.write(workerId, labId, actor, (record, ctx, policy) => {
      if (!record) return { result: undefined };
      record.applyState(state, policy, ctx);
      return { save: record, result: undefined };
    });
  }

  private async act(action: LabAction, worker: LabWorker, labId: string): Promise<LabStateName> {
    if (action === 'start') await this.controller.start(worker, labId);
    if (action === 'stop') await this.controller.stop(worker, labId);
    if (action === 'wipe') await this.controller.wipe(worker, labId);
    return this.controller.labState(worker, labId);
  }
}
