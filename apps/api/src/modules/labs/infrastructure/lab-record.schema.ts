import { actorSchema, aggregateDocumentSchema, nestedSchema } from '#persistence';

/** The labs collection and its model name. */
export const LABS_COLLECTION = 'labs';
export const LAB_RECORD_MODEL = 'LabRecord';

const stateHistoryEntrySchema = nestedSchema({ at: String, from: String, to: String, trigger: String, by: actorSchema });

/**
 * A lab record's document (`LabRecordState` of the domain): what the controller reports, and the
 * record's own facts. Times are ISO 8601 strings; `createdAt`/`modifiedAt` are the controller's.
 * The id is derived from (workerId, labId) (`labRecordId`).
 */
export const labRecordSchema = aggregateDocumentSchema(
  {
    workerId: String,
    labId: String,
    title: String,
    description: String,
    notes: String,
    state: String,
    ownerUsername: String,
    ownerFullname: String,
    nodeCount: Number,
    linkCount: Number,
    createdAt: String,
    modifiedAt: String,
    presence: String,
    stateHistory: [stateHistoryEntrySchema],
    firstSeenAt: String,
    lastSyncedAt: String,
    updatedAt: String,
    importedAt: String,
    importedBy: actorSchema,
    removedAt: String,
    deletedAt: String,
    deletedBy: actorSchema,
  },
  { collection: LABS_COLLECTION },
);

// The id is derived from (workerId, labId) already; the unique index also guards records written by other means.
labRecordSchema.index({ workerId: 1, labId: 1 }, { unique: true, name: 'worker_lab_unique' });
// One index per list filter, each ending in the default sort (title).
labRecordSchema.index({ presence: 1, workerId: 1, title: 1 });
labRecordSchema.index({ presence: 1, state: 1, title: 1 });
labRecordSchema.index({ presence: 1, ownerUsername: 1, title: 1 });
labRecordSchema.index({ presence: 1, title: 1 });
labRecordSchema.index({ presence: 1, modifiedAt: -1 });
