import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Clock } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { idleDecisionKey } from '../../../domain/idle.rule.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { evaluateIdle, idleTimeoutFor } from '../../worker-config.policy.js';
import { IdleDecisionLog } from '../../ports/idle-decision-log.port.js';
import { GetWorkerIdleQuery, type WorkerIdleView } from './get-worker-idle.query.js';

@QueryHandler(GetWorkerIdleQuery)
export class GetWorkerIdleHandler implements IQueryHandler<GetWorkerIdleQuery, WorkerIdleView> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly decisions: IdleDecisionLog,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute({ workerId }: GetWorkerIdleQuery): Promise<WorkerIdleView> {
    const worker = await this.workers.get(workerId);
    const now = this.clock.now();
    const current = evaluateIdle(worker, this.config, now);
    const idle = worker.idle;
    const started = worker.lifecycle.startRequestedAt;
    const graceEnds = started ? new Date(Date.parse(started) + this.config.jobs.idle.startGraceMinutes * 60_000) : undefined;
    return {
      workerId,
      status: worker.status,
      enabled: this.config.jobs.idle.enabled && worker.idleDetectionEnabled,
      fleetEnabled: this.config.jobs.idle.enabled,
      workerEnabled: worker.idleDetectionEnabled,
      timeoutMinutes: idleTimeoutFor(worker, this.config),
      timeoutSource: idle.timeoutMinutes === undefined ? 'fleet' : 'worker',
      lastActivityAt: current.lastActivityAt ?? idle.lastActivityAt,
      lastActivitySource: current.lastActivitySource ?? idle.lastActivitySource,
      lastActivityCheckAt: idle.lastActivityCheckAt,
      idleMinutes: current.idleMinutes,
      snoozedUntil: idle.snoozedUntil && Date.parse(idle.snoozedUntil) > now.getTime() ? idle.snoozedUntil : undefined,
      startGraceUntil: graceEnds && graceEnds > now ? graceEnds.toISOString() : undefined,
      warning: idle.warning,
      lastEvaluatedAt: idle.lastDecision?.at,
      current: {
        outcome: current.outcome,
        code: current.code,
        reason: current.reason,
        idleMinutes: current.idleMinutes,
        lastActivityAt: current.lastActivityAt,
        lastActivitySource: current.lastActivitySource,
        timeoutMinutes: current.timeoutMinutes,
        idleFrom: current.idleFrom,
        until: current.until,
        plannedStopAt: idle.warning?.plannedStopAt ?? current.plannedStopAt,
        warnedAt: current.warnedAt,
        since: idle.lastDecision?.key === idleDecisionKey(current) ? idle.lastDecision.since : undefined,
      },
      recentDecisions: await this.decisions.recent(workerId, 20),
    };
  }
}
