import type { components } from '../lib/api-types';

type Worker = components['schemas']['WorkerResponse'];
type WorkerListItem = components['schemas']['WorkerListItemResponse'];
type Actions = Worker['actions'];

/**
 * What the server says a caller may do to a worker: every action allowed unless `refused` names it
 * with the server's reason. The default is a running worker seen by an admin.
 */
export function someActions(refused: Partial<Record<keyof Actions, string>> = { start: 'The worker is already running.' }): Actions {
  const names: (keyof Actions)[] = ['start', 'stop', 'terminate', 'refresh', 'snooze', 'unregister', 'registerLicense', 'deregisterLicense', 'editTags', 'override', 'changeOwner'];
  // A refusal that names a role is the role's (as the server words it); any other is the state's.
  const refusal = (reason: string) => ({ allowed: false, reason, refusedBy: /needs the \w+ role/.test(reason) ? ('role' as const) : ('state' as const) });
  return Object.fromEntries(names.map((n) => [n, refused[n] === undefined ? { allowed: true } : refusal(refused[n])])) as Actions;
}

let n = 0;

/** A plausible worker; override what the test is about. */
export function aWorker(overrides: Partial<Worker> = {}): Worker {
  n += 1;
  const id = overrides.id ?? `0193b2c4-0000-7000-8000-${String(n).padStart(12, '0')}`;
  return {
    id,
    name: `lab-${n}`,
    region: 'us-east-1',
    instanceId: `i-0${String(n).padStart(16, '0')}`,
    instanceType: 'm5zn.metal',
    ami: { id: 'ami-0123456789abcdef0', name: 'cml-2.9.0' },
    status: 'running',
    serviceStatus: 'available',
    endpoint: `https://198.51.100.${n}`,
    endpointSource: 'public-ip',
    publicIp: `198.51.100.${n}`,
    privateIp: `10.0.0.${n}`,
    tags: { Name: `lab-${n}`, ManagedBy: 'cml-cloud-manager' },
    cml: { version: '2.9.0', ready: true, licensed: true, licenseStatus: 'COMPLETED' },
    telemetry: { cpuPercent: 42, memoryPercent: 61, diskPercent: 35, runningNodes: 12, totalNodes: 20, labs: 3 },
    idleDetectionEnabled: true,
    idle: {},
    lifecycle: { createdAt: '2026-11-25T08:00:00.000Z', createdBy: { kind: 'user', id: 'u1', name: 'admin' }, updatedAt: '2026-11-25T10:00:00.000Z' },
    managed: true,
    version: 3,
    bootToReadySeconds: [],
    actions: someActions(),
    ...overrides,
  };
}

/** A worker as GET /workers lists it: without `actions` (the list leaves them out unless asked). */
export function aListedWorker(overrides: Partial<WorkerListItem> = {}): WorkerListItem {
  const { actions, ...fields } = overrides;
  const { actions: _actions, ...listed } = aWorker(fields);
  return actions ? { ...listed, actions } : listed;
}


type Operation = components['schemas']['OperationResponse'];
type OperationStep = components['schemas']['OperationStepResponse'];

/** One step of a choreographed stop or terminate, titled as the server titles it. */
export function aStep(name: string, status: OperationStep['status'], more: Partial<OperationStep> = {}): OperationStep {
  const TITLES: Record<string, string> = {
    'stop-labs': 'Stop the running labs',
    'wipe-labs': 'Wipe the labs',
    'export-topologies': 'Export every lab topology to S3',
    'release-license': 'Release the licence',
    'ec2-stop': 'Ask EC2 to stop the instance',
    'ec2-terminate': 'Ask EC2 to terminate the instance',
    'wait-stopped': 'Wait until EC2 reports it stopped',
    'wait-terminated': 'Wait until EC2 reports it terminated',
  };
  return { name, title: TITLES[name] ?? name, status, ...more };
}

/** A running stop of `workerId` in its first step; override what the test is about. */
export function anOperation(workerId: string, overrides: Partial<Operation> = {}): Operation {
  return {
    id: '0193b2c4-7a00-7000-8000-0000000000aa',
    kind: 'worker-stop',
    subject: { type: 'worker', id: workerId },
    status: 'running',
    startedAt: '2026-12-03T10:00:00.000Z',
    requestedBy: { kind: 'user', id: 'u1', name: 'ada' },
    steps: [aStep('stop-labs', 'running', { startedAt: '2026-12-03T10:00:00.000Z' }), aStep('ec2-stop', 'pending'), aStep('wait-stopped', 'pending')],
    percent: 0,
    ...overrides,
  };
}
