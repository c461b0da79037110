import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { WORKER_NAME_LENGTH_MESSAGE, WORKER_NAME_PATTERN_MESSAGE, WORKER_NAME_RULE } from '../../domain/worker-name.rule.js';
import { TIMELINE_VIEWS, type TimelineView } from '../../domain/audit-view.rule.js';
import { WORKER_STATUSES } from '../../domain/worker-status.value-object.js';
import { PageParam, PageSizeParam } from '../../../../platform/http/paging.js';
import { OVERRIDE_KINDS, OVERRIDE_MAX_DAYS } from '../../domain/power-override.rule.js';
import type { PowerOverrideKind } from '#kernel';

export const AWS_REGION_PATTERN = /^[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d$/;
export const INSTANCE_ID_PATTERN = /^i-[0-9a-f]{8}([0-9a-f]{9})?$/;
export const AMI_ID_PATTERN = /^ami-[0-9a-f]{8}([0-9a-f]{9})?$/;
/** family.size: `m5zn.metal`, `m7i.metal-24xl`, `u-6tb1.112xlarge`. */
export const INSTANCE_TYPE_PATTERN = /^[a-z0-9-]+\.[a-z0-9-]+$/;

const toBool = ({ value }: { value: unknown }) => (value === 'true' || value === '1' ? true : value === 'false' || value === '0' ? false : value);
/** Names are checked and kept trimmed, as the console checks them. */
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()).filter(Boolean) : value);

const REGION_MESSAGE = 'region must be an AWS region such as us-east-1';
const INSTANCE_MESSAGE = 'instanceId must be an EC2 instance id such as i-0123456789abcdef0';
const AMI_MESSAGE = 'amiId must be an AMI id such as ami-0123456789abcdef0';

export const SORTABLE = ['name', 'status', 'region', 'instanceType', 'createdAt', 'updatedAt', 'cpu', 'memory', 'disk', 'runningNodes'] as const;

/** What a worker list item may carry beyond its fields, on request (`?include=`). */
export const LIST_INCLUDES = ['actions', 'cost'] as const;
export type ListInclude = (typeof LIST_INCLUDES)[number];

export class ListWorkersQueryDto {
  @ApiPropertyOptional({ example: 'us-east-1' })
  @IsOptional()
  @Matches(AWS_REGION_PATTERN, { message: REGION_MESSAGE })
  region?: string;

  @ApiPropertyOptional({ description: 'One or more statuses, comma-separated', example: 'running,stopped', type: String })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(WORKER_STATUSES, { each: true, message: `status must be one of ${WORKER_STATUSES.join(', ')}` })
  status?: string[];

  @ApiPropertyOptional({ description: 'Search in name, instance id and IP addresses', example: 'lab' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ description: 'Also list terminated workers (admin only)', default: false })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'includeTerminated must be true or false' })
  includeTerminated?: boolean;

  @ApiPropertyOptional({ description: 'Also list unregistered workers (admin only)', default: false })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'includeUnregistered must be true or false' })
  includeUnregistered?: boolean;

  @PageParam(25)
  page?: number;

  @PageSizeParam(25, 500)
  pageSize?: number;

  @ApiPropertyOptional({ description: `Field to sort by, prefixed with - for descending: ${SORTABLE.join(', ')}`, example: '-createdAt', default: 'name' })
  @IsOptional()
  @IsIn([...SORTABLE, ...SORTABLE.map((s) => `-${s}`)], { message: `sort must be one of ${SORTABLE.join(', ')} (prefix - for descending)` })
  sort?: string;

  @ApiPropertyOptional({
    description:
      'What each listed worker carries beyond its fields, comma-separated: `actions` (what the caller may do to it now, and why not; as GET /api/workers/{id} answers it), `cost` (what it costs this month). Left out by default: `actions` makes a page about 40 % smaller, `cost` reads the cost ledger.',
    example: 'actions,cost',
    type: String,
  })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(LIST_INCLUDES, { each: true, message: `include must be one or more of ${LIST_INCLUDES.join(', ')}, comma-separated` })
  include?: ListInclude[];
}

/** The workers list's filter and sort for its CSV: every matching worker, no pages. */
export class WorkersCsvQueryDto extends OmitType(ListWorkersQueryDto, ['page', 'pageSize', 'include'] as const) {}

export class PageQueryDto {
  @PageParam(50)
  page?: number;

  @PageSizeParam(50, 200)
  pageSize?: number;
}

export class TimelineQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: TIMELINE_VIEWS, default: 'all', description: '`people`: what people and policies did, without the changes the product observed on its own (telemetry, CML and EC2 facts, status checks, endpoint and service status)' })
  @IsOptional()
  @IsIn([...TIMELINE_VIEWS], { message: `view must be one of ${TIMELINE_VIEWS.join(', ')}` })
  view?: TimelineView;
}

export class ProvisionWorkerDto {
  @ApiProperty({
    example: 'lab-east-1',
    minLength: WORKER_NAME_RULE.minLength,
    maxLength: WORKER_NAME_RULE.maxLength,
    pattern: WORKER_NAME_RULE.pattern.source,
    description: `Trimmed, then ${WORKER_NAME_RULE.minLength} to ${WORKER_NAME_RULE.maxLength} characters: ${WORKER_NAME_RULE.allowedCharacters} (GET /api/system/defaults: provisioning.workerName)`,
  })
  @Transform(trimmed)
  @IsString()
  @Length(WORKER_NAME_RULE.minLength, WORKER_NAME_RULE.maxLength, { message: WORKER_NAME_LENGTH_MESSAGE })
  @Matches(WORKER_NAME_RULE.pattern, { message: WORKER_NAME_PATTERN_MESSAGE })
  name!: string;

  @ApiProperty({ example: 'us-east-1' })
  @Matches(AWS_REGION_PATTERN, { message: REGION_MESSAGE })
  region!: string;

  @ApiPropertyOptional({
    example: 'm5zn.metal',
    maxLength: 64,
    description: 'Default: WORKER_DEFAULT_INSTANCE_TYPE. Must be offered in the region (GET /api/workers/instance-types); a type that cannot run CML needs allowUnsuitableInstanceType.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64, { message: 'instanceType must be at most 64 characters' })
  @Matches(INSTANCE_TYPE_PATTERN, { message: 'instanceType must be an EC2 instance type such as m5zn.metal' })
  instanceType?: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Launch an instance type that cannot run CML (neither bare metal nor nested virtualisation, or not x86_64) anyway; without it such a type is a 400 WORKER.INSTANCE_TYPE_UNSUITABLE.',
  })
  @IsOptional()
  @IsBoolean({ message: 'allowUnsuitableInstanceType must be true or false' })
  allowUnsuitableInstanceType?: boolean;

  @ApiPropertyOptional({ example: 'ami-0123456789abcdef0', description: 'AMI to launch. Give amiId or amiName, or neither for the region default.' })
  @IsOptional()
  @Matches(AMI_ID_PATTERN, { message: AMI_MESSAGE })
  amiId?: string;

  @ApiPropertyOptional({ example: 'cml-2.9-*', description: 'AMI name pattern; the newest match is launched' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  amiName?: string;

  @ApiPropertyOptional({ example: 'subnet-0abc1234' })
  @IsOptional()
  @Matches(/^subnet-[0-9a-f]+$/, { message: 'subnetId must be a subnet id such as subnet-0abc1234' })
  subnetId?: string;

  @ApiPropertyOptional({ example: ['sg-0abc1234'], type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5)
  @Matches(/^sg-[0-9a-f]+$/, { each: true, message: 'securityGroupIds must be security group ids such as sg-0abc1234' })
  securityGroupIds?: string[];

  @ApiPropertyOptional({ example: 'cml-admins' })
  @IsOptional()
  @IsString()
  @Length(1, 255)
  keyName?: string;
}

export class DiscoveryQueryDto {
  @ApiProperty({ example: 'us-east-1' })
  @Matches(AWS_REGION_PATTERN, { message: REGION_MESSAGE })
  region!: string;

  @ApiPropertyOptional({ example: 'i-0123456789abcdef0' })
  @IsOptional()
  @Matches(INSTANCE_ID_PATTERN, { message: INSTANCE_MESSAGE })
  instanceId?: string;

  @ApiPropertyOptional({ example: 'ami-0123456789abcdef0' })
  @IsOptional()
  @Matches(AMI_ID_PATTERN, { message: AMI_MESSAGE })
  amiId?: string;

  @ApiPropertyOptional({ example: 'cml-2.9-*', description: 'AMI name pattern (wildcards allowed), searched among the configured AMI owners' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  amiName?: string;
}

export class InstanceTypesQueryDto {
  @ApiProperty({ example: 'us-east-1' })
  @Matches(AWS_REGION_PATTERN, { message: REGION_MESSAGE })
  region!: string;
}

export class LaunchAmiQueryDto {
  @ApiProperty({ example: 'us-east-1' })
  @Matches(AWS_REGION_PATTERN, { message: REGION_MESSAGE })
  region!: string;

  @ApiPropertyOptional({ example: 'ami-0123456789abcdef0', description: 'The AMI a launch would name; give amiId or amiName, or neither for the region default.' })
  @IsOptional()
  @Matches(AMI_ID_PATTERN, { message: AMI_MESSAGE })
  amiId?: string;

  @ApiPropertyOptional({ example: 'cml-2.9-*', description: 'AMI name pattern; the newest match is what a launch would use' })
  @IsOptional()
  @IsString()
  @Length(1, 128, { message: 'amiName must be 1 to 128 characters' })
  amiName?: string;
}

export class ImageQueryDto {
  @ApiProperty({ example: 'us-east-1' })
  @Matches(AWS_REGION_PATTERN, { message: REGION_MESSAGE })
  region!: string;

  @ApiPropertyOptional({ example: 'ami-0123456789abcdef0' })
  @IsOptional()
  @Matches(AMI_ID_PATTERN, { message: AMI_MESSAGE })
  amiId?: string;

  @ApiPropertyOptional({ example: 'cml-2.9-*', description: 'AMI name pattern (wildcards allowed), searched among the configured AMI owners' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  amiName?: string;
}

export class ImportWorkersDto extends DiscoveryQueryDto {
  @ApiPropertyOptional({ example: 'lab-7', description: 'Name of the worker (single import only). Default: the Name tag, else worker-<instance id>' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(WORKER_NAME_RULE.minLength, WORKER_NAME_RULE.maxLength, { message: WORKER_NAME_LENGTH_MESSAGE })
  @Matches(WORKER_NAME_RULE.pattern, { message: WORKER_NAME_PATTERN_MESSAGE })
  name?: string;

  @ApiPropertyOptional({ default: false, description: 'Import every matching instance (by AMI id or name)' })
  @IsOptional()
  @IsBoolean({ message: 'all must be true or false' })
  all?: boolean;

  @ApiPropertyOptional({ default: false, description: 'Only report what would be imported and skipped; write nothing' })
  @IsOptional()
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;
}

export class LegacyImportDto {
  @ApiPropertyOptional({ example: 'i-0123456789abcdef0' })
  @IsOptional()
  @Matches(INSTANCE_ID_PATTERN, { message: 'aws_instance_id must be an EC2 instance id such as i-0123456789abcdef0' })
  aws_instance_id?: string;

  @ApiPropertyOptional({ example: 'ami-0123456789abcdef0' })
  @IsOptional()
  @Matches(AMI_ID_PATTERN, { message: 'ami_id must be an AMI id such as ami-0123456789abcdef0' })
  ami_id?: string;

  @ApiPropertyOptional({ example: 'cml-2.9-*' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  ami_name?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 64)
  name?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean({ message: 'import_all must be true or false' })
  import_all?: boolean;
}

export class UpdateTagsDto {
  @ApiPropertyOptional({ example: { team: 'blue' }, description: 'Tags to add or change', type: 'object', additionalProperties: { type: 'string' } })
  @IsOptional()
  @IsObject({ message: 'set must be an object of tag keys to string values' })
  set?: Record<string, string>;

  @ApiPropertyOptional({ example: ['old-tag'], description: 'Tag keys to delete', type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  remove?: string[];
}

/** Absent is fine, null is not: IsOptional would let null through to a field that cannot hold it. */
const whenPresent = ValidateIf((_o, v) => v !== undefined);

export class UpdateWorkerDto {
  @ApiPropertyOptional({ example: 'lab-east-1' })
  @whenPresent
  @Transform(trimmed)
  @IsString()
  @Length(WORKER_NAME_RULE.minLength, WORKER_NAME_RULE.maxLength, { message: WORKER_NAME_LENGTH_MESSAGE })
  @Matches(WORKER_NAME_RULE.pattern, { message: WORKER_NAME_PATTERN_MESSAGE })
  name?: string;

  @ApiPropertyOptional({ example: 'https://cml-1.example.com', nullable: true, description: 'CML endpoint override; null clears it' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(2048)
  endpoint?: string | null;

  @ApiPropertyOptional({ example: true })
  @whenPresent
  @IsBoolean({ message: 'idleDetectionEnabled must be true or false' })
  idleDetectionEnabled?: boolean;

  @ApiPropertyOptional({ example: 120, nullable: true, description: 'Idle timeout of this worker in minutes (overrides IDLE_TIMEOUT_MINUTES); null returns to the fleet default' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt({ message: 'idleTimeoutMinutes must be a whole number of minutes' })
  @Min(5, { message: 'idleTimeoutMinutes must be between 5 and 10080' })
  @Max(10080, { message: 'idleTimeoutMinutes must be between 5 and 10080' })
  idleTimeoutMinutes?: number | null;
}

export class UnregisterQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Also terminate the EC2 instance' })
  @IsOptional()
  @Transform(toBool)
  @IsBoolean({ message: 'terminateInstance must be true or false' })
  terminateInstance?: boolean;
}

export class TerminateWorkerDto {
  @ApiPropertyOptional({
    default: false,
    description: 'Do not wait for an unreachable controller to stop labs, export topologies and release the licence (the licence may then stay held). Sent while a terminate waits, it makes that one go on.',
  })
  @IsOptional()
  @IsBoolean({ message: 'force must be true or false' })
  force?: boolean;
}

export class RegisterLicenseDto {
  @ApiProperty({ description: 'Cisco Smart Licensing registration token. Sent to the controller only; never stored, logged or returned.', writeOnly: true })
  @IsString({ message: 'token must be a string' })
  @Length(10, 4096, { message: 'token must be 10 to 4096 characters (a Smart Licensing registration token)' })
  token!: string;

  @ApiPropertyOptional({ default: false, description: 'Register again even if already registered' })
  @IsOptional()
  @IsBoolean({ message: 'reregister must be true or false' })
  reregister?: boolean;
}

export class SetOwnerDto {
  @ApiProperty({ example: 'alice', description: 'A username, or `group:<name>` for a group of the identity provider; an empty string clears the owner' })
  @IsString({ message: 'owner must be a string: a username, group:<name>, or "" to clear it' })
  @MaxLength(128, { message: 'owner must be at most 128 characters' })
  owner!: string;
}

export class SetOverrideDto {
  @ApiProperty({ enum: OVERRIDE_KINDS, description: '`keep-running`: running until `until` whatever its schedules (no idle stop either); `keep-stopped`: stopped until then' })
  @IsIn(OVERRIDE_KINDS as PowerOverrideKind[], { message: `kind must be one of ${OVERRIDE_KINDS.join(', ')}` })
  kind!: PowerOverrideKind;

  @ApiProperty({ example: '2026-11-25T22:00:00Z', description: `When it ends by itself (ISO 8601, in the future, at most ${OVERRIDE_MAX_DAYS} days ahead)` })
  @IsISO8601({ strict: true }, { message: 'until must be an ISO 8601 time such as 2026-11-25T22:00:00Z' })
  until!: string;
}
