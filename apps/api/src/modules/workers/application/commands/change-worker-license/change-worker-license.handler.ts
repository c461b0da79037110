import { Logger } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, DomainError, retryOnConflict, systemActor } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { type Operation, OperationTracker } from '../../../../system/system.public.js';
import { registrationSettlement } from '../../../domain/license.rule.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { describeOperation } from '../../power-operations/power-operation.runner.js';
import type { CmlTarget } from '../../ports/cml-controller.port.js';
import { CmlLicensingPort } from '../../ports/cml-licensing.port.js';
import { SyncWorkerCmlCommand } from '../sync-worker-cml/sync-worker-cml.command.js';
import { ChangeWorkerLicenseCommand } from './change-worker-license.command.js';

/**
 * Answers at once with an operation; the controller call, and for a registration the wait until
 * Smart Licensing settles, continue in the background. The token goes to CML and nowhere else.
 */
@CommandHandler(ChangeWorkerLicenseCommand)
export class ChangeWorkerLicenseHandler implements ICommandHandler<ChangeWorkerLicenseCommand, Operation> {
  private readonly logger = new Logger('Licensing');

  constructor(
    private readonly workers: WorkerRepository,
    private readonly licensing: CmlLicensingPort,
    private readonly operations: OperationTracker,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
  ) {}

  async execute({ workerId, change, actor }: ChangeWorkerLicenseCommand): Promise<Operation> {
    const worker = await this.workers.get(workerId);
    // Refused before an operation exists: a stopped worker has no controller to change.
    worker.ensureAllowed('change-license');
    // A stop or terminate under way (labs, licence release) must not meet a licence change.
    const running = await this.operations.runningOn(workerId);
    if (running) throw WorkerErrors.operationInProgress(worker.name, describeOperation(running));
    const target: CmlTarget = { name: worker.name, instanceId: worker.instanceId, endpoint: worker.endpoint, endpointProblem: worker.endpointProblem };
    const op = await this.operations.start(change.kind === 'registration' ? 'license-registration' : 'license-deregistration', { type: 'worker', id: workerId }, actor);
    await retryOnConflict(async () => {
      const w = await this.workers.get(workerId);
      w.recordLicenseRequest(change.kind, op.id, change.kind === 'registration' && change.reregister, { actor, now: this.clock.now() });
      await this.workers.save(w);
      w.commit();
    });
    void this.run(op, workerId, target, change).catch((err: unknown) => this.logger.error(`License operation ${op.id} crashed: ${(err as Error).message}`));
    return op;
  }

  private async run(op: Operation, workerId: string, target: CmlTarget, change: ChangeWorkerLicenseCommand['change']): Promise<void> {
    let outcome: { succeeded: boolean; registrationStatus?: string; result?: string; error?: string };
    try {
      if (change.kind === 'registration') {
        await this.operations.progress(op.id, 'Sending the token to the controller');
        await this.licensing.register(target, change.token, change.reregister);
        outcome = await this.waitUntilSettled(op.id, target);
      } else {
        await this.operations.progress(op.id, 'Asking the controller to deregister');
        const result = await this.licensing.deregister(target);
        outcome = { succeeded: true, result };
      }
    } catch (err) {
      outcome = { succeeded: false, error: err instanceof DomainError ? err.message : `Unexpected failure: ${(err as Error).message}` };
    }
    if (outcome.succeeded) await this.operations.succeed(op.id, { registrationStatus: outcome.registrationStatus, outcome: outcome.result });
    else await this.operations.fail(op.id, outcome.error ?? 'failed');

    const ctx = { actor: systemActor('licensing'), now: this.clock.now() };
    await retryOnConflict(async () => {
      const w = await this.workers.get(workerId);
      // Unregistered meanwhile: the operation keeps the outcome, the worker records nothing new.
      if (w.decide('record-license-outcome').outcome !== 'proceed') return;
      w.recordLicenseOutcome(change.kind, { operationId: op.id, ...outcome }, ctx);
      await this.workers.save(w);
      w.commit();
    });
    await this.commands.execute(new SyncWorkerCmlCommand(workerId, ctx.actor)).catch(() => undefined);
  }

  private async waitUntilSettled(opId: string, target: CmlTarget): Promise<{ succeeded: boolean; registrationStatus?: string; error?: string }> {
    const started = this.clock.now().getTime();
    const { licensePollSeconds, licenseTimeoutSeconds } = this.config.cml;
    for (;;) {
      const { status, failure } = await this.licensing.registrationStatus(target);
      const settled = registrationSettlement(status);
      if (settled === 'succeeded') return { succeeded: true, registrationStatus: status };
      if (settled === 'failed') return { succeeded: false, registrationStatus: status, error: `Registration ended ${status}${failure ? `: ${failure}` : ''}.` };
      const elapsed = Math.round((this.clock.now().getTime() - started) / 1000);
      if (elapsed >= licenseTimeoutSeconds) {
        return { succeeded: false, registrationStatus: status, error: `Registration did not settle within ${licenseTimeoutSeconds} s (last status ${status ?? 'unknown'}).` };
      }
      await this.operations.progress(opId, `Waiting for Smart Licensing (status ${status ?? 'unknown'}, ${elapsed} s elapsed)`);
      await new Promise((r) => setTimeout(r, licensePollSeconds * 1000));
    }
  }
}
