import type { components } from '../../../lib/api-types';

export type Job = components['schemas']['JobResponse'];
export type JobRun = components['schemas']['JobRunResponse'];
