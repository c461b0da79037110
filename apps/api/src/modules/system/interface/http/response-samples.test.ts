// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { HealthCheckResult } from '@nestjs/terminus';
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { Operation } from '../../application/operation.js';
import type { ConsoleDefaults } from '../../application/queries/get-console-defaults/get-console-defaults.query.js';
import { toConsoleDefaultsResponse } from './defaults.presenter.js';
import { toLivenessResponse, toReadinessResponse } from './health.presenter.js';
import { toOperationResponse } from './operation.presenter.js';
import type { OperationListResponse } from './operation-response.dto.js';
import { present } from '../../../../platform/http/presenter.js';

const T = '2026-11-25T10:00:00.000Z';

const operation: Full<Operation> = {
  id: '0193b2c4-7a00-7000-8000-0000000000aa',
  kind: 'license-registration',
  subject: { type: 'worker', id: 'w-1' },
  status: 'failed',
  progress: 'Waiting for Cisco Smart Licensing',
  startedAt: T,
  finishedAt: T,
  error: 'The controller refused the token',
  result: { registrationStatus: 'COMPLETED' },
  requestedBy: { kind: 'user', id: 'u-1', name: 'ada' },
  steps: [{ name: 'stop-labs', title: 'Stop the running labs', status: 'succeeded', detail: 'Stopped 1 lab', startedAt: T, finishedAt: T }],
  options: { force: true },
  resumable: true,
  heartbeatAt: T,
};

const defaults: Full<ConsoleDefaults> = {
  regions: ['us-east-1'],
  defaultRegion: 'us-east-1',
  provisioning: {
    instanceType: 'm5zn.metal',
    amiIds: { 'us-east-1': 'ami-1' },
    amiName: 'cml-*',
    workerName: { minLength: 1, maxLength: 64, pattern: '^.+$', allowedCharacters: 'any' },
  },
  idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 },
  labs: { uploadMaxBytes: 5_242_880 },
};

// As Terminus answers, `info` and `error` repeating `details`, and extra figures per component.
const readiness = {
  status: 'ok',
  info: { mongodb: { status: 'up' } },
  error: {},
  details: { mongodb: { status: 'up', responseTime: 3 }, redis: { status: 'up' } },
} as HealthCheckResult;

/** The system module's presenters, each given a sample with every field set. */
export const SYSTEM_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'OperationResponse', body: toOperationResponse(operation) },
  { schema: 'OperationListResponse', body: present<OperationListResponse>({ items: [toOperationResponse(operation)] }) },
  { schema: 'ConsoleDefaultsResponse', body: toConsoleDefaultsResponse(defaults) },
  { schema: 'LivenessResponse', body: toLivenessResponse() },
  { schema: 'ReadinessResponse', body: toReadinessResponse(readiness) },
];
