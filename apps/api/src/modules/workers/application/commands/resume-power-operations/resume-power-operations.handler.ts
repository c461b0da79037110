import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { PowerOperationRunner } from '../../power-operations/power-operation.runner.js';
import { type PowerResumeSummary, ResumePowerOperationsCommand } from './resume-power-operations.command.js';

/** At most this many per run: each goes on in the background, so a run stays short. */
const PER_RUN = 10;

@CommandHandler(ResumePowerOperationsCommand)
export class ResumePowerOperationsHandler implements ICommandHandler<ResumePowerOperationsCommand, PowerResumeSummary> {
  constructor(private readonly runner: PowerOperationRunner) {}

  async execute(): Promise<PowerResumeSummary> {
    const summary: PowerResumeSummary = { resumed: 0, operations: [] };
    for (let i = 0; i < PER_RUN; i++) {
      const op = await this.runner.resumeOne();
      if (!op) break;
      const step = op.steps?.find((s) => s.status === 'running' || s.status === 'pending');
      summary.operations.push({ id: op.id, kind: op.kind, workerId: op.subject.id, step: step?.name });
      summary.resumed++;
    }
    return summary;
  }
}
