import { Schema } from 'mongoose';
import { actorSchema, aggregateDocumentSchema, nestedSchema, optional } from '#persistence';

/** The workers collection and its model name. */
export const WORKERS_COLLECTION = 'workers';
export const WORKER_MODEL = 'Worker';

const computeSchema = nestedSchema({
  id: String,
  hostname: String,
  isController: Boolean,
  cpuPercent: Number,
  memoryPercent: Number,
  diskPercent: Number,
  runningNodes: Number,
  totalNodes: Number,
  // `null`: the controller said it does not know.
  valid: Boolean,
  admissionState: String,
});

const licenseSchema = nestedSchema({
  registrationStatus: String,
  registrationExpiresAt: String,
  authorizationStatus: String,
  authorizationExpiresAt: String,
  smartAccount: String,
  virtualAccount: String,
  product: String,
  features: [nestedSchema({ id: String, name: String, status: String, inUse: Number, max: Number })],
});

const fallbackOptionSchema = nestedSchema({ instanceType: String, subnetId: String });

/** A start or launch looking for EC2 capacity (capacity-fallback.value-object.ts). */
const capacityFallbackSchema = nestedSchema({
  action: String,
  originalInstanceType: String,
  policy: nestedSchema({ options: [fallbackOptionSchema], backoffSeconds: Number, deadlineMinutes: Number }),
  restoreType: String,
  attempts: [nestedSchema({ at: String, instanceType: String, subnetId: String, errorCode: String, error: String })],
  next: optional(nestedSchema({ at: String, option: fallbackOptionSchema, round: Number })),
  requestedBy: actorSchema,
  reason: String,
  trigger: String,
});

/** The rule that decided a worker's desired power (scheduling module). */
const powerRuleSchema = nestedSchema({ kind: String, id: String, name: String });

/**
 * A worker's document (`WorkerState` of the domain, plus `instanceKey`). Times are ISO 8601
 * strings, as the domain keeps them. Nested objects that a worker always has are nested paths;
 * optional ones are sub-documents that stay absent until set. Free-form maps (EC2 tags, lab
 * states by lab id) are Mixed: their keys are data and may contain dots.
 */
export const workerSchema = aggregateDocumentSchema(
  {
    name: String,
    region: String,
    instanceId: String,
    instanceType: String,
    ami: { id: String, name: String, description: String },
    status: String,
    statusReason: String,
    statusChangedAt: String,
    serviceStatus: String,
    endpoint: String,
    endpointSource: String,
    endpointProblem: String,
    endpointOverride: String,
    publicIp: String,
    privateIp: String,
    launchedAt: String,
    tags: Schema.Types.Mixed,
    statusChecks: optional(nestedSchema({ instance: String, system: String, checkedAt: String })),
    volumes: optional([nestedSchema({ volumeId: String, sizeGiB: Number, volumeType: String })]),
    volumesReadAt: String,
    cml: {
      version: String,
      ready: Boolean,
      healthy: Boolean,
      licenseStatus: String,
      licensed: Boolean,
      licenseExpiresAt: String,
      license: optional(licenseSchema),
      lastSyncedAt: String,
      lastReadAt: String,
      error: String,
      computes: optional([computeSchema]),
      labStates: Schema.Types.Mixed,
    },
    telemetry: {
      ec2CpuPercent: Number,
      ec2MemoryPercent: Number,
      cpuPercent: Number,
      memoryPercent: Number,
      diskPercent: Number,
      runningNodes: Number,
      totalNodes: Number,
      labs: Number,
      collectedAt: String,
    },
    idleDetectionEnabled: Boolean,
    idle: {
      timeoutMinutes: Number,
      lastActivityAt: String,
      lastActivitySource: String,
      lastActivityCheckAt: String,
      snoozedUntil: String,
      warning: optional(nestedSchema({ issuedAt: String, plannedStopAt: String })),
      lastDecision: optional(nestedSchema({ at: String, outcome: String, reason: String, since: String, code: String, key: String })),
    },
    provisioning: optional(nestedSchema({ subnetId: String, securityGroupIds: optional([String]), keyName: String, failureReason: String })),
    lifecycle: {
      createdAt: String,
      createdBy: actorSchema,
      importedAt: String,
      importedBy: actorSchema,
      startRequestedAt: String,
      startRequestedBy: actorSchema,
      stopRequestedAt: String,
      stopRequestedBy: actorSchema,
      terminateRequestedAt: String,
      terminateRequestedBy: actorSchema,
      terminatedAt: String,
      unregisteredAt: String,
      unregisteredBy: actorSchema,
      updatedAt: String,
    },
    managed: Boolean,
    owner: String,
    override: optional(nestedSchema({ kind: String, until: String, by: String, setAt: String })),
    lastManualChange: optional(nestedSchema({ action: String, at: String, by: String })),
    bootStartedAt: String,
    bootToReadySeconds: [Number],
    desiredPower: optional(
      nestedSchema({
        state: String,
        rule: powerRuleSchema,
        reason: String,
        until: String,
        next: [nestedSchema({ at: String, state: String, rule: powerRuleSchema, reason: String })],
        decidedAt: String,
        heldReason: String,
      }),
    ),
    powerAttempts: optional(nestedSchema({ failures: Number, lastAttemptAt: String, lastError: String })),
    stopWarning: optional(nestedSchema({ plannedStopAt: String, cause: String, issuedAt: String })),
    capacityFallback: optional(capacityFallbackSchema),
    powerOperation: optional(nestedSchema({ id: String, action: String, status: String, startedAt: String, finishedAt: String, summary: String })),
    /** A change back to the worker's own type waiting for the next stop (instance-type-restore.rule.ts). */
    instanceTypeRestore: optional(nestedSchema({ originalInstanceType: String, fallbackInstanceType: String, since: String, failures: Number, lastAttemptAt: String, lastError: String })),
    /** `region/instanceId`, only while managed: the unique index below allows one managed worker per instance. */
    instanceKey: String,
  },
  { collection: WORKERS_COLLECTION },
);

// One managed worker per (region, instance id): the key exists only while managed (the stand-in ignores partial indexes: ADR 0007).
workerSchema.index({ instanceKey: 1 }, { unique: true, sparse: true, name: 'instanceKey_unique' });
// The list's filters, each in its default order.
workerSchema.index({ managed: 1, status: 1, name: 1 });
workerSchema.index({ region: 1, status: 1 });
// The list filtered by region (the console's region filter), in its default order.
workerSchema.index({ managed: 1, region: 1, name: 1 });
workerSchema.index({ name: 1 });
workerSchema.index({ 'lifecycle.createdAt': -1 });
// The capacity-fallback job's question: whose next try is due.
workerSchema.index({ 'capacityFallback.next.at': 1 }, { sparse: true });
