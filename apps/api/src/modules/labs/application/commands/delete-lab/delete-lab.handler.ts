import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { LabStateName } from '#kernel';
import { ensureControllerUsable } from '../../../domain/lab-worker.rule.js';
import { LabRecordWriter } from '../../lab-record-writer.js';
import { LabControllerPort } from '../../ports/lab-controller.port.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { DeleteLabCommand } from './delete-lab.command.js';

/** States in which CML still has nodes running or queued: the lab must be stopped before a wipe. */
const RUNNING: readonly LabStateName[] = ['STARTED', 'QUEUED'];

/**
 * CML deletes only a stopped and wiped lab, so a started lab is stopped and a stopped one wiped
 * first. Every step that happened is recorded, even when a later one fails, so the record
 * matches the controller; the record itself stays (marked deleted) with its history.
 */
@CommandHandler(DeleteLabCommand)
export class DeleteLabHandler implements ICommandHandler<DeleteLabCommand, void> {
  constructor(
    private readonly workers: WorkerDirectory,
    private readonly controller: LabControllerPort,
    private readonly writer: LabRecordWriter,
  ) {}

  async execute({ workerId, labId, actor }: DeleteLabCommand): Promise<void> {
    const worker = await this.workers.get(workerId);
    ensureControllerUsable(worker);
    await this.writer.ensureKnown(worker, labId, actor);

    const states: LabStateName[] = [];
    const steps = { stopped: false, wiped: false };
    let deleted = false;
    let failure: unknown;
    try {
      let state = await this.controller.labState(worker, labId);
      states.push(state);
      if (RUNNING.includes(state)) {
        await this.controller.stop(worker, labId);
        steps.stopped = true;
        state = await this.controller.labState(worker, labId);
        states.push(state);
      }
      if (state !== 'DEFINED_ON_CORE') {
        await this.controller.wipe(worker, labId);
        steps.wiped = true;
        states.push('DEFINED_ON_CORE');
      }
      await this.controller.delete(worker, labId);
      deleted = true;
    } catch (err) {
      failure = err;
    }

    await this.writer.write(workerId, labId, actor, (record, ctx, policy) => {
      if (!record) return { result: undefined };
      for (const state of states) record.applyState(state, policy, ctx);
      if (deleted) record.markDeleted(steps, ctx);
      return { save: record, result: undefined };
    });
    if (failure) await this.writer.forgetIfGone(failure, workerId, labId, actor);
  }
}
