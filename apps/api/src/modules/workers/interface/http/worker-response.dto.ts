import { OperationResponse } from '../../../system/system.public.js';
import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import type { EventMap, EventType } from '#kernel';
import { EventEnvelope } from '../../../../platform/http/event-envelope.js';
import { LAST_PAGE_DESCRIPTION } from '../../../../platform/http/paging.js';
import { ACTION_ROLES, OWNER_MAY, type WorkerActionName } from '../../domain/worker-actions.rule.js';
import { SERVICE_STATUSES, WORKER_STATUSES } from '../../domain/worker-status.value-object.js';

export class ActorResponse {
  @ApiProperty({ enum: ['user', 'service', 'system'] }) kind!: string;
  @ApiProperty({ example: 'f3c1...' }) id!: string;
  @ApiProperty({ example: 'admin' }) name!: string;
}

class AmiResponse {
  @ApiPropertyOptional({ example: 'ami-0123456789abcdef0' }) id?: string;
  @ApiPropertyOptional({ example: 'cml-2.9.0-lablet' }) name?: string;
  @ApiPropertyOptional() description?: string;
}

class StatusChecksResponse {
  @ApiProperty({ example: 'ok', description: 'EC2 instance status check' }) instance!: string;
  @ApiProperty({ example: 'ok', description: 'EC2 system status check' }) system!: string;
  @ApiProperty({ example: '2026-11-25T10:00:00.000Z' }) checkedAt!: string;
}

class VolumeResponse {
  @ApiProperty({ example: 'vol-0123456789abcdef0', description: 'EBS volume id' }) volumeId!: string;
  @ApiProperty({ example: 64, description: 'Size in GiB' }) sizeGiB!: number;
  @ApiProperty({ example: 'gp3', description: 'EBS volume type (gp3, gp2, io2, st1 ...): with the size, what storage costs per GiB-month' }) volumeType!: string;
}

class CmlFreshnessResponse {
  @ApiProperty({ description: 'True while the instance runs and the controller answers: the CML facts are live' }) current!: boolean;
  @ApiPropertyOptional({ example: '2026-11-25T10:00:00.000Z', description: 'When the controller last answered: the facts shown are from then' }) asOf?: string;
  @ApiPropertyOptional({ example: 'The instance is stopping: its controller is not read.', description: 'Why the facts are not current' }) reason?: string;
}

class NextStatusCheckResponse {
  @ApiProperty({ example: '2026-11-25T10:00:10.000Z', description: 'When EC2 is read next' }) at!: string;
  @ApiProperty({ example: 10, description: 'Seconds between reads' }) intervalSeconds!: number;
  @ApiProperty({ enum: ['following-change', 'collection-cycle'], description: '`following-change`: the instance is starting or stopping and read often; `collection-cycle`: read with the fleet' }) reason!: string;
}

class StartupResponse {
  @ApiProperty({ example: '2026-11-25T10:00:00.000Z', description: 'When the product asked EC2 to start the instance' }) startedAt!: string;
  @ApiProperty({
    example: '2026-11-25T10:05:05.000Z',
    description: 'When the CML controller is expected to be available: `startedAt` plus `typicalSeconds`, never before the moment of the answer (an overdue boot is expected any moment)',
  })
  expectedReadyAt!: string;
  @ApiProperty({ example: false, description: 'True when this boot has already taken longer than `typicalSeconds`' }) overdue!: boolean;
  @ApiProperty({ example: 305, description: 'How long a boot of this worker usually takes, in seconds: the median of its boot-to-ready times, or the fleet default without any' }) typicalSeconds!: number;
  @ApiProperty({ enum: ['history', 'default'], description: '`history`: the median of the worker\'s own boots (`bootToReadySeconds`); `default`: none measured yet, RESERVATION_LEAD_DEFAULT_MINUTES' }) basis!: string;
  @ApiProperty({ example: 2, description: 'How many measured boots the median is of (0 with the default)' }) samples!: number;
}

class LicenseFeatureResponse {
  @ApiProperty({ example: 'regid.2019-10.com.cisco.CML_NODE_COUNT,1.0_2607650b-6ca8-46d5-81e5-e6688b7383c4' }) id!: string;
  @ApiPropertyOptional({ example: 'CML - Expansion Nodes' }) name?: string;
  @ApiPropertyOptional({ example: 'IN_COMPLIANCE', description: 'Authorization status of this feature, as CML says' }) status?: string;
  @ApiPropertyOptional({ example: 12, description: 'Uses requested now (count)' }) inUse?: number;
  @ApiPropertyOptional({ example: 300, description: 'Most uses the licence allows (count)' }) max?: number;
}

class LicenseDetailsResponse {
  @ApiPropertyOptional({ example: 'COMPLETED', description: 'Registration status (CML `registration.status`)' }) registrationStatus?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the registration runs out unless renewed' }) registrationExpiresAt?: string;
  @ApiPropertyOptional({ example: 'IN_COMPLIANCE', description: 'Overall authorization status (CML `authorization.status`: IN_COMPLIANCE, EVAL, EVAL_EXPIRED, OUT_OF_COMPLIANCE, ...)' }) authorizationStatus?: string;
  @ApiPropertyOptional({ format: 'date-time', description: 'When the authorization runs out unless renewed (an evaluation: the end of its period)' }) authorizationExpiresAt?: string;
  @ApiPropertyOptional({ example: 'Engineering' }) smartAccount?: string;
  @ApiPropertyOptional({ example: 'Default' }) virtualAccount?: string;
  @ApiPropertyOptional({ example: 'CML_Enterprise', description: 'The active product licence' }) product?: string;
  @ApiProperty({ type: [LicenseFeatureResponse], description: 'The licensed features with their use' }) features!: LicenseFeatureResponse[];
}

class CmlResponse {
  @ApiPropertyOptional({ example: '2.9.0' }) version?: string;
  @ApiPropertyOptional() ready?: boolean;
  @ApiPropertyOptional({ example: 'COMPLETED', description: 'License registration status' }) licenseStatus?: string;
  @ApiPropertyOptional({ format: 'date-time', example: '2027-02-23T10:00:00.000Z', description: 'When the licence runs out unless renewed: the earlier of its authorization and registration expiry (an evaluation: the end of its period)' }) licenseExpiresAt?: string;
  @ApiPropertyOptional() licensed?: boolean;
  @ApiPropertyOptional({ type: LicenseDetailsResponse, description: 'The licence as the controller last reported it (CML `GET /licensing`); absent until licensing was read' }) license?: LicenseDetailsResponse;
  @ApiPropertyOptional({ description: 'When the controller was last asked' }) lastSyncedAt?: string;
  @ApiPropertyOptional({ description: 'When the controller last answered' }) lastReadAt?: string;
  @ApiPropertyOptional({ description: 'Whether the controller reports itself healthy (CML system health) when it last answered; the service status only says whether it answers' }) healthy?: boolean;
  @ApiPropertyOptional({ description: 'Why the last controller sync failed' }) error?: string;
  @ApiPropertyOptional({ type: CmlFreshnessResponse, description: 'Whether these facts are live or the last known ones' }) freshness?: CmlFreshnessResponse;
}

class TelemetryResponse {
  @ApiPropertyOptional({ example: 37.5, description: 'EC2 CPU (CloudWatch), percent' }) ec2CpuPercent?: number;
  @ApiPropertyOptional({ example: 55.0, description: 'EC2 memory (CloudWatch agent), percent' }) ec2MemoryPercent?: number;
  @ApiPropertyOptional({ example: 42.5, description: 'CPU use, percent (0-100)' }) cpuPercent?: number;
  @ApiPropertyOptional({ example: 61.2, description: 'Memory use, percent (0-100)' }) memoryPercent?: number;
  @ApiPropertyOptional({ example: 35.1, description: 'Disk use, percent (0-100)' }) diskPercent?: number;
  @ApiPropertyOptional({ example: 12, description: 'Running CML nodes (count)' }) runningNodes?: number;
  @ApiPropertyOptional({ example: 20, description: 'Defined CML nodes (count)' }) totalNodes?: number;
  @ApiPropertyOptional({ example: 3, description: 'Labs on the controller (count)' }) labs?: number;
  @ApiPropertyOptional() collectedAt?: string;
}

class IdleStateResponse {
  @ApiPropertyOptional({ description: 'Per-worker idle timeout, minutes' }) timeoutMinutes?: number;
  @ApiPropertyOptional() lastActivityAt?: string;
  @ApiPropertyOptional() lastActivitySource?: string;
  @ApiPropertyOptional() lastActivityCheckAt?: string;
  @ApiPropertyOptional() snoozedUntil?: string;
  @ApiPropertyOptional({ type: 'object', properties: { issuedAt: { type: 'string' }, plannedStopAt: { type: 'string' } } })
  warning?: { issuedAt: string; plannedStopAt: string };
  @ApiPropertyOptional({ type: 'object', properties: { at: { type: 'string' }, outcome: { type: 'string' }, reason: { type: 'string' } } })
  lastDecision?: { at: string; outcome: string; reason: string };
}

class ProvisioningResponse {
  @ApiPropertyOptional() subnetId?: string;
  @ApiPropertyOptional({ type: [String] }) securityGroupIds?: string[];
  @ApiPropertyOptional() keyName?: string;
  @ApiPropertyOptional({ description: 'Why provisioning failed' }) failureReason?: string;
}

class LifecycleResponse {
  @ApiProperty() createdAt!: string;
  @ApiProperty({ type: ActorResponse }) createdBy!: ActorResponse;
  @ApiPropertyOptional() importedAt?: string;
  @ApiPropertyOptional({ type: ActorResponse }) importedBy?: ActorResponse;
  @ApiPropertyOptional() startRequestedAt?: string;
  @ApiPropertyOptional({ type: ActorResponse }) startRequestedBy?: ActorResponse;
  @ApiPropertyOptional() stopRequestedAt?: string;
  @ApiPropertyOptional({ type: ActorResponse }) stopRequestedBy?: ActorResponse;
  @ApiPropertyOptional() terminateRequestedAt?: string;
  @ApiPropertyOptional({ type: ActorResponse }) terminateRequestedBy?: ActorResponse;
  @ApiPropertyOptional() terminatedAt?: string;
  @ApiPropertyOptional() unregisteredAt?: string;
  @ApiPropertyOptional({ type: ActorResponse }) unregisteredBy?: ActorResponse;
  @ApiProperty() updatedAt!: string;
}

export class ActionAvailabilityResponse {
  @ApiProperty({ description: 'True when the caller may take the action now and it would change something' }) allowed!: boolean;
  @ApiPropertyOptional({
    example: 'The worker is already stopped.',
    description: 'Why not: the role the caller lacks, or what the status refuses (the words the API answers the request with)',
  })
  reason?: string;
  @ApiPropertyOptional({
    enum: ['role', 'state'],
    description: "What refused it: `role` (the caller's role; it stays refused whatever the worker does, so the console hides it) or `state` (the worker's status; shown disabled with the reason)",
  })
  refusedBy?: 'role' | 'state';
}

const action = (name: WorkerActionName, route: string) =>
  ApiProperty({ type: ActionAvailabilityResponse, description: `${route}: the ${ACTION_ROLES[name]} role or a stronger one${OWNER_MAY.has(name) ? ", or the worker's owner" : ''}` });

/** One entry per route that acts on the worker; see the worker's `actions`. */
export class WorkerActionsResponse {
  @action('start', 'POST /api/workers/{id}/start') start!: ActionAvailabilityResponse;
  @action('stop', 'POST /api/workers/{id}/stop') stop!: ActionAvailabilityResponse;
  @action('terminate', 'POST /api/workers/{id}/terminate') terminate!: ActionAvailabilityResponse;
  @action('refresh', 'POST /api/workers/{id}/refresh') refresh!: ActionAvailabilityResponse;
  @action('snooze', 'POST /api/workers/{id}/idle/snooze') snooze!: ActionAvailabilityResponse;
  @action('unregister', 'DELETE /api/workers/{id}') unregister!: ActionAvailabilityResponse;
  @action('registerLicense', 'POST /api/workers/{id}/license') registerLicense!: ActionAvailabilityResponse;
  @action('deregisterLicense', 'DELETE /api/workers/{id}/license') deregisterLicense!: ActionAvailabilityResponse;
  @action('editTags', 'PATCH /api/workers/{id}/tags') editTags!: ActionAvailabilityResponse;
  @action('override', 'PUT and DELETE /api/workers/{id}/override') override!: ActionAvailabilityResponse;
  @action('changeOwner', 'PUT /api/workers/{id}/owner') changeOwner!: ActionAvailabilityResponse;
}

const RULE_KINDS = ['reservation', 'override', 'schedule', 'manual', 'runtime-limit', 'none'];
const POWER_STATES = ['running', 'stopped', 'either'];

export class PowerOverrideResponse {
  @ApiProperty({ enum: ['keep-running', 'keep-stopped'] }) kind!: string;
  @ApiProperty({ example: '2026-11-25T22:00:00.000Z', description: 'When it ends by itself and the worker goes back to its schedules' }) until!: string;
  @ApiProperty({ example: 'alice', description: 'Who set it' }) by!: string;
  @ApiProperty({ example: '2026-11-25T15:00:00.000Z' }) setAt!: string;
}

export class PowerRuleResponse {
  @ApiProperty({ enum: RULE_KINDS, description: 'What decided, in precedence order: reservation > override > schedule > manual > runtime-limit > none' }) kind!: string;
  @ApiPropertyOptional({ description: 'The reservation, schedule or runtime limit that decided' }) id?: string;
  @ApiPropertyOptional({ example: 'CCNA classroom' }) name?: string;
}

class PowerTransitionResponse {
  @ApiProperty({ example: '2026-11-25T17:00:00.000Z' }) at!: string;
  @ApiProperty({ enum: POWER_STATES }) state!: string;
  @ApiProperty({ type: PowerRuleResponse }) rule!: PowerRuleResponse;
  @ApiProperty({ example: 'Schedule "CCNA classroom" has it stopped outside its windows.' }) reason!: string;
}

export class DesiredPowerResponse {
  @ApiProperty({ enum: POWER_STATES, description: '`either`: nothing asks; idle detection may stop it' }) state!: string;
  @ApiProperty({ type: PowerRuleResponse }) rule!: PowerRuleResponse;
  @ApiProperty({ example: 'Schedule "CCNA classroom" has it running until 18:00 Europe/Berlin.', description: 'The decision in one sentence' }) reason!: string;
  @ApiPropertyOptional({ example: '2026-11-25T17:00:00.000Z', description: 'When the decision changes next (absent: not within the horizon)' }) until?: string;
  @ApiProperty({ type: [PowerTransitionResponse], description: 'The next few changes of decision, soonest first' }) next!: PowerTransitionResponse[];
  @ApiProperty({ example: '2026-11-25T15:00:00.000Z', description: 'When the power reconciler decided this (GET /api/workers/{id}/power decides live)' }) decidedAt!: string;
  @ApiPropertyOptional({ example: 'The worker is stopping; the reconciler waits until it has stopped.', description: 'Why the reconciler last held back' }) heldReason?: string;
}

class PowerAttemptsResponse {
  @ApiProperty({ example: 0, description: 'Failed starts or stops of the reconciler in a row (count); it backs off while they last' }) failures!: number;
  @ApiPropertyOptional({ example: '2026-11-25T15:00:00.000Z' }) lastAttemptAt?: string;
  @ApiPropertyOptional({ example: 'EC2 refused: InsufficientInstanceCapacity', description: 'Why the last attempt failed' }) lastError?: string;
}

class CapacityNextTryResponse {
  @ApiProperty({ example: '2026-12-08T07:31:00.000Z' }) at!: string;
  @ApiProperty({ example: 'm5.metal' }) instanceType!: string;
  @ApiPropertyOptional({ example: 'subnet-0123456789abcdef0', description: 'The subnet of a launch' }) subnetId?: string;
}

class PowerOperationRefResponse {
  @ApiProperty({ description: 'The operation: GET /api/operations/{id} has its steps and their progress' }) id!: string;
  @ApiProperty({ enum: ['stop', 'terminate'] }) action!: string;
  @ApiProperty({ enum: ['running', 'succeeded', 'failed'] }) status!: string;
  @ApiProperty() startedAt!: string;
  @ApiPropertyOptional() finishedAt?: string;
  @ApiPropertyOptional({ example: 'Stopped 2 labs (BGP lab, OSPF lab); EC2 stopped the instance.', description: 'What it did, once it ended' }) summary?: string;
}

class CapacityFallbackResponse {
  @ApiProperty({ enum: ['start', 'provision'], description: 'Starting the stopped instance, or launching a new one' }) action!: string;
  @ApiProperty({ example: 'm5zn.metal', description: 'The type the instance had (or was asked for) before the fallback' }) originalInstanceType!: string;
  @ApiProperty({ example: 2, description: 'Tries so far' }) attempts!: number;
  @ApiProperty({ type: [String], example: ['m5zn.metal', 'm5.metal'], description: 'Each option tried, as `type` or `type in subnet`' }) tried!: string[];
  @ApiPropertyOptional({ type: CapacityNextTryResponse, description: 'The next try, while the search goes on (absent: it ended; the timeline says how)' }) next?: CapacityNextTryResponse;
}

class InstanceTypeRestoreResponse {
  @ApiProperty({ example: 'm5zn.metal', description: 'The type the worker goes back to: the one it had before a start fell back' }) originalInstanceType!: string;
  @ApiProperty({ example: 'm5.metal', description: 'The fallback type it runs on until then' }) fallbackInstanceType!: string;
  @ApiProperty({ example: '2026-12-08T07:31:00.000Z', description: 'When the fallback started it on that type' }) since!: string;
  @ApiProperty({ example: 0, description: 'Tries to change it back that failed (each is tried again at the next look at the stopped instance)' }) failures!: number;
  @ApiPropertyOptional({ example: '2026-12-08T18:02:00.000Z', description: 'When the last failed try was made' }) lastAttemptAt?: string;
  @ApiPropertyOptional({ example: 'EC2 refused ModifyInstanceAttribute (IncorrectInstanceState)', description: 'Why the last try failed' }) lastError?: string;
}

class ManualChangeResponse {
  @ApiProperty({ enum: ['start', 'stop'] }) action!: string;
  @ApiProperty({ example: '2026-11-25T15:00:00.000Z' }) at!: string;
  @ApiProperty({ example: 'alice' }) by!: string;
}

/** What the worker costs this month (`GET /api/cost/workers` has every figure; docs/cost.md). */
export class WorkerCostBriefResponse {
  @ApiProperty({ example: '2026-12', description: 'Calendar month, UTC' }) month!: string;
  @ApiProperty({ type: Number, nullable: true, example: 3.97, description: 'US dollars per hour now: compute while it starts or runs, storage until it ends; null when the compute price is unknown' }) usdPerHourNow!: number | null;
  @ApiProperty({ example: 412.2, description: 'US dollars so far this month (compute + storage), an estimate from list prices' }) monthToDateUsd!: number;
  @ApiProperty({ example: 120.4, description: 'US dollars automatic stops saved this month' }) savedUsd!: number;
  @ApiProperty({ type: Number, nullable: true, example: 980.5, description: "US dollars at the month's end at the pace so far; null in the month's first hour" }) projectedUsd!: number | null;
}

export class WorkerResponse {
  @ApiProperty({ example: '0193b2c4-...' }) id!: string;
  @ApiProperty({ example: 'lab-east-1' }) name!: string;
  @ApiProperty({ example: 'us-east-1' }) region!: string;
  @ApiPropertyOptional({ example: 'i-0123456789abcdef0' }) instanceId?: string;
  @ApiProperty({ example: 'm5zn.metal' }) instanceType!: string;
  @ApiProperty({ type: AmiResponse }) ami!: AmiResponse;
  @ApiProperty({ enum: WORKER_STATUSES }) status!: string;
  @ApiPropertyOptional({ example: 'EC2 reports the instance running' }) statusReason?: string;
  @ApiPropertyOptional({ description: 'When the status last changed' }) statusChangedAt?: string;
  @ApiPropertyOptional({ type: NextStatusCheckResponse, description: 'When the product reads the instance\'s EC2 state next' }) nextStatusCheck?: NextStatusCheckResponse;
  @ApiProperty({ enum: SERVICE_STATUSES, description: 'Whether the CML controller answers' }) serviceStatus!: string;
  @ApiPropertyOptional({ example: 'https://198.51.100.7', description: 'Where the CML controller answers' }) endpoint?: string;
  @ApiProperty({ enum: ['override', 'tag', 'public-ip', 'private-ip', 'none'] }) endpointSource!: string;
  @ApiPropertyOptional({ example: 'The cml-endpoint tag "ftp://cml" is ignored: it uses ftp: (expected https://host[:port]).', description: 'Why the worker has no endpoint although a cml-endpoint tag is set' })
  endpointProblem?: string;
  @ApiPropertyOptional({ description: 'Endpoint set through the API (wins over the tag and the IP)' }) endpointOverride?: string;
  @ApiPropertyOptional({ example: '198.51.100.7' }) publicIp?: string;
  @ApiPropertyOptional({ example: '10.0.1.7' }) privateIp?: string;
  @ApiPropertyOptional() launchedAt?: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { Name: 'lab-east-1' } }) tags!: Record<string, string>;
  @ApiPropertyOptional({ type: StatusChecksResponse }) statusChecks?: StatusChecksResponse;
  @ApiPropertyOptional({
    type: [VolumeResponse],
    description: 'The EBS volumes attached to the instance (sizes in GiB), sorted by id, as last read: at import, when a launched instance is assigned and by the `volume-inventory` job. A stopped worker still pays for them. Absent: not read yet',
  })
  volumes?: VolumeResponse[];
  @ApiPropertyOptional({ example: '2026-11-25T10:00:00.000Z', description: 'When `volumes` was read (a later read that finds the same volumes changes nothing)' }) volumesReadAt?: string;
  @ApiProperty({ type: CmlResponse }) cml!: CmlResponse;
  @ApiProperty({ type: TelemetryResponse }) telemetry!: TelemetryResponse;
  @ApiProperty() idleDetectionEnabled!: boolean;
  @ApiProperty({ type: IdleStateResponse }) idle!: IdleStateResponse;
  @ApiPropertyOptional({ type: ProvisioningResponse }) provisioning?: ProvisioningResponse;
  @ApiProperty({ type: LifecycleResponse }) lifecycle!: LifecycleResponse;
  @ApiProperty({ description: 'False once unregistered (the record and history stay)' }) managed!: boolean;
  @ApiProperty({ example: 7, description: 'Increments with every change (optimistic concurrency)' }) version!: number;
  @ApiPropertyOptional({ example: 'alice', description: 'Who owns it: a username or `group:<name>`; absent: nobody. Its owner may start and stop it and set overrides' }) owner?: string;
  @ApiPropertyOptional({ type: PowerOverrideResponse, description: '"Keep running / keep stopped until", in force until it expires or is cleared' }) override?: PowerOverrideResponse;
  @ApiPropertyOptional({ type: DesiredPowerResponse, description: 'What the power reconciler last decided the worker should be doing (`decidedAt` says when)' }) desiredPower?: DesiredPowerResponse;
  @ApiPropertyOptional({ type: PowerAttemptsResponse, description: "How the reconciler's starts and stops went" }) powerAttempts?: PowerAttemptsResponse;
  @ApiPropertyOptional({ type: ManualChangeResponse, description: 'The last start or stop a person asked for' }) lastManualChange?: ManualChangeResponse;
  @ApiPropertyOptional({ type: CapacityFallbackResponse, description: 'The last start or launch that looked for EC2 capacity (docs/stop-and-start.md); `next` while it still does' }) capacityFallback?: CapacityFallbackResponse;
  @ApiPropertyOptional({ type: PowerOperationRefResponse, description: 'The last choreographed stop or terminate (docs/stop-and-start.md); `status: running` while it runs' }) powerOperation?: PowerOperationRefResponse;
  @ApiPropertyOptional({
    type: InstanceTypeRestoreResponse,
    description: 'Present while a start that fell back to another instance type for lack of capacity waits to go back to the worker\'s own type when it is next stopped (WORKER_CAPACITY_FALLBACK_RESTORE_TYPE=on-next-stop; docs/stop-and-start.md)',
  })
  instanceTypeRestore?: InstanceTypeRestoreResponse;
  @ApiProperty({ type: [Number], example: [312, 298], description: 'Seconds from a start asked to the CML controller available, the last 10, newest last' }) bootToReadySeconds!: number[];
  @ApiPropertyOptional({ type: StartupResponse, description: 'While a start is under way (asked for, the controller not available yet): when the worker is expected to be ready. Absent otherwise' }) startup?: StartupResponse;
  @ApiProperty({
    type: WorkerActionsResponse,
    description:
      'What the caller may do to the worker now, and why not: decided by the server from the caller\'s role and the worker\'s state (the transition table), so clients need no copy of either. The server still judges each request.',
  })
  actions!: WorkerActionsResponse;
  @ApiPropertyOptional({ type: WorkerCostBriefResponse, description: 'What it costs this month (in a list only with `?include=cost`)' }) cost?: WorkerCostBriefResponse;
}

/**
 * A worker as GET /api/workers lists it: every field of WorkerResponse, with `actions` only when the
 * caller asks for them (`?include=actions`). A page of 25 without them is about 40 % smaller and
 * cheaper to make; the console's table does not show actions, the worker's page reads them from
 * GET /api/workers/{id}.
 */
export class WorkerListItemResponse extends OmitType(WorkerResponse, ['actions'] as const) {
  @ApiPropertyOptional({
    type: WorkerActionsResponse,
    description: "Only with `?include=actions`: what the caller may do to the worker now, and why not (as in GET /api/workers/{id})",
  })
  actions?: WorkerActionsResponse;
}

class FleetSummaryResponse {
  @ApiProperty({ example: 12, description: 'Managed workers, terminated excluded (count)' }) total!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, example: { running: 4, stopped: 8 } }) byStatus!: Record<string, number>;
  @ApiProperty({ example: 4, description: 'Workers EC2 bills by the hour now: pending, running, stopping (count)' }) billable!: number;
}

export class WorkerPageResponse {
  @ApiProperty({ type: [WorkerListItemResponse] }) items!: WorkerListItemResponse[];
  @ApiProperty({ example: 42 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 25 }) pageSize!: number;
  @ApiProperty({ example: 2, description: LAST_PAGE_DESCRIPTION }) lastPage!: number;
  @ApiProperty({ type: FleetSummaryResponse }) summary!: FleetSummaryResponse;
}

export class StateChangeResponse {
  @ApiProperty({ description: 'False when nothing needed doing' }) changed!: boolean;
  @ApiProperty({ example: 'Stopping: the running labs first, then EC2 (operation 0193b2c4-7a00-7000-8000-0000000000aa).' }) message!: string;
  @ApiPropertyOptional({ type: OperationResponse, description: 'The stop or terminate operation that carries it out: its steps and their progress' }) operation?: OperationResponse;
  @ApiProperty({ type: WorkerResponse }) worker!: WorkerResponse;
}

/** One event of the audit timeline; `type` and `data` are published as one variant per event type (@EventEnvelope). */
@EventEnvelope()
export class EventResponse {
  @ApiProperty({ example: '0193b2c4-...' }) id!: string;
  @ApiProperty({ type: String, example: 'worker.status-changed' }) type!: EventType;
  @ApiProperty({ example: 'worker' }) aggregateType!: string;
  @ApiProperty() aggregateId!: string;
  @ApiProperty({ example: 3 }) aggregateVersion!: number;
  @ApiProperty({ example: '2026-11-25T10:00:00.000Z' }) occurredAt!: string;
  @ApiProperty({ type: ActorResponse }) actor!: ActorResponse;
  @ApiProperty({ type: 'object', additionalProperties: true, description: "The event's payload (replaced by one variant per event type)" }) data!: EventMap[EventType];
}

export class EventPageResponse {
  @ApiProperty({ type: [EventResponse] }) items!: EventResponse[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ example: 1, description: LAST_PAGE_DESCRIPTION }) lastPage!: number;
}

export class FoundImageResponse {
  @ApiProperty({ example: 'ami-0123456789abcdef0' }) imageId!: string;
  @ApiProperty({ example: 'cml-2.9.0-lablet' }) name!: string;
  @ApiPropertyOptional() description?: string;
  @ApiPropertyOptional({ example: '2026-10-01T12:00:00.000Z' }) creationDate?: string;
}

export class DiscoveredInstanceResponse {
  @ApiProperty({ example: 'i-0123456789abcdef0' }) instanceId!: string;
  @ApiPropertyOptional({ example: 'lab-7', description: 'The Name tag' }) name?: string;
  @ApiProperty({ example: 'running' }) state!: string;
  @ApiProperty({ example: 'm5zn.metal' }) instanceType!: string;
  @ApiProperty({ example: 'ami-0123456789abcdef0' }) amiId!: string;
  @ApiPropertyOptional() amiName?: string;
  @ApiPropertyOptional() launchTime?: string;
  @ApiPropertyOptional() publicIp?: string;
  @ApiPropertyOptional() privateIp?: string;
  @ApiProperty() managed!: boolean;
  @ApiPropertyOptional() workerId?: string;
  @ApiPropertyOptional() workerName?: string;
  @ApiProperty({ description: 'Whether an import would take it' }) importable!: boolean;
  @ApiPropertyOptional({ example: 'instance is terminated' }) reason?: string;
}

class ImportedInstanceResponse {
  @ApiProperty() instanceId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() state!: string;
  @ApiPropertyOptional({ description: 'Absent in a dry run' }) workerId?: string;
}

class SkippedInstanceResponse {
  @ApiProperty() instanceId!: string;
  @ApiProperty({ example: 'already managed as worker lab-7' }) reason!: string;
  @ApiPropertyOptional() workerId?: string;
}

class FailedInstanceResponse {
  @ApiProperty() instanceId!: string;
  @ApiProperty({ example: 'INTERNAL', description: 'The error code; INTERNAL for an unexpected failure (the log has the cause)' }) code!: string;
  @ApiProperty({ example: 'Cloud Manager could not record this worker (the log has the cause); import it again.' }) message!: string;
}

export class ImportResultResponse {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: [ImportedInstanceResponse], description: 'Imported (or, in a dry run, would be imported)' }) imported!: ImportedInstanceResponse[];
  @ApiProperty({ type: [SkippedInstanceResponse] }) skipped!: SkippedInstanceResponse[];
  @ApiProperty({ type: [FailedInstanceResponse], description: 'With `all`: instances that could not be imported while the others were (empty otherwise)' }) failed!: FailedInstanceResponse[];
  @ApiProperty({ description: 'Instances that matched (count)' }) totalFound!: number;
}

export class ListPriceResponse {
  @ApiProperty({ example: 3.9641, description: 'US dollars per instance hour (always more than 0)' }) usdPerHour!: number;
  @ApiProperty({ enum: ['on-demand'], example: 'on-demand' }) term!: string;
  @ApiProperty({ enum: ['linux'], example: 'linux' }) operatingSystem!: string;
  @ApiProperty({ example: 'https://aws.amazon.com/ec2/pricing/on-demand/', description: 'Where the figure was read' }) source!: string;
  @ApiProperty({ example: '2026-12-02', description: 'When it was read (YYYY-MM-DD)' }) asOf!: string;
}

export class InstanceTypeResponse {
  @ApiProperty({ example: 'm5zn.metal' }) instanceType!: string;
  @ApiPropertyOptional({ example: 48, description: 'Default vCPUs (count)' }) vcpus?: number;
  @ApiPropertyOptional({ example: 196608, description: 'Memory in MiB' }) memoryMiB?: number;
  @ApiProperty({ example: true }) bareMetal!: boolean;
  @ApiProperty({ example: false, description: 'EC2 lists nested-virtualization among the processor features (enabled at launch for such types)' }) nestedVirtualization!: boolean;
  @ApiProperty({ type: [String], example: ['x86_64'] }) architectures!: string[];
  @ApiProperty({
    enum: ['bare-metal', 'nested-virtualization', 'unsuitable'],
    description: 'How CML can run on it: bare metal, nested virtualisation, or not at all (needs allowUnsuitableInstanceType to provision)',
  })
  suitability!: string;
  @ApiProperty({ description: 'False when CML cannot run on it' }) suitable!: boolean;
  @ApiPropertyOptional({ example: 'it is neither bare metal nor supports nested virtualisation, so CML cannot start its nodes' }) unsuitableReason?: string;
  @ApiProperty({ type: ListPriceResponse, nullable: true, description: 'On-demand Linux list price, an estimate; null when unknown (never 0)' }) price!: ListPriceResponse | null;
}

export class InstanceTypeListResponse {
  @ApiProperty({ example: 'us-east-1' }) region!: string;
  @ApiProperty({ example: '2026-12-02T10:00:00.000Z', description: 'When EC2 listed them (kept WORKER_INSTANCE_TYPES_CACHE_MINUTES)' }) listedAt!: string;
  @ApiProperty({ type: [InstanceTypeResponse], description: 'Bare metal first, then nested virtualisation, then the types CML cannot run on; by name within each' })
  items!: InstanceTypeResponse[];
}

export class SubnetOptionResponse {
  @ApiProperty({ example: 'subnet-0abc1234' }) subnetId!: string;
  @ApiProperty({ example: 'vpc-0abc1234' }) vpcId!: string;
  @ApiProperty({ example: 'us-east-1a' }) availabilityZone!: string;
  @ApiProperty({ example: '172.31.0.0/20', description: 'IPv4 CIDR block' }) cidrBlock!: string;
  @ApiPropertyOptional({ example: 'lab-a', description: 'The Name tag' }) name?: string;
  @ApiProperty({ description: 'The default subnet of its zone (in the default VPC)' }) defaultForAz!: boolean;
  @ApiProperty({ example: 4091, description: 'Free IPv4 addresses (count)' }) availableIpAddressCount!: number;
}

export class SecurityGroupOptionResponse {
  @ApiProperty({ example: 'sg-0abc1234' }) groupId!: string;
  @ApiProperty({ example: 'default' }) groupName!: string;
  @ApiPropertyOptional({ example: 'vpc-0abc1234' }) vpcId?: string;
  @ApiPropertyOptional({ example: 'default VPC security group' }) description?: string;
}

export class KeyPairOptionResponse {
  @ApiProperty({ example: 'cml-admins' }) keyName!: string;
  @ApiPropertyOptional({ example: 'ed25519', description: 'rsa or ed25519' }) keyType?: string;
}

const DEFAULT_SOURCES = ['configured', 'default-vpc', 'none'];

export class NetworkDefaultSourcesResponse {
  @ApiProperty({ enum: DEFAULT_SOURCES, description: 'WORKER_SUBNET_ID, else the default VPC\'s first default subnet, else none (EC2 picks)' }) subnet!: string;
  @ApiProperty({ enum: DEFAULT_SOURCES, description: 'WORKER_SECURITY_GROUP_IDS, else the `default` group of the default subnet\'s VPC' }) securityGroups!: string;
  @ApiProperty({ enum: DEFAULT_SOURCES, description: 'WORKER_KEY_NAME, else none' }) keyPair!: string;
}

export class NetworkDefaultsResponse {
  @ApiPropertyOptional({ example: 'subnet-0abc1234' }) subnetId?: string;
  @ApiProperty({ type: [String], example: ['sg-0abc1234'] }) securityGroupIds!: string[];
  @ApiPropertyOptional({ example: 'cml-admins' }) keyName?: string;
  @ApiProperty({ type: NetworkDefaultSourcesResponse, description: 'Where each default comes from' }) sources!: NetworkDefaultSourcesResponse;
}

export class NetworkOptionsResponse {
  @ApiProperty({ example: 'us-east-1' }) region!: string;
  @ApiProperty({ type: [SubnetOptionResponse], description: 'Default VPC first, then by VPC, zone and CIDR' }) subnets!: SubnetOptionResponse[];
  @ApiProperty({ type: [SecurityGroupOptionResponse], description: 'By VPC, then name; a launch takes only groups of its subnet\'s VPC' }) securityGroups!: SecurityGroupOptionResponse[];
  @ApiProperty({ type: [KeyPairOptionResponse], description: 'By name (no key material)' }) keyPairs!: KeyPairOptionResponse[];
  @ApiProperty({ type: NetworkDefaultsResponse, description: 'What a launch uses when the request names none' }) defaults!: NetworkDefaultsResponse;
}

export class LaunchAmiResponse {
  @ApiProperty({ example: 'us-east-1' }) region!: string;
  @ApiProperty({ example: 'ami-0123456789abcdef0' }) amiId!: string;
  @ApiProperty({ example: 'cml-2.9.0-build-3' }) name!: string;
  @ApiPropertyOptional() description?: string;
  @ApiPropertyOptional({ example: '2026-11-01T09:00:00.000Z' }) creationDate?: string;
  @ApiProperty({
    enum: ['ami-id', 'ami-name', 'region-default-id', 'default-name'],
    description: 'What chose it: the amiId or amiName asked for, the region default id (WORKER_DEFAULT_AMI_IDS) or the default name pattern (WORKER_DEFAULT_AMI_NAME)',
  })
  chosenBy!: string;
  @ApiPropertyOptional({ example: 'cml-2.9-*', description: 'The name pattern searched (newest match), when found by name' }) namePattern?: string;
}
