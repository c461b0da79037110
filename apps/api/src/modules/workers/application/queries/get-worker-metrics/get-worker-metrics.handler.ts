import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { MetricSamples } from '../../ports/metric-samples.port.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import { GetWorkerMetricsQuery, type WorkerMetricsView } from './get-worker-metrics.query.js';

const MAX_POINTS = 500;

@QueryHandler(GetWorkerMetricsQuery)
export class GetWorkerMetricsHandler implements IQueryHandler<GetWorkerMetricsQuery, WorkerMetricsView> {
  constructor(
    private readonly samples: MetricSamples,
    private readonly readModel: WorkerReadModel,
  ) {}

  async execute({ workerId, from, to }: GetWorkerMetricsQuery): Promise<WorkerMetricsView> {
    if (!(await this.readModel.get(workerId))) throw WorkerErrors.notFound(workerId);
    const points = await this.samples.range(workerId, from, to, MAX_POINTS);
    return {
      workerId,
      from: from.toISOString(),
      to: to.toISOString(),
      units: {
        ec2CpuPercent: 'percent (CloudWatch AWS/EC2 CPUUtilization)',
        ec2MemoryPercent: 'percent (CloudWatch agent mem_used_percent)',
        cpuPercent: 'percent (CML, all computes)',
        memoryPercent: 'percent (CML)',
        diskPercent: 'percent (CML)',
        runningNodes: 'count',
      },
      points: points.map(({ workerId: _w, ...p }) => p),
    };
  }
}
