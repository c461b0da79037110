import { Schema } from 'mongoose';
import { actorSchema, SCHEMA_DEFAULTS } from '#persistence';

export const JOB_RUNS_COLLECTION = 'job_runs';
export const JOB_RUN_MODEL = 'JobRun';

/**
 * One run of a job (`JobRun` of the port, its id as `_id`). Times are ISO 8601 strings. A run is
 * started, then finished once by the instance that runs it: no version key.
 */
export const jobRunSchema = new Schema(
  {
    _id: { type: String, required: true },
    job: String,
    trigger: String,
    requestedBy: actorSchema,
    instance: String,
    startedAt: String,
    scheduledFor: String,
    finishedAt: String,
    outcome: String,
    // The figures each job reports, its own names.
    summary: Schema.Types.Mixed,
    error: String,
    durationMs: Number,
  },
  { ...SCHEMA_DEFAULTS, versionKey: false, collection: JOB_RUNS_COLLECTION },
);

// The last runs of a job.
jobRunSchema.index({ job: 1, startedAt: -1 });
