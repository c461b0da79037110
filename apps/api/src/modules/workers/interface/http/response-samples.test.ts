// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { WorkerCost } from '../../../cost/cost.public.js';
import { type Actor, EVENT_TYPES, type EventEnvelope, eventPayloadExample } from '#kernel';
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { ImportResult } from '../../application/commands/import-workers/import-workers.command.js';
import type { DiscoveredInstance } from '../../application/queries/discover-instances/discover-instances.query.js';
import type { FoundImage } from '../../application/queries/find-images/find-images.query.js';
import type { WorkerIdleView } from '../../application/queries/get-worker-idle/get-worker-idle.query.js';
import type { WorkerMetricsView } from '../../application/queries/get-worker-metrics/get-worker-metrics.query.js';
import type { InstanceTypeListing } from '../../application/queries/list-instance-types/list-instance-types.query.js';
import type { ResolvedLaunchAmi } from '../../application/queries/resolve-launch-ami/resolve-launch-ami.query.js';
import type { WorkerView } from '../../application/worker.view.js';
import { toDiscoveredInstanceResponses, toFoundImageResponses, toImportResultResponse } from './discovery.presenter.js';
import { toLegacyImportResultResponse, toLegacyWorkerInstanceResponse } from './legacy-import.presenter.js';
import { toInstanceTypeListResponse, toLaunchAmiResponse, toNetworkOptionsResponse } from './provisioning-options.presenter.js';
import type { NetworkOptions } from '../../application/queries/list-network-options/list-network-options.query.js';
import { toWorkerIdleResponse, toWorkerMetricsResponse } from './worker-insights.presenter.js';
import { toEventPageResponse } from './worker-timeline.presenter.js';
import type { Operation } from '../../../system/system.public.js';
import { toStateChangeResponse, toWorkerPageResponse, toWorkerResponse, type WorkerCaller } from './worker.presenter.js';

const T = '2026-11-25T10:00:00.000Z';
const ada: Actor = { kind: 'user', id: 'u-1', name: 'ada' };

/** A worker with every field of the view set, those the API leaves out (`cml.labStates`, `cml.computes`, ...) included. */
const sampleOperation: Operation = {
  id: '0193b2c4-7a00-7000-8000-0000000000aa',
  kind: 'worker-stop',
  subject: { type: 'worker', id: 'w-1' },
  status: 'running',
  progress: 'Stop the running labs',
  startedAt: '2026-11-25T10:00:00.000Z',
  finishedAt: '2026-11-25T10:02:00.000Z',
  error: 'The controller refused',
  result: { summary: 'Stopped 1 lab.' },
  requestedBy: { kind: 'user', id: 'u-1', name: 'ada' },
  steps: [{ name: 'stop-labs', title: 'Stop the running labs', status: 'running', detail: 'Stopping 1 lab', startedAt: '2026-11-25T10:00:00.000Z', finishedAt: '2026-11-25T10:01:00.000Z' }],
  options: { force: true },
};

export const fullWorkerView: Full<WorkerView> = {
  id: '0193b2c4-1111-7000-8000-000000000001',
  version: 7,
  name: 'lab-east-1',
  region: 'us-east-1',
  instanceId: 'i-0123456789abcdef0',
  instanceType: 'm5zn.metal',
  ami: { id: 'ami-0123456789abcdef0', name: 'cml-2.9.0', description: 'CML 2.9' },
  status: 'running',
  statusReason: 'EC2 reports the instance running',
  statusChangedAt: T,
  nextStatusCheck: { at: T, intervalSeconds: 10, reason: 'following-change' },
  serviceStatus: 'available',
  endpoint: 'https://198.51.100.7',
  endpointSource: 'tag',
  endpointProblem: 'none',
  endpointOverride: 'https://cml.example.test',
  publicIp: '198.51.100.7',
  privateIp: '10.0.1.7',
  launchedAt: T,
  tags: { Name: 'lab-east-1' },
  statusChecks: { instance: 'ok', system: 'ok', checkedAt: T },
  volumes: [{ volumeId: 'vol-0123456789abcdef0', sizeGiB: 64, volumeType: 'gp3' }],
  volumesReadAt: T,
  cml: {
    version: '2.9.0',
    ready: true,
    licenseStatus: 'COMPLETED',
    licensed: true,
    licenseExpiresAt: '2027-02-23T10:00:00.000Z',
    license: {
      registrationStatus: 'COMPLETED',
      registrationExpiresAt: '2027-11-23T10:00:00.000Z',
      authorizationStatus: 'IN_COMPLIANCE',
      authorizationExpiresAt: '2027-02-23T10:00:00.000Z',
      smartAccount: 'Engineering',
      virtualAccount: 'Default',
      product: 'CML_Enterprise',
      features: [{ id: 'regid.2019-10.com.cisco.CML_NODE_COUNT,1.0_x', name: 'CML - Expansion Nodes', status: 'IN_COMPLIANCE', inUse: 12, max: 300 }],
    },
    lastSyncedAt: T,
    lastReadAt: T,
    healthy: true,
    error: 'none',
    computes: [{ id: 'c1', hostname: 'cml', isController: true, cpuPercent: 10, memoryPercent: 20, diskPercent: 30, runningNodes: 2, totalNodes: 3, valid: true, admissionState: 'READY' }],
    labStates: { lab1: 'STARTED' },
    freshness: { current: false, asOf: T, reason: 'The instance is stopping: its controller is not read.' },
  },
  telemetry: { ec2CpuPercent: 1, ec2MemoryPercent: 2, cpuPercent: 3, memoryPercent: 4, diskPercent: 5, runningNodes: 6, totalNodes: 7, labs: 8, collectedAt: T },
  idleDetectionEnabled: true,
  idle: {
    timeoutMinutes: 60,
    lastActivityAt: T,
    lastActivitySource: 'lab-state',
    lastActivityCheckAt: T,
    snoozedUntil: T,
    warning: { issuedAt: T, plannedStopAt: T },
    lastDecision: { at: T, outcome: 'keep', reason: 'active', since: T, code: 'active', key: 'keep:active' },
  },
  provisioning: { subnetId: 'subnet-1', securityGroupIds: ['sg-1'], keyName: 'key', failureReason: 'none' },
  lifecycle: {
    createdAt: T,
    createdBy: ada,
    importedAt: T,
    importedBy: ada,
    startRequestedAt: T,
    startRequestedBy: ada,
    stopRequestedAt: T,
    stopRequestedBy: ada,
    terminateRequestedAt: T,
    terminateRequestedBy: ada,
    terminatedAt: T,
    unregisteredAt: T,
    unregisteredBy: ada,
    updatedAt: T,
  },
  managed: true,
  owner: 'group:ccna-teachers',
  override: { kind: 'keep-running', until: T, by: 'ada', setAt: T },
  lastManualChange: { action: 'start', at: T, by: 'ada' },
  bootStartedAt: T,
  bootToReadySeconds: [312, 298],
  startup: { startedAt: T, expectedReadyAt: T, overdue: false, typicalSeconds: 305, basis: 'history', samples: 2 },
  desiredPower: {
    state: 'running',
    rule: { kind: 'reservation', id: 'r-1', name: 'CCNA class' },
    reason: 'Reserved for CCNA class until 17:00 UTC.',
    until: T,
    next: [{ at: T, state: 'either', rule: { kind: 'runtime-limit', id: 'l-1', name: 'Twelve hours' }, reason: 'Nothing asks for it; idle detection may stop it.' }],
    decidedAt: T,
    heldReason: 'The worker is stopping; the reconciler waits.',
  },
  powerAttempts: { failures: 1, lastAttemptAt: T, lastError: 'EC2 refused' },
  stopWarning: { plannedStopAt: T, cause: 'schedule', issuedAt: T },
  powerOperation: { id: '0193b2c4-7a00-7000-8000-0000000000aa', action: 'stop', status: 'succeeded', startedAt: '2026-11-25T10:00:00.000Z', finishedAt: '2026-11-25T10:02:00.000Z', summary: 'Stopped 1 lab; EC2 stopped the instance.' },
  capacityFallback: {
    action: 'start',
    originalInstanceType: 'm5zn.metal',
    policy: { options: [{ instanceType: 'm5zn.metal', subnetId: 'subnet-0a' }], backoffSeconds: 60, deadlineMinutes: 30 },
    restoreType: 'on-next-stop',
    attempts: [{ at: T, instanceType: 'm5zn.metal', subnetId: 'subnet-0a', errorCode: 'InsufficientInstanceCapacity', error: 'No capacity' }],
    next: { at: T, option: { instanceType: 'm5.metal', subnetId: 'subnet-0a' }, round: 1 },
    requestedBy: ada,
    reason: 'class',
    trigger: 'user',
  },
  instanceTypeRestore: { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: T, failures: 1, lastAttemptAt: T, lastError: 'EC2 refused' },
};

/** One event of every type of the event map, each payload with every field. */
const everyEvent: EventEnvelope[] = EVENT_TYPES.map((type, i) => ({
  id: `0193b2c4-5d6e-7000-8000-${String(i).padStart(12, '0')}`,
  type,
  aggregateType: 'worker',
  aggregateId: fullWorkerView.id,
  aggregateVersion: i + 1,
  occurredAt: T,
  actor: ada,
  data: eventPayloadExample(type),
}));

const discovered: Full<DiscoveredInstance> = {
  instanceId: 'i-1',
  name: 'lab-7',
  state: 'running',
  instanceType: 'm5zn.metal',
  amiId: 'ami-1',
  amiName: 'cml',
  launchTime: T,
  publicIp: '198.51.100.7',
  privateIp: '10.0.1.7',
  managed: true,
  workerId: 'w-1',
  workerName: 'lab-7',
  importable: false,
  reason: 'already managed',
};

const image: Full<FoundImage> = { imageId: 'ami-1', name: 'cml', description: 'CML', creationDate: T };

const importResult: Full<ImportResult> = {
  dryRun: false,
  imported: [{ instanceId: 'i-1', name: 'lab-7', state: 'running', workerId: 'w-1' }],
  skipped: [{ instanceId: 'i-2', reason: 'already managed as worker lab-8', workerId: 'w-2' }],
  failed: [{ instanceId: 'i-3', code: 'INTERNAL', message: 'Cloud Manager could not record this worker (the log has the cause); import it again.' }],
  totalFound: 3,
};

const instanceTypes: Full<InstanceTypeListing> = {
  region: 'us-east-1',
  listedAt: T,
  items: [
    {
      instanceType: 'm5zn.metal',
      vcpus: 48,
      memoryMiB: 196608,
      bareMetal: true,
      nestedVirtualization: false,
      architectures: ['x86_64'],
      suitability: 'bare-metal',
      suitable: true,
      unsuitableReason: 'none',
      price: { usdPerHour: 3.96, term: 'on-demand', operatingSystem: 'linux', source: 'https://aws.amazon.com/ec2/pricing/on-demand/', asOf: '2026-12-02' },
    },
  ],
};

const launchAmi: Full<ResolvedLaunchAmi> = { region: 'us-east-1', amiId: 'ami-1', name: 'cml', description: 'CML', creationDate: T, chosenBy: 'ami-name', namePattern: 'cml-*' };

const decision = { outcome: 'keep', code: 'active', reason: 'active', idleMinutes: 3, lastActivityAt: T, lastActivitySource: 'lab-state', timeoutMinutes: 60, idleFrom: T, until: T, plannedStopAt: T, warnedAt: T } as const;

const idle: Full<WorkerIdleView> = {
  workerId: fullWorkerView.id,
  status: 'running',
  enabled: true,
  fleetEnabled: true,
  workerEnabled: true,
  timeoutMinutes: 60,
  timeoutSource: 'worker',
  lastActivityAt: T,
  lastActivitySource: 'lab-state',
  lastActivityCheckAt: T,
  idleMinutes: 3,
  snoozedUntil: T,
  startGraceUntil: T,
  warning: { issuedAt: T, plannedStopAt: T },
  lastEvaluatedAt: T,
  current: { ...decision, since: T },
  recentDecisions: [{ ...decision, workerId: fullWorkerView.id, at: T }],
};

const metrics: Full<WorkerMetricsView> = {
  workerId: fullWorkerView.id,
  from: T,
  to: T,
  units: { cpuPercent: 'percent' },
  points: [{ at: T, ec2CpuPercent: 1, ec2MemoryPercent: 2, cpuPercent: 3, memoryPercent: 4, diskPercent: 5, runningNodes: 6 }],
};

const networkOptions: Full<NetworkOptions> = {
  region: 'us-east-1',
  subnets: [{ subnetId: 'subnet-0a', vpcId: 'vpc-0a', availabilityZone: 'us-east-1a', cidrBlock: '172.31.0.0/20', name: 'lab-a', defaultForAz: true, availableIpAddressCount: 4091 }],
  securityGroups: [{ groupId: 'sg-0a', groupName: 'default', vpcId: 'vpc-0a', description: 'default VPC security group' }],
  keyPairs: [{ keyName: 'ops', keyType: 'ed25519' }],
  defaults: { subnetId: 'subnet-0a', securityGroupIds: ['sg-0a'], keyName: 'ops', sources: { subnet: 'default-vpc', securityGroups: 'default-vpc', keyPair: 'configured' } },
};

/** A caller whose role allows none of the worker's actions, so each says why (every field set). */
export const sampleCaller: WorkerCaller = { username: 'viewer', roles: ['user'] };

/** What the worker costs (only the fields the brief presents are read). */
const sampleCost = { month: '2026-12', usdPerHourNow: 3.97, totalUsd: 412.2, savedUsd: 120.4, projectedUsd: 980.5 } as WorkerCost;

/** The workers module's presenters, each given a sample with every field set. */
export const WORKERS_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'WorkerResponse', body: toWorkerResponse(fullWorkerView, sampleCaller, sampleCost) },
  {
    schema: 'WorkerPageResponse',
    body: toWorkerPageResponse({ items: [fullWorkerView], total: 1, page: 1, pageSize: 25, summary: { total: 1, byStatus: { running: 1 }, billable: 1 } }, sampleCaller, { actions: true }, new Map([[fullWorkerView.id, sampleCost]])),
  },
  { schema: 'StateChangeResponse', body: toStateChangeResponse({ changed: true, message: 'Stopping: the running labs first, then EC2.', operation: sampleOperation }, fullWorkerView, sampleCaller, sampleCost) },
  { schema: 'EventPageResponse', body: toEventPageResponse({ items: everyEvent, total: everyEvent.length, page: 1, pageSize: 50 }) },
  { schema: 'DiscoveredInstanceResponse', body: toDiscoveredInstanceResponses([discovered]) },
  { schema: 'FoundImageResponse', body: toFoundImageResponses([image]) },
  { schema: 'ImportResultResponse', body: toImportResultResponse(importResult) },
  { schema: 'InstanceTypeListResponse', body: toInstanceTypeListResponse(instanceTypes) },
  { schema: 'LaunchAmiResponse', body: toLaunchAmiResponse(launchAmi) },
  { schema: 'NetworkOptionsResponse', body: toNetworkOptionsResponse(networkOptions) },
  { schema: 'WorkerIdleResponse', body: toWorkerIdleResponse(idle) },
  { schema: 'WorkerMetricsResponse', body: toWorkerMetricsResponse(metrics) },
  { schema: 'LegacyWorkerInstanceResponse', body: toLegacyWorkerInstanceResponse(fullWorkerView) },
  { schema: 'LegacyImportResultResponse', body: toLegacyImportResultResponse(importResult, [fullWorkerView]) },
];
