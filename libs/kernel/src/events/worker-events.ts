/** Payloads of the workers module's events (see event-map.ts). */

export type WorkerStatus = 'pending' | 'running' | 'stopping' | 'stopped' | 'shutting-down' | 'terminated' | 'failed' | 'unknown';
export type ServiceStatus = 'unavailable' | 'starting' | 'available' | 'error';

/** What caused a status change. */
export type StatusTrigger = 'user' | 'ec2' | 'provisioning' | 'idle-detection' | 'import' | PowerTrigger;

/** What made the product start or stop a worker: the power reconciler (scheduling module, ADR 0029) or a budget at its limit (budgets module, ADR 0043). */
export type PowerTrigger = 'schedule' | 'reservation' | 'runtime-limit' | 'override' | 'budget';

/** A "keep running / keep stopped until" set on a worker by its owner or a manager. */
export type PowerOverrideKind = 'keep-running' | 'keep-stopped';

/** What the desired-power decision wants, and the rule that decided (scheduling module). */
export type DesiredPowerState = 'running' | 'stopped' | 'either';
/** Why the power reconciler will stop a running worker (`worker.stop-warning-issued`). */
export type StopWarningCause = 'schedule' | 'runtime-limit' | 'reservation';
export interface PowerRuleRef {
  kind: string;
  id?: string;
  name?: string;
}

export interface WorkerEvents {
  'worker.provisioning-requested': {
    name: string;
    region: string;
    instanceType: string;
    /** How the type can run CML when it was requested (absent in events from before it was recorded). */
    cmlSuitability?: 'bare-metal' | 'nested-virtualization' | 'unsuitable';
    amiId: string;
    amiName?: string;
    subnetId?: string;
    securityGroupIds?: string[];
    keyName?: string;
    /** Who owns the new worker: whoever asked for it, a person or an API client (absent in events from before owners). */
    owner?: string;
  };
  'worker.provisioning-failed': { reason: string };
  'worker.imported': {
    name: string;
    region: string;
    instanceId: string;
    instanceType: string;
    amiId: string;
    status: WorkerStatus;
    source: 'api' | 'auto-import';
    /** The owner its WORKER_OWNER_TAG tag named (absent: none, or an event from before owners). */
    owner?: string;
    /** The EBS volumes attached at import, sorted by id (absent: not read); later changes are `worker.volumes-changed`. */
    volumes?: { volumeId: string; sizeGiB: number; volumeType: string }[];
  };
  'worker.instance-assigned': { instanceId: string; instanceType: string; amiId: string };
  'worker.status-changed': { from: WorkerStatus; to: WorkerStatus; trigger: StatusTrigger; reason: string };
  /** EC2 facts that changed (IPs, instance type, AMI); `changes` maps field to before/after. */
  'worker.instance-updated': { changes: Record<string, { from: unknown; to: unknown }> };
  'worker.endpoint-changed': { from?: string; to?: string; source: 'override' | 'tag' | 'public-ip' | 'private-ip' | 'none'; problem?: string };
  'worker.tags-changed': { set: Record<string, string>; removed: string[] };
  'worker.renamed': { from: string; to: string };
  'worker.status-checks-changed': { instance: string; system: string; checkedAt: string };
  /** The EBS volumes attached to the instance, as EC2 reports them, differ from the last read (sizes in GiB). */
  'worker.volumes-changed': { volumes: { volumeId: string; sizeGiB: number; volumeType: string }[]; totalGiB: number };
  'worker.idle-detection-changed': { enabled: boolean };
  'worker.terminated': { instanceId?: string };
  /** The worker has been idle past its timeout: it will be stopped at `plannedStopAt` unless used or snoozed. */
  'worker.idle-warning-issued': { plannedStopAt: string; idleMinutes: number; timeoutMinutes: number; lastActivityAt?: string; lastActivitySource?: string; reason: string };
  'worker.idle-warning-cleared': { reason: string };
  /** Kept running until `until` whatever its activity. */
  'worker.idle-snoozed': { until: string };
  'worker.idle-timeout-changed': { from?: number; to?: number };
  /** A license registration was asked for (the token itself is never recorded). */
  'worker.license-registration-requested': { operationId: string; reregister: boolean };
  'worker.license-registration-finished': { operationId: string; succeeded: boolean; registrationStatus?: string; error?: string };
  'worker.license-deregistration-requested': { operationId: string };
  'worker.license-deregistration-finished': { operationId: string; succeeded: boolean; outcome?: string; error?: string };
  /** Whether the CML controller answers changed (available, starting, unavailable, error). */
  'worker.service-status-changed': { from: ServiceStatus; to: ServiceStatus; reason: string };
  /** CML facts that changed: version, readiness, license. `changes` maps field to before/after. */
  'worker.cml-info-changed': { changes: Record<string, { from: unknown; to: unknown }> };
  /** Telemetry moved beyond the threshold (percent points) or node/lab counts changed. */
  'worker.telemetry-changed': {
    /** CloudWatch `AWS/EC2 CPUUtilization`, percent. */
    ec2CpuPercent?: number;
    /** CloudWatch agent `CWAgent mem_used_percent`, percent. */
    ec2MemoryPercent?: number;
    /** CML `system_stats` (all computes), percent; memory and disk too. */
    cpuPercent?: number;
    memoryPercent?: number;
    diskPercent?: number;
    runningNodes?: number;
    totalNodes?: number;
    labs?: number;
  };
  'worker.unregistered': { instanceId?: string; terminateInstance: boolean };
  /** The worker's owner changed (empty `owner`: it has none now). */
  'worker.owner-changed': { workerId: string; owner: string; previousOwner?: string };
  /** An override was set: the worker is kept running (or stopped) until `until`. */
  'worker.override-set': { workerId: string; kind: PowerOverrideKind; until: string };
  /** An override ended: cleared by a person or expired. */
  'worker.override-cleared': { workerId: string; kind: PowerOverrideKind; reason: 'cleared' | 'expired' };
  /** What the worker should be doing changed (state or deciding rule), as the power reconciler decided it. */
  'worker.desired-power-changed': { workerId: string; state: DesiredPowerState; rule: PowerRuleRef; reason: string; until?: string };
  /**
   * The power reconciler will stop the running worker at `plannedStopAt` because a schedule window
   * closes, its runtime limit is reached or a reservation ends (once per planned stop).
   */
  'worker.stop-warning-issued': { workerId: string; plannedStopAt: string; cause: StopWarningCause; ruleId?: string; ruleName?: string; limitHours?: number; reason: string };
  /** The power reconciler decided not to act although the worker differs from its desired state (only when the reason changes). */
  'worker.power-held': { workerId: string; reason: string };
  /** One try for EC2 capacity during a start or a launch, and how it went (docs/stop-and-start.md). */
  'worker.capacity-attempted': {
    action: CapacityAction;
    /** 1 for the first try of this start or launch. */
    attempt: number;
    /** 1 while the options are tried the first time; one more after each backoff. */
    round: number;
    instanceType: string;
    subnetId?: string;
    succeeded: boolean;
    /** EC2's error code when it failed (InsufficientInstanceCapacity ...). */
    errorCode?: string;
    error?: string;
    /** When the next try is planned (absent: none, it worked or gave up). */
    nextAttemptAt?: string;
  };
  /** The capacity fallback gave up: what was tried and what to do. */
  'worker.capacity-fallback-failed': { action: CapacityAction; attempts: number; tried: string[]; reason: string };
  /** A choreographed stop or terminate ended (docs/stop-and-start.md); its steps are in the operation. */
  'worker.power-operation-finished': { operationId: string; action: 'stop' | 'terminate'; succeeded: boolean; summary: string };
  /** A terminate could not release the licence (the controller was unreachable, forced, or stopped): it may still be held. */
  'worker.license-release-failed': { workerId: string; name: string; operationId: string; reason: string; forced: boolean };
  /** A stopped instance that a start had put on a fallback type went back to the type it had (WORKER_CAPACITY_FALLBACK_RESTORE_TYPE). */
  'worker.instance-type-restored': {
    /** The fallback type it ran on. */
    from: string;
    /** The type it had before the fallback, and has again. */
    to: string;
    /** When it happened: the instance was seen stopped, or a start came first. */
    moment: InstanceTypeRestoreMoment;
  };
}

/** When a restore of the instance type was made: once EC2 reported the instance stopped, or just before a start. */
export type InstanceTypeRestoreMoment = 'stopped' | 'before-start';

/** What a capacity fallback was getting capacity for: starting a stopped instance, or launching a new one. */
export type CapacityAction = 'start' | 'provision';
