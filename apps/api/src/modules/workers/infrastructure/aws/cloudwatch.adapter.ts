import { GetMetricDataCommand, type MetricDataResult } from '@aws-sdk/client-cloudwatch';
import { Inject, Injectable, type OnModuleDestroy, Optional } from '@nestjs/common';
import { AwsErrors } from '../../application/ports/aws.errors.js';
import { AppConfig } from '../../../../config/app-config.js';
import { AwsCallRecorder } from '../../application/ports/aws-call-recorder.port.js';
import { CloudWatchPort, type MetricQuery, type MetricResult } from '../../application/ports/cloudwatch.port.js';
import { allPages, chunk, recordedCall } from './aws-call.js';
import { AWS_ADAPTER_OPTIONS, type AwsAdapterOptions, AwsClients } from './aws-clients.js';
import { toMetricDataQuery, toMetricResults, validateMetricQueries } from './cloudwatch.mapper.js';

/** GetMetricData's documented maximum of MetricDataQueries per call. */
export const METRIC_QUERIES_PER_CALL = 500;

/**
 * CloudWatch through the AWS SDK: fleet-wide GetMetricData in batches of 500 queries, each batch
 * followed through NextToken to its end, every `send` recorded once.
 */
@Injectable()
export class AwsCloudWatchAdapter extends CloudWatchPort implements OnModuleDestroy {
  private readonly clients: AwsClients;
  private readonly ownsClients: boolean;

  constructor(
    config: AppConfig,
    private readonly recorder: AwsCallRecorder,
    @Optional() @Inject(AWS_ADAPTER_OPTIONS) options?: AwsAdapterOptions,
  ) {
    super();
    this.ownsClients = !options?.clients;
    this.clients = options?.clients ?? new AwsClients(config);
  }

  onModuleDestroy(): void {
    if (this.ownsClients) this.clients.destroy();
  }

  /**
   * One result per query, in the order of `queries`. Query ids must follow CloudWatch's rules and
   * be unique, else `AWS.INVALID_REQUEST` before any call.
   */
  async getMetricData(region: string, queries: MetricQuery[], window: { start: Date; end: Date }): Promise<MetricResult[]> {
    const cloudWatch = this.clients.cloudWatch(region);
    validateMetricQueries(queries, region);
    if (window.end.getTime() <= window.start.getTime()) {
      throw AwsErrors.invalidRequest(
        { awsCode: 'ValidationError', operation: 'GetMetricData', region },
        `The metric window must end after it starts (${window.start.toISOString()} to ${window.end.toISOString()}).`,
      );
    }
    const results: MetricDataResult[] = [];
    for (const batch of chunk(queries, METRIC_QUERIES_PER_CALL)) {
      const MetricDataQueries = batch.map(toMetricDataQuery);
      const pages = await allPages((NextToken) =>
        recordedCall(this.recorder, { service: 'cloudwatch', operation: 'GetMetricData', region }, () =>
          cloudWatch.send(
            new GetMetricDataCommand({
              MetricDataQueries,
              StartTime: window.start,
              EndTime: window.end,
              // Newest first: if CloudWatch caps the datapoints of a page, the recent ones come first.
              ScanBy: 'TimestampDescending',
              NextToken,
            }),
          ),
        ),
      );
      for (const page of pages) results.push(...(page.MetricDataResults ?? []));
    }
    return toMetricResults(
      queries.map((q) => q.id),
      results,
    );
  }
}
