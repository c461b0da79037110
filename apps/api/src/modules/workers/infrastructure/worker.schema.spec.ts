import { systemActor } from '#kernel';
import { documentMisfits, type EveryField } from '#persistence';
import type { WorkerDocument } from './worker.mapper.js';
import { workerSchema } from './worker.schema.js';

const actor = { kind: 'user' as const, id: 'u-1', name: 'ada' };
const at = '2026-11-25T10:00:00.000Z';

/** Every field a worker's document can have, set: a field added to the state fails to compile here until the schema declares it. */
const everyField: EveryField<WorkerDocument> = {
  name: 'lab-east-1',
  region: 'us-east-1',
  instanceId: 'i-0123456789abcdef0',
  instanceType: 'm5zn.metal',
  ami: { id: 'ami-0123', name: 'cml-2.9', description: 'CML 2.9' },
  status: 'running',
  statusReason: 'started by ada',
  statusChangedAt: at,
  serviceStatus: 'available',
  endpoint: 'https://198.51.100.7',
  endpointSource: 'tag',
  endpointProblem: 'the cml-endpoint tag is not a URL',
  endpointOverride: 'https://cml.example.test',
  publicIp: '198.51.100.7',
  privateIp: '10.0.0.7',
  launchedAt: at,
  tags: { Name: 'lab-east-1', 'kubernetes.io/cluster/x': 'owned', 'aws:cloudformation:stack-name': 's' },
  statusChecks: { instance: 'ok', system: 'ok', checkedAt: at },
  volumes: [{ volumeId: 'vol-0123456789abcdef0', sizeGiB: 64, volumeType: 'gp3' }],
  volumesReadAt: at,
  cml: {
    version: '2.9.0',
    ready: true,
    healthy: true,
    licenseStatus: 'COMPLETED',
    licensed: true,
    licenseExpiresAt: at,
    license: {
      registrationStatus: 'COMPLETED',
      registrationExpiresAt: at,
      authorizationStatus: 'IN_COMPLIANCE',
      authorizationExpiresAt: at,
      smartAccount: 'Engineering',
      virtualAccount: 'Default',
      product: 'CML_Enterprise',
      features: [{ id: 'regid.2019-10.com.cisco.CML_NODE_COUNT,1.0_x', name: 'CML - Expansion Nodes', status: 'IN_COMPLIANCE', inUse: 12, max: 300 }],
    },
    lastSyncedAt: at,
    lastReadAt: at,
    error: 'timed out',
    computes: [{ id: 'c1', hostname: 'cml-controller', isController: true, cpuPercent: 12.5, memoryPercent: 40, diskPercent: 20, runningNodes: 3, totalNodes: 5, valid: null, admissionState: 'READY' }],
    labStates: { '0193a000-0000-7000-8000-000000000001': 'STARTED' },
  },
  telemetry: { ec2CpuPercent: 10, ec2MemoryPercent: 20, cpuPercent: 12.5, memoryPercent: 40, diskPercent: 20, runningNodes: 3, totalNodes: 5, labs: 2, collectedAt: at },
  idleDetectionEnabled: true,
  idle: {
    timeoutMinutes: 90,
    lastActivityAt: at,
    lastActivitySource: 'cml-telemetry',
    lastActivityCheckAt: at,
    snoozedUntil: at,
    warning: { issuedAt: at, plannedStopAt: at },
    lastDecision: { at, outcome: 'warn', reason: 'Idle for 1 h 30 min', since: at, code: 'idle-warning', key: 'warn:idle-warning' },
  },
  provisioning: { subnetId: 'subnet-1', securityGroupIds: ['sg-1', 'sg-2'], keyName: 'ops', failureReason: 'InsufficientInstanceCapacity' },
  lifecycle: {
    createdAt: at,
    createdBy: actor,
    importedAt: at,
    importedBy: actor,
    startRequestedAt: at,
    startRequestedBy: actor,
    stopRequestedAt: at,
    stopRequestedBy: systemActor('idle-detection'),
    terminateRequestedAt: at,
    terminateRequestedBy: actor,
    terminatedAt: at,
    unregisteredAt: at,
    unregisteredBy: actor,
    updatedAt: at,
  },
  managed: true,
  owner: 'group:ccna-teachers',
  override: { kind: 'keep-running', until: at, by: 'ada', setAt: at },
  lastManualChange: { action: 'start', at, by: 'ada' },
  bootStartedAt: at,
  bootToReadySeconds: [312, 298],
  desiredPower: {
    state: 'running',
    rule: { kind: 'schedule', id: 's-1', name: 'CCNA classroom' },
    reason: 'Schedule "CCNA classroom" has it running until 18:00 Europe/Berlin.',
    until: at,
    next: [{ at, state: 'stopped', rule: { kind: 'schedule', id: 's-1', name: 'CCNA classroom' }, reason: 'Schedule "CCNA classroom" has it stopped outside its windows.' }],
    decidedAt: at,
    heldReason: 'The worker is stopping; the reconciler waits.',
  },
  powerAttempts: { failures: 2, lastAttemptAt: at, lastError: 'EC2 refused: InsufficientInstanceCapacity' },
  stopWarning: { plannedStopAt: at, cause: 'schedule', issuedAt: at },
  powerOperation: { id: '0193b2c4-7a00-7000-8000-0000000000aa', action: 'stop', status: 'succeeded', startedAt: '2026-11-25T10:00:00.000Z', finishedAt: '2026-11-25T10:02:00.000Z', summary: 'Stopped 1 lab; EC2 stopped the instance.' },
  capacityFallback: {
    action: 'start',
    originalInstanceType: 'm5zn.metal',
    policy: { options: [{ instanceType: 'm5zn.metal', subnetId: 'subnet-0a' }], backoffSeconds: 60, deadlineMinutes: 30 },
    restoreType: 'on-next-stop',
    attempts: [{ at, instanceType: 'm5zn.metal', subnetId: 'subnet-0a', errorCode: 'InsufficientInstanceCapacity', error: 'No capacity' }],
    next: { at, option: { instanceType: 'm5.metal', subnetId: 'subnet-0a' }, round: 1 },
    requestedBy: actor,
    reason: 'class at 09:00',
    trigger: 'user',
  },
  instanceTypeRestore: { originalInstanceType: 'm5zn.metal', fallbackInstanceType: 'm5.metal', since: at, failures: 1, lastAttemptAt: at, lastError: 'EC2 refused' },
  instanceKey: 'us-east-1/i-0123456789abcdef0',
};

/** A worker just imported: only the fields every worker has. */
const fewest: WorkerDocument = {
  name: 'lab-east-2',
  region: 'us-east-1',
  instanceType: '',
  ami: {},
  status: 'stopped',
  serviceStatus: 'unavailable',
  endpointSource: 'none',
  tags: {},
  cml: {},
  telemetry: {},
  idleDetectionEnabled: false,
  idle: {},
  lifecycle: { createdAt: at, createdBy: actor, updatedAt: at },
  managed: false,
  bootToReadySeconds: [],
};

const outboxEntry = { id: '0193a000-0000-7000-8000-000000000009', type: 'worker.renamed', aggregateType: 'worker', aggregateId: 'w1', aggregateVersion: 7, occurredAt: at, actor, data: { from: 'a', to: 'b' } };

describe('the workers collection schema', () => {
  it('stores a document with every field set as it is', () => {
    expect(documentMisfits(workerSchema, { _id: 'w1', ...everyField, version: 7, _outbox: [outboxEntry] })).toEqual([]);
  });

  it('stores a worker with only the fields every worker has as it is: absent stays absent, empty stays empty', () => {
    expect(documentMisfits(workerSchema, { _id: 'w2', ...fewest, version: 1, _outbox: [] })).toEqual([]);
  });

  it('refuses a field the domain does not have instead of dropping it', () => {
    expect(documentMisfits(workerSchema, { _id: 'w3', ...fewest, telemetry: { gpuPercent: 3 }, version: 1, _outbox: [] })).toEqual([expect.stringMatching(/telemetry\.gpuPercent.*not in schema/)]);
  });

  it('keeps the indexes of the list filters, its default orders, one managed worker per instance and the due capacity fallbacks', () => {
    expect(workerSchema.indexes()).toEqual([
      [{ instanceKey: 1 }, { unique: true, sparse: true, name: 'instanceKey_unique' }],
      [{ managed: 1, status: 1, name: 1 }, {}],
      [{ region: 1, status: 1 }, {}],
      [{ managed: 1, region: 1, name: 1 }, {}],
      [{ name: 1 }, {}],
      [{ 'lifecycle.createdAt': -1 }, {}],
      [{ 'capacityFallback.next.at': 1 }, { sparse: true }],
    ]);
  });
});
