import { errorCatalogue } from '#kernel';

/** Codes of the jobs module: asking for a run by hand. */
export const JobErrors = errorCatalogue({
  notFound: {
    code: 'JOB.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No job has that name; `GET /api/jobs` lists them.',
    build: (name: string) => ({ message: `There is no job named ${name}; see GET /api/jobs.`, details: { job: name } }),
  },
  disabled: {
    code: 'JOB.DISABLED',
    kind: 'conflict',
    meaning: 'The job is turned off by the configuration, so it cannot be run by hand either.',
    build: (name: string, reason?: string) => ({ message: `Job ${name} is disabled: ${reason ?? 'see its configuration'}.`, details: { job: name } }),
  },
  alreadyRunning: {
    code: 'JOB.ALREADY_RUNNING',
    kind: 'conflict',
    meaning: 'A run of the job is going on (on this or another app instance); wait for it to finish.',
    build: (name: string) => ({ message: `Job ${name} is already running; wait for it to finish.`, details: { job: name } }),
  },
});
