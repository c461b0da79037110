import { errorCatalogue } from '#kernel';
import { ACTION_WORDS, type WorkerAction } from './worker-transitions.rule.js';

/** An instance a bulk import skipped, and why. */
interface SkippedInstance {
  instanceId: string;
  reason: string;
}

const INSTANCE_TYPES_OF = (region: string) => `GET /api/workers/instance-types?region=${region}`;
const NETWORK_OPTIONS_OF = (region: string) => `GET /api/workers/network-options?region=${region}`;

/**
 * Codes of the workers module: workers and their lifecycle (WORKER), importing instances (IMPORT),
 * idle detection (IDLE) and metric history (METRICS). The EC2 and CloudWatch ports have their own
 * catalogue (AWS, application/ports/aws.errors.ts).
 */
export const WorkerErrors = errorCatalogue({
  notFound: {
    code: 'WORKER.NOT_FOUND',
    kind: 'not-found',
    meaning: 'No worker has that id (worker ids are UUIDs).',
    build: (id?: string) =>
      id ? { message: `Worker ${id} does not exist.`, details: { workerId: id } } : 'No worker has that id (worker ids are UUIDs).',
  },
  invalidTransition: {
    code: 'WORKER.INVALID_TRANSITION',
    kind: 'conflict',
    meaning: 'The worker\'s status does not allow the action (the transition table, ADR 0010); `details.status` and `details.operation` say which, and each worker\'s `actions` says so before anyone asks.',
    build: (worker: { name: string; status: string }, action: WorkerAction, reason: string) => ({
      message: `Cannot ${ACTION_WORDS[action]} worker ${worker.name} while it is ${worker.status}: ${reason}`,
      details: { status: worker.status, operation: action },
    }),
  },
  operationInProgress: {
    code: 'WORKER.OPERATION_IN_PROGRESS',
    kind: 'conflict',
    meaning: 'Another long operation (a stop or terminate, a licence change) runs on the worker; the message names it, `details.operationId` is it (GET /api/operations/{id}).',
    build: (name: string, op: { id: string; kind: string; text: string }) => ({
      message: `Worker ${name} is busy with ${op.text}. Wait until it ends, or follow it at /api/operations/${op.id}.`,
      details: { operationId: op.id, operationKind: op.kind },
    }),
  },
  notManaged: {
    code: 'WORKER.NOT_MANAGED',
    kind: 'conflict',
    meaning: 'The worker was unregistered already.',
    build: (name: string) => `Worker ${name} is already unregistered.`,
  },
  instanceAlreadyAssigned: {
    code: 'WORKER.INSTANCE_ALREADY_ASSIGNED',
    kind: 'conflict',
    meaning: 'Provisioning launched an instance for a worker that has one (a fault of ours; the second instance is reported, not kept).',
    build: (name: string, instanceId: string) => `Worker ${name} already has instance ${instanceId}.`,
  },
  noCapacity: {
    code: 'WORKER.NO_CAPACITY',
    kind: 'unavailable',
    meaning: 'EC2 had no capacity for the worker\'s instance type and the capacity fallback (WORKER_CAPACITY_FALLBACK_*) had nothing more to try; the message says what was tried and what to do, the timeline has every try.',
    build: (name: string, summary: string) => ({ message: `Worker ${name} could not be started: ${summary}`, details: { workerName: name } }),
  },
  nameInvalid: {
    code: 'WORKER.NAME_INVALID',
    kind: 'invalid',
    meaning: 'The worker name breaks the naming rule (`GET /api/system/defaults` hands it out).',
    build: (problem: string) => `The worker ${problem}.`,
  },
  regionNotManaged: {
    code: 'WORKER.REGION_NOT_MANAGED',
    kind: 'invalid',
    meaning: 'The region is not one this deployment manages (AWS_REGIONS); `details.managedRegions` lists them.',
    build: (region: string, managedRegions: readonly string[]) => ({
      message: `Region ${region} is not managed here; use one of ${managedRegions.join(', ')} (AWS_REGIONS).`,
      details: { region, managedRegions: [...managedRegions] },
    }),
  },
  instanceTypeNotOffered: {
    code: 'WORKER.INSTANCE_TYPE_NOT_OFFERED',
    kind: 'invalid',
    meaning: 'The region does not offer the instance type; `GET /api/workers/instance-types?region=` lists the ones it does.',
    build: (region: string, instanceType: string, fromDefault: boolean) => ({
      message: `${fromDefault ? `The default instance type ${instanceType} (WORKER_DEFAULT_INSTANCE_TYPE)` : `Instance type ${instanceType}`} is not offered in ${region}. Pick one the region offers: ${INSTANCE_TYPES_OF(region)} lists them (the console's instance type picker shows the same list).`,
      details: { region, instanceType },
    }),
  },
  instanceTypeUnsuitable: {
    code: 'WORKER.INSTANCE_TYPE_UNSUITABLE',
    kind: 'invalid',
    meaning: 'CML cannot run its nodes on the instance type (neither bare metal nor nested virtualisation on x86_64); `allowUnsuitableInstanceType: true` launches it anyway.',
    build: (region: string, instanceType: string, reason: string) => ({
      message: `Instance type ${instanceType} cannot run CML: ${reason}. Pick a bare-metal type (${INSTANCE_TYPES_OF(region)} lists them first), or send allowUnsuitableInstanceType: true to launch it anyway.`,
      details: { region, instanceType, reason },
    }),
  },
  subnetNotFound: {
    code: 'WORKER.SUBNET_NOT_FOUND',
    kind: 'invalid',
    meaning: 'The subnet to launch in (subnetId, or WORKER_SUBNET_ID) does not exist in the region; `GET /api/workers/network-options?region=` lists the ones that do.',
    build: (region: string, subnetId: string) => ({
      message: `Subnet ${subnetId} does not exist in ${region}. Pick one of the region's subnets: ${NETWORK_OPTIONS_OF(region)} lists them (the console's subnet picker shows the same list).`,
      details: { region, subnetId },
    }),
  },
  securityGroupsNotFound: {
    code: 'WORKER.SECURITY_GROUP_NOT_FOUND',
    kind: 'invalid',
    meaning: 'A security group to launch with (securityGroupIds, or WORKER_SECURITY_GROUP_IDS) does not exist in the region.',
    build: (region: string, groupIds: readonly string[]) => ({
      message: `Security group${groupIds.length > 1 ? 's' : ''} ${groupIds.join(', ')} ${groupIds.length > 1 ? 'do' : 'does'} not exist in ${region}. Pick from ${NETWORK_OPTIONS_OF(region)}.`,
      details: { region, groupIds: [...groupIds] },
    }),
  },
  securityGroupsOutsideVpc: {
    code: 'WORKER.SECURITY_GROUP_OUTSIDE_VPC',
    kind: 'invalid',
    meaning: "A security group belongs to another VPC than the subnet's (without a subnet, the default VPC's); EC2 launches only with groups of the instance's own VPC.",
    build: (region: string, vpcId: string, subnetId: string | undefined, groups: readonly { groupId: string; vpcId?: string }[]) => ({
      message: `Security group${groups.length > 1 ? 's' : ''} ${groups.map((g) => `${g.groupId} (${g.vpcId ?? 'no VPC'})`).join(', ')} ${groups.length > 1 ? 'are' : 'is'} not in ${vpcId}, the VPC of ${subnetId ? `subnet ${subnetId}` : 'the default subnet'}. Pick security groups of ${vpcId}, or a subnet of their VPC.`,
      details: { region, vpcId, subnetId, groupIds: groups.map((g) => g.groupId) },
    }),
  },
  keyPairNotFound: {
    code: 'WORKER.KEY_PAIR_NOT_FOUND',
    kind: 'invalid',
    meaning: 'The key pair to launch with (keyName, or WORKER_KEY_NAME) does not exist in the region.',
    build: (region: string, keyName: string) => ({
      message: `Key pair ${keyName} does not exist in ${region}. Pick one of the region's key pairs (${NETWORK_OPTIONS_OF(region)}), or launch without one.`,
      details: { region, keyName },
    }),
  },
  noAmi: {
    code: 'WORKER.NO_AMI',
    kind: 'invalid',
    meaning: 'No AMI was given and none is configured for the region (WORKER_DEFAULT_AMI_IDS, WORKER_DEFAULT_AMI_NAME).',
    build: (region: string) => ({
      message: `No AMI is configured for ${region}; pass amiId or amiName (or set WORKER_DEFAULT_AMI_IDS / WORKER_DEFAULT_AMI_NAME).`,
      details: { region },
    }),
  },
  amiNotFound: {
    code: 'WORKER.AMI_NOT_FOUND',
    kind: 'unprocessable',
    meaning: 'The AMI to launch does not exist in the region (or no AMI of the configured owners matches the name).',
    build: (region: string, ami: { amiId: string } | { amiName: string; owners: readonly string[] }) =>
      'amiId' in ami
        ? { message: `AMI ${ami.amiId} does not exist in ${region}.`, details: { region, amiId: ami.amiId } }
        : { message: `No AMI named like "${ami.amiName}" is visible in ${region} (owners: ${ami.owners.join(', ')}).`, details: { region, amiName: ami.amiName } },
  },
  amiChoiceInvalid: {
    code: 'REQUEST.CRITERIA',
    kind: 'invalid',
    meaning: 'An AMI is chosen by `amiId` or by `amiName`: both were given (or, for an AMI search, neither).',
    build: (problem: 'both' | 'neither') => (problem === 'both' ? 'Give amiId or amiName, not both.' : 'Give exactly one of amiId or amiName.'),
  },
  refreshThrottled: {
    code: 'WORKER.REFRESH_THROTTLED',
    kind: 'rate-limited',
    meaning: 'The worker was refreshed moments ago (one refresh per WORKER_REFRESH_MIN_INTERVAL_SECONDS); retry after `Retry-After`.',
    build: (name: string, retryAfterSeconds: number) => ({
      message: `Worker ${name} was refreshed moments ago; try again in ${retryAfterSeconds} s.`,
      details: { retryAfterSeconds },
    }),
  },
  tagsInvalid: {
    code: 'WORKER.TAGS_INVALID',
    kind: 'invalid',
    meaning: 'The tag edit breaks a tag rule (protected keys, lengths, EC2\'s limit); `details.problems` lists each.',
    build: (problems: string[]) => ({ message: `The tag edit is refused: ${problems.join('; ')}.`, details: { problems } }),
  },
  tagsEmpty: {
    code: 'WORKER.TAGS_EMPTY',
    kind: 'invalid',
    meaning: 'The tag edit sets and removes nothing.',
    build: () => 'Nothing to change: give tags to set or keys to remove.',
  },
  nothingToUpdate: {
    code: 'WORKER.NOTHING_TO_UPDATE',
    kind: 'invalid',
    meaning: 'The worker update names no field to change.',
    build: () => 'Nothing to change: give name, endpoint, idleDetectionEnabled or idleTimeoutMinutes.',
  },
  endpointInvalid: {
    code: 'WORKER.ENDPOINT_INVALID',
    kind: 'invalid',
    meaning: 'The endpoint override is not an http(s) URL without credentials, query or fragment.',
    build: () => 'endpoint must be an http(s) URL without credentials, query or fragment, e.g. https://cml-1.example.com',
  },
  alreadyRegistered: {
    code: 'IMPORT.ALREADY_REGISTERED',
    kind: 'conflict',
    meaning: 'The instance is managed already; `details.workerId` names its worker.',
    build: (region: string, instanceId: string, owner: { id: string; name: string }) => ({
      message: `Instance ${instanceId} in ${region} is already managed as worker ${owner.name} (${owner.id}).`,
      details: { region, instanceId, workerId: owner.id },
    }),
  },
  importSelectionInvalid: {
    code: 'IMPORT.CRITERIA',
    kind: 'invalid',
    meaning: 'The import or discovery names its instances wrongly (at most one of instanceId, amiId and amiName; what `all` and `name` need).',
    build: (problem: string) => problem,
  },
  instanceNotImportable: {
    code: 'IMPORT.INSTANCE_TERMINATED',
    kind: 'conflict',
    meaning: 'The instance is terminated or being terminated, so it cannot become a worker.',
    build: (instanceId: string, state: string) => ({ message: `Instance ${instanceId} is ${state} and cannot be imported.`, details: { instanceId, state } }),
  },
  importInstanceNotFound: {
    code: 'IMPORT.INSTANCE_NOT_FOUND',
    kind: 'not-found',
    meaning: 'EC2 has no instance with that id in the region.',
    build: (region: string, instanceId: string) => ({ message: `Instance ${instanceId} does not exist in ${region}.`, details: { region, instanceId } }),
  },
  noMatchingAmi: {
    code: 'IMPORT.NO_MATCHING_AMI',
    kind: 'not-found',
    meaning: 'No AMI of the configured owners (AWS_AMI_OWNERS) matches the name pattern in the region.',
    build: (region: string, amiName: string, owners: readonly string[]) => ({
      message: `No AMI named like "${amiName}" is visible in ${region} (owners: ${owners.join(', ')}).`,
      details: { region, amiName },
    }),
  },
  noImportableInstance: {
    code: 'IMPORT.NO_IMPORTABLE_INSTANCE',
    kind: 'not-found',
    meaning: 'Instances match, but each is managed already or terminated; `details.skipped` says why for each.',
    build: (region: string, found: number, skipped: SkippedInstance[]) => ({
      message: `${found} instance(s) in ${region} match, but none can be imported (${skipped.map((s) => `${s.instanceId}: ${s.reason}`).join('; ')}).`,
      details: { skipped },
    }),
  },
  snoozeInvalid: {
    code: 'IDLE.SNOOZE_INVALID',
    kind: 'invalid',
    meaning: 'A snooze gives either `minutes` or `until`, and lasts at most 7 days.',
    build: (problem: 'minutes-or-until' | 'too-long') => (problem === 'minutes-or-until' ? 'Give either minutes or until.' : 'A snooze can last at most 7 days.'),
  },
  ownerInvalid: {
    code: 'WORKER.OWNER_INVALID',
    kind: 'invalid',
    meaning: 'The owner is not a username or `group:<name>` (letters, digits and . _ @ + -, at most 128 characters); the message says what to fix.',
    build: (problem: string) => `Cannot set the owner: ${problem}.`,
  },
  overrideInvalid: {
    code: 'WORKER.OVERRIDE_INVALID',
    kind: 'invalid',
    meaning: 'The override\'s kind is not keep-running or keep-stopped, or `until` is not a future time at most 14 days ahead; the message says what to fix.',
    build: (problem: string) => `Cannot set the override: ${problem}.`,
  },
  notOwner: {
    code: 'WORKER.NOT_OWNER',
    kind: 'forbidden',
    meaning: 'Only the worker\'s owner or a manager may do this on it (docs/scheduling.md, "Owners and who may do what"); `details.owner` names the owner.',
    build: (worker: { name: string; owner?: string }, caller: string, what: string) => ({
      message: `${what} worker ${worker.name} needs its owner${worker.owner ? ` (${worker.owner})` : ' (it has none)'} or the manager role; you are ${caller} with neither. Ask a manager, or an admin to make you its owner.`,
      details: { owner: worker.owner ?? null },
    }),
  },
  snoozeInPast: {
    code: 'IDLE.SNOOZE_IN_PAST',
    kind: 'invalid',
    meaning: 'The snooze would end before now.',
    build: () => 'The snooze must end in the future.',
  },
  metricsRangeInvalid: {
    code: 'METRICS.RANGE_INVALID',
    kind: 'invalid',
    meaning: 'The metric range must start before it ends and span at most 400 days.',
    build: (problem: 'order' | 'too-long') => (problem === 'order' ? '`from` must be before `to`.' : 'The range can span at most 400 days.'),
  },
});
