import type { components } from '../../../lib/api-types';

type S = components['schemas'];

export type Worker = S['WorkerResponse'];
/** A worker as the list answers it: no `actions` (the worker's page reads them from GET /workers/{id}); `cost` with `include=cost`. */
export type WorkerListItem = S['WorkerListItemResponse'];
/** What a worker costs this month (issue 15): on its page always, in the list when asked. */
export type WorkerCost = S['WorkerCostBriefResponse'];
export type WorkerStatus = Worker['status'];
export type WorkerPage = S['WorkerPageResponse'];
export type StateChange = S['StateChangeResponse'];
export type WorkerEvent = S['EventResponse'];
export type WorkerEventPage = S['EventPageResponse'];
export type WorkerIdle = S['WorkerIdleResponse'];
export type WorkerMetrics = S['WorkerMetricsResponse'];
export type MetricPoint = S['MetricPointResponse'];
export type ProvisionRequest = S['ProvisionWorkerDto'];
export type InstanceTypeListing = S['InstanceTypeListResponse'];
export type InstanceTypeOption = S['InstanceTypeResponse'];
export type ListPrice = S['ListPriceResponse'];
export type LaunchAmi = S['LaunchAmiResponse'];
/** A region's subnets, security groups and key pairs, with the defaults a launch uses (admin). */
export type NetworkOptions = S['NetworkOptionsResponse'];
export type SubnetOption = S['SubnetOptionResponse'];
export type SecurityGroupOption = S['SecurityGroupOptionResponse'];
/** A long operation on a worker (GET /api/operations/{id}): a choreographed stop or terminate has named `steps`. */
export type Operation = S['OperationResponse'];
export type OperationStep = S['OperationStepResponse'];
/** The worker's last choreographed stop or terminate, as the worker names it. */
export type PowerOperationRef = S['PowerOperationRefResponse'];
/** The licence as the controller last reported it (`cml.license`). */
export type LicenseDetails = NonNullable<Worker['cml']['license']>;
/** What PATCH /api/workers/{id} takes: name, endpoint override (null clears), idle detection, idle timeout (null: fleet default). */
// Written out: the generated UpdateWorkerDto loses the types of its nullable fields.
export interface WorkerSettingsChange {
  name?: string;
  endpoint?: string | null;
  idleDetectionEnabled?: boolean;
  idleTimeoutMinutes?: number | null;
}
export type NodeDefinition = S['NodeDefinitionResponse'];
export type ImageDefinition = S['ImageDefinitionResponse'];
export type ComputeHost = S['ComputeHostResponse'];
