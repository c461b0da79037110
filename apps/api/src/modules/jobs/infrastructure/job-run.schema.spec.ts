import { documentMisfits, type EveryField } from '#persistence';
import type { JobRun } from '../application/ports/job-run-store.port.js';
import { jobRunSchema } from './job-run.schema.js';

const at = '2026-11-25T10:00:00.000Z';

/** Every field a run can have: a field added to `JobRun` fails to compile here until the schema declares it. */
const { id, ...everyField }: EveryField<JobRun> = {
  id: '0193a000-0000-7000-8000-0000000000aa',
  job: 'metrics-collection',
  trigger: 'manual',
  requestedBy: { kind: 'user', id: 'u-1', name: 'ada' },
  instance: 'host-1:4242',
  startedAt: at,
  scheduledFor: at,
  finishedAt: at,
  outcome: 'succeeded',
  summary: { workers: 12, awsCalls: 8, 'cml.calls': 36, regions: { 'us-east-1': 6 } },
  error: 'Interrupted: the instance running it went away.',
  durationMs: 1234,
};

describe('the job runs collection schema', () => {
  it('stores a run with every field set as it is, its summary as the job wrote it', () => {
    expect(documentMisfits(jobRunSchema, { _id: id, ...everyField })).toEqual([]);
  });

  it('stores a run just started as it is', () => {
    expect(documentMisfits(jobRunSchema, { _id: id, job: 'lab-sync', trigger: 'schedule', instance: 'host-1:4242', startedAt: at, outcome: 'running' })).toEqual([]);
  });

  it('indexes the last runs of a job', () => {
    expect(jobRunSchema.indexes()).toEqual([[{ job: 1, startedAt: -1 }, {}]]);
  });
});
