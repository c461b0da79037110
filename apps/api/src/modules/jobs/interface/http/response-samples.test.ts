// A spec helper (".test.ts": left out of the build, not run as a suite).
import type { Full, ResponseSample } from '../../../../platform/http/schema-conformance.test.js';
import type { JobRun } from '../../application/ports/job-run-store.port.js';
import { toJobResponses, toJobRunResponse, toJobRunResponses } from './job.presenter.js';

const T = '2026-11-25T10:00:00.000Z';

const run: Full<JobRun> = {
  id: 'r-1',
  job: 'metrics-collection',
  trigger: 'manual',
  requestedBy: { kind: 'user', id: 'u-1', name: 'ada' },
  instance: 'host-1:4242',
  startedAt: T,
  scheduledFor: T,
  finishedAt: T,
  outcome: 'failed',
  summary: { workers: 3 },
  error: 'EC2 refused',
  durationMs: 1200,
};

const job = { name: 'metrics-collection', description: 'Collects metrics', intervalSeconds: 300, enabled: false, disabledReason: 'JOBS_ENABLED=false', run: async () => ({}), due: async () => true };

/** The jobs module's presenters, each given a sample with every field set. */
export const JOBS_RESPONSE_SAMPLES: ResponseSample[] = [
  { schema: 'JobRunResponse', body: toJobRunResponse(run) },
  { schema: 'JobRunResponse', body: toJobRunResponses([run]) },
  { schema: 'JobResponse', body: toJobResponses([{ job, schedule: 'every 5 min', running: false, lastRun: run, nextRunAt: T }]) },
];
