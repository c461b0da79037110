import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, mapWithConcurrency, retryOnConflict, systemActor } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import type { IdleDecision } from '../../../domain/idle.rule.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { evaluateIdle, idleTimeoutFor } from '../../worker-config.policy.js';
import { IdleDecisionLog, type IdleDecisionRecord } from '../../ports/idle-decision-log.port.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import { ChangeWorkerStateCommand } from '../change-worker-state/change-worker-state.command.js';
import { EvaluateIdleWorkersCommand, type IdleEvaluationSummary } from './evaluate-idle-workers.command.js';

/**
 * Evaluates every running worker. The worker keeps its latest decision; the decision log gets a row
 * only when the decision changes (keep -> warn, or keep for another reason), not at every run. A
 * stop goes through the normal stop command.
 */
@CommandHandler(EvaluateIdleWorkersCommand)
export class EvaluateIdleWorkersHandler implements ICommandHandler<EvaluateIdleWorkersCommand, IdleEvaluationSummary> {
  constructor(
    private readonly readModel: WorkerReadModel,
    private readonly workers: WorkerRepository,
    private readonly decisions: IdleDecisionLog,
    private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly commands: CommandBus,
  ) {}

  async execute(): Promise<IdleEvaluationSummary> {
    const actor = systemActor('idle-detection');
    const summary: IdleEvaluationSummary = { evaluated: 0, kept: 0, warned: 0, stopped: 0, skipped: 0, recorded: 0, errors: [] };
    const running = await this.readModel.list({ statuses: ['running'], includeTerminated: false, includeUnregistered: false, page: 1, pageSize: 10_000, sort: { field: 'name', direction: 1 } });
    const records: IdleDecisionRecord[] = [];
    await mapWithConcurrency(running.items, 25, async (view) => {
      try {
        let decision: IdleDecision | undefined;
        let record: IdleDecisionRecord | undefined;
        await retryOnConflict(async () => {
          const worker = await this.workers.get(view.id);
          const now = this.clock.now();
          decision = evaluateIdle(worker, this.config, now);
          const timeout = idleTimeoutFor(worker, this.config);
          const changed = worker.applyIdleDecision(decision, timeout, { actor, now });
          await this.workers.save(worker);
          worker.commit();
          // The row's time is the evaluation's, so it matches the worker's `lastDecision.since`.
          record = changed ? toRecord(decision, view.id, now, timeout) : undefined;
        });
        if (!decision) return;
        summary.evaluated++;
        if (record) records.push(record);
        if (decision.outcome === 'keep') summary.kept++;
        if (decision.outcome === 'warn') summary.warned++;
        if (decision.outcome === 'skipped') summary.skipped++;
        if (decision.outcome === 'stop') {
          await this.commands.execute(new ChangeWorkerStateCommand(view.id, 'stop', actor, decision.reason, 'idle-detection'));
          summary.stopped++;
        }
      } catch (err) {
        summary.errors.push(`${view.name}: ${(err as Error).message}`);
      }
    });
    await this.decisions.record(records);
    summary.recorded = records.length;
    return summary;
  }
}

/** The log row: the decision's facts, named one by one (not the aggregate's flags). */
function toRecord(d: IdleDecision, workerId: string, now: Date, timeoutMinutes: number): IdleDecisionRecord {
  return {
    workerId,
    at: now.toISOString(),
    outcome: d.outcome,
    code: d.code,
    reason: d.reason,
    timeoutMinutes,
    idleMinutes: d.idleMinutes,
    lastActivityAt: d.lastActivityAt,
    lastActivitySource: d.lastActivitySource,
    idleFrom: d.idleFrom,
    until: d.until,
    plannedStopAt: d.plannedStopAt,
    warnedAt: d.warnedAt,
  };
}
