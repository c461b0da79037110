// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { Actor } from '#kernel';
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { LabView } from '../../application/lab.view.js';
import { toComputeHostResponses, toImageDefinitionResponses, toLabPageResponse, toLabResponse, toLabSyncResponse, toNodeDefinitionResponses } from './lab.presenter.js';

const T = '2026-11-25T10:00:00.000Z';
const ada: Actor = { kind: 'user', id: 'u-1', name: 'ada' };

const lab: Full<LabView> = {
  id: '5f0c2d8e-1a2b-8c3d-9e4f-0123456789ab',
  workerId: 'w-1',
  workerName: 'lab-east-1',
  workerStatus: 'running',
  labId: 'lab-1',
  title: 'OSPF',
  description: 'study',
  notes: 'notes',
  state: 'STARTED',
  ownerUsername: 'admin',
  ownerFullname: 'Administrator',
  nodeCount: 6,
  linkCount: 5,
  createdAt: T,
  modifiedAt: T,
  presence: 'deleted',
  stateHistory: [{ at: T, from: 'STOPPED', to: 'STARTED', trigger: 'user', by: ada }],
  firstSeenAt: T,
  lastSyncedAt: T,
  updatedAt: T,
  importedAt: T,
  importedBy: ada,
  removedAt: T,
  deletedAt: T,
  deletedBy: ada,
  version: 4,
};

/** The labs module's presenters, each given a sample with every field set. */
export const LABS_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'LabResponse', body: toLabResponse(lab) },
  { schema: 'LabPageResponse', body: toLabPageResponse({ items: [lab], total: 1, page: 1, pageSize: 25 }) },
  { schema: 'LabSyncResponse', body: toLabSyncResponse({ workerId: 'w-1', created: 1, updated: 2, removed: 0, unchanged: 7, syncedAt: T }) },
  {
    schema: 'NodeDefinitionResponse',
    body: toNodeDefinitionResponses([{ id: 'iosv', label: 'IOSv', description: 'router', nature: 'router', ramMb: 512, cpus: 1, interfaces: ['Gi0/0'], imageDefinitions: ['iosv-159'] }]),
  },
  {
    schema: 'ComputeHostResponse',
    body: toComputeHostResponses([{ id: 'c1', hostname: 'cml', serverAddress: '192.168.255.1', isSimulator: true, isConnector: true, admissionState: 'READY', connected: true, synced: true, totalNodes: 3, runningNodes: 2 }]),
  },
  { schema: 'ImageDefinitionResponse', body: toImageDefinitionResponses([{ id: 'iosv-159', nodeDefinitionId: 'iosv', label: 'IOSv', diskImage: 'vios.qcow2', readOnly: true }]) },
];
