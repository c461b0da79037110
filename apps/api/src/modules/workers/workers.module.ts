import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AppConfig } from '../../config/app-config.js';
import { ChangeWorkerStateHandler } from './application/commands/change-worker-state/change-worker-state.handler.js';
import { ImportWorkersHandler } from './application/commands/import-workers/import-workers.handler.js';
import { ProvisionWorkerHandler } from './application/commands/provision-worker/provision-worker.handler.js';
import { RefreshWorkerHandler } from './application/commands/refresh-worker/refresh-worker.handler.js';
import { UnregisterWorkerHandler } from './application/commands/unregister-worker/unregister-worker.handler.js';
import { UpdateWorkerTagsHandler } from './application/commands/update-worker-tags/update-worker-tags.handler.js';
import { UpdateWorkerHandler } from './application/commands/update-worker/update-worker.handler.js';
import { SetWorkerOwnerHandler } from './application/commands/set-worker-owner/set-worker-owner.handler.js';
import { ChangeWorkerOverrideHandler } from './application/commands/change-worker-override/change-worker-override.handler.js';
import { RecordWorkerPowerHandler } from './application/commands/record-worker-power/record-worker-power.handler.js';
import { ChangeWorkerLicenseHandler } from './application/commands/change-worker-license/change-worker-license.handler.js';
import { CmlLicensingPort } from './application/ports/cml-licensing.port.js';
import { CmlLicensingAdapter } from './infrastructure/cml/cml-licensing.adapter.js';
import { SyncWorkerCmlHandler } from './application/commands/sync-worker-cml/sync-worker-cml.handler.js';
import { CmlControllerPort } from './application/ports/cml-controller.port.js';
import { CmlControllerAdapter } from './infrastructure/cml/cml-controller.adapter.js';
import { SyncCmlWhenWorkerRunning } from './application/events/sync-cml-when-worker-running.handler.js';
import { ReadVolumesWhenInstanceAssigned } from './application/events/read-volumes-when-instance-assigned.handler.js';
import { RefreshWorkerVolumesHandler } from './application/commands/refresh-worker-volumes/refresh-worker-volumes.handler.js';
import { LaunchInstanceWhenProvisioningRequested } from './application/events/launch-instance-when-provisioning-requested.handler.js';
import { AwsCallRecorder } from './application/ports/aws-call-recorder.port.js';
import { CloudWatchPort } from './application/ports/cloudwatch.port.js';
import { Ec2Port } from './application/ports/ec2.port.js';
import { WorkerTimeline } from './application/ports/worker-timeline.port.js';
import { DiscoverInstancesHandler } from './application/queries/discover-instances/discover-instances.handler.js';
import { GetWorkerTimelineHandler } from './application/queries/get-worker-timeline/get-worker-timeline.handler.js';
import { GetWorkerHandler } from './application/queries/get-worker/get-worker.handler.js';
import { ListWorkersHandler } from './application/queries/list-workers/list-workers.handler.js';
import { ListWorkerFactsHandler } from './application/queries/list-worker-facts/list-worker-facts.handler.js';
import { WorkerReadModel } from './application/ports/worker-read-model.port.js';
import { WorkerRepository } from './domain/worker.repository.port.js';
import { AwsCallMetrics } from './infrastructure/aws/aws-call-metrics.js';
import { AwsCloudWatchAdapter } from './infrastructure/aws/cloudwatch.adapter.js';
import { AwsEc2Adapter } from './infrastructure/aws/ec2.adapter.js';
import { WorkerMongoRepository } from './infrastructure/worker.mongo-repository.js';
import { WorkerMongoReadModel } from './infrastructure/worker.read-model.js';
import { WorkerMongoTimeline } from './infrastructure/worker-timeline.read-model.js';
import { WORKER_MODEL, workerSchema } from './infrastructure/worker.schema.js';
import { METRIC_SAMPLE_MODEL, metricSampleSchema } from './infrastructure/metric-sample.schema.js';
import { IDLE_DECISION_MODEL, idleDecisionSchema } from './infrastructure/idle-decision.schema.js';
import { LegacyImportController } from './interface/http/legacy-import.controller.js';
import { WorkersController } from './interface/http/workers.controller.js';
import { WorkerInsightsController } from './interface/http/worker-insights.controller.js';
import { WorkersCsvController } from './interface/http/workers-csv.controller.js';
import { CollectFleetMetricsHandler } from './application/commands/collect-fleet-metrics/collect-fleet-metrics.handler.js';
import { FindImagesHandler } from './application/queries/find-images/find-images.handler.js';
import { ContinueCapacityFallbacksHandler } from './application/commands/continue-capacity-fallbacks/continue-capacity-fallbacks.handler.js';
import { CapacityFallbackService } from './application/capacity-fallback.service.js';
import { PowerOperationRunner } from './application/power-operations/power-operation.runner.js';
import { PowerStepExecutor } from './application/power-operations/power-step.executor.js';
import { ResumePowerOperationsHandler } from './application/commands/resume-power-operations/resume-power-operations.handler.js';
import { CmlLabsPort } from './application/ports/cml-labs.port.js';
import { TopologyArchivePort } from './application/ports/topology-archive.port.js';
import { CmlLabsAdapter } from './infrastructure/cml/cml-labs.adapter.js';
import { S3TopologyArchive } from './infrastructure/aws/s3-topology-archive.adapter.js';
import { RestoreWorkerInstanceTypeHandler } from './application/commands/restore-worker-instance-type/restore-worker-instance-type.handler.js';
import { FollowWorkerTransitionsHandler } from './application/commands/follow-worker-transitions/follow-worker-transitions.handler.js';
import { EvaluateIdleWorkersHandler } from './application/commands/evaluate-idle-workers/evaluate-idle-workers.handler.js';
import { SnoozeWorkerHandler } from './application/commands/snooze-worker/snooze-worker.handler.js';
import { GetWorkerIdleHandler } from './application/queries/get-worker-idle/get-worker-idle.handler.js';
import { GetWorkerMetricsHandler } from './application/queries/get-worker-metrics/get-worker-metrics.handler.js';
import { CmlCyclePort } from './application/ports/cml-cycle.port.js';
import { CmlCallCounter } from './application/ports/cml-call-counter.port.js';
import { IdleDecisionLog } from './application/ports/idle-decision-log.port.js';
import { MetricSamples } from './application/ports/metric-samples.port.js';
import { CmlCycleAdapter } from './infrastructure/cml/cml-cycle.adapter.js';
import { CmlCallMetricsCounter } from './infrastructure/cml/cml-call-counter.adapter.js';
import { MongoIdleDecisionLog } from './infrastructure/idle-decision-log.mongo-store.js';
import { MongoMetricSamples } from './infrastructure/metric-samples.mongo-store.js';
import { FleetGauges } from './infrastructure/fleet-gauges.js';
import { WorkersMetricsSource } from './infrastructure/workers.metrics-source.js';
import { FleetSummaryCache } from './infrastructure/fleet-summary.cache.js';
import { WorkersFacade } from './workers.public.js';
import { CostModule } from '../cost/cost.module.js';
import { InstanceTypeCatalog } from './application/instance-type-catalog.service.js';
import { LaunchAmiResolver } from './application/launch-ami-resolver.service.js';
import { LaunchNetwork } from './application/launch-network.service.js';
import { ListNetworkOptionsHandler } from './application/queries/list-network-options/list-network-options.handler.js';
import { InstancePrices } from './application/ports/instance-prices.port.js';
import { ListInstanceTypesHandler } from './application/queries/list-instance-types/list-instance-types.handler.js';
import { ResolveLaunchAmiHandler } from './application/queries/resolve-launch-ami/resolve-launch-ami.handler.js';
import { CostInstancePrices } from './infrastructure/cost/instance-prices.adapter.js';

/** The fleet: the Worker aggregate, its audit trail, EC2 and CloudWatch, and the workers API. */
@Module({
  imports: [
    // Only for the PricesFacade it exports (cost.public.ts).
    CostModule,
    MongooseModule.forFeature([{ name: WORKER_MODEL, schema: workerSchema }]),
    // Their TTL indexes keep METRICS_RETENTION_DAYS.
    MongooseModule.forFeatureAsync([
      { name: METRIC_SAMPLE_MODEL, inject: [AppConfig], useFactory: (config: AppConfig) => metricSampleSchema(config.jobs.metricsRetentionDays) },
      { name: IDLE_DECISION_MODEL, inject: [AppConfig], useFactory: (config: AppConfig) => idleDecisionSchema(config.jobs.metricsRetentionDays) },
    ]),
  ],
  // The legacy route is registered first so `/workers/region/...` is never read as a worker id.
  controllers: [LegacyImportController, WorkersController, WorkerInsightsController, WorkersCsvController],
  providers: [
    { provide: WorkerRepository, useClass: WorkerMongoRepository },
    { provide: WorkerReadModel, useClass: WorkerMongoReadModel },
    { provide: WorkerTimeline, useClass: WorkerMongoTimeline },
    AwsCallMetrics,
    { provide: AwsCallRecorder, useExisting: AwsCallMetrics },
    { provide: Ec2Port, useClass: AwsEc2Adapter },
    { provide: CloudWatchPort, useClass: AwsCloudWatchAdapter },
    ProvisionWorkerHandler,
    InstanceTypeCatalog,
    LaunchAmiResolver,
    LaunchNetwork,
    ListNetworkOptionsHandler,
    { provide: InstancePrices, useClass: CostInstancePrices },
    ListInstanceTypesHandler,
    ResolveLaunchAmiHandler,
    ImportWorkersHandler,
    ChangeWorkerStateHandler,
    UnregisterWorkerHandler,
    UpdateWorkerTagsHandler,
    UpdateWorkerHandler,
    SetWorkerOwnerHandler,
    ChangeWorkerOverrideHandler,
    RecordWorkerPowerHandler,
    RefreshWorkerHandler,
    SyncWorkerCmlHandler,
    ChangeWorkerLicenseHandler,
    { provide: CmlLicensingPort, useClass: CmlLicensingAdapter },
    { provide: CmlControllerPort, useClass: CmlControllerAdapter },
    LaunchInstanceWhenProvisioningRequested,
    SyncCmlWhenWorkerRunning,
    ReadVolumesWhenInstanceAssigned,
    RefreshWorkerVolumesHandler,
    ListWorkersHandler,
    ListWorkerFactsHandler,
    GetWorkerHandler,
    GetWorkerTimelineHandler,
    DiscoverInstancesHandler,
    WorkersFacade,
    { provide: CmlCyclePort, useClass: CmlCycleAdapter },
    { provide: CmlCallCounter, useClass: CmlCallMetricsCounter },
    { provide: MetricSamples, useClass: MongoMetricSamples },
    { provide: IdleDecisionLog, useClass: MongoIdleDecisionLog },
    CollectFleetMetricsHandler,
    FleetGauges,
    WorkersMetricsSource,
    FleetSummaryCache,
    EvaluateIdleWorkersHandler,
    FollowWorkerTransitionsHandler,
    ContinueCapacityFallbacksHandler,
    RestoreWorkerInstanceTypeHandler,
    CapacityFallbackService,
    PowerOperationRunner,
    PowerStepExecutor,
    ResumePowerOperationsHandler,
    { provide: CmlLabsPort, useClass: CmlLabsAdapter },
    { provide: TopologyArchivePort, useClass: S3TopologyArchive },
    FindImagesHandler,
    SnoozeWorkerHandler,
    GetWorkerIdleHandler,
    GetWorkerMetricsHandler,
  ],
  exports: [WorkersFacade, Ec2Port, CloudWatchPort, AwsCallMetrics],
})
export class WorkersModule {}
