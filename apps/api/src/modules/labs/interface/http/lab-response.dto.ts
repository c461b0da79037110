import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LAST_PAGE_DESCRIPTION } from '../../../../platform/http/paging.js';

const STATE_DOC = 'CML lab state: DEFINED_ON_CORE, STOPPED, STARTED (QUEUED on newer controllers)';

class LabActorResponse {
  @ApiProperty({ enum: ['user', 'service', 'system'] }) kind!: string;
  @ApiProperty({ example: 'f3c1...' }) id!: string;
  @ApiProperty({ example: 'admin' }) name!: string;
}

export class StateHistoryEntryResponse {
  @ApiProperty({ example: '2026-11-25T10:00:00.000Z' }) at!: string;
  @ApiPropertyOptional({ example: 'STOPPED', description: 'Absent for the state the lab was first seen in' }) from?: string;
  @ApiProperty({ example: 'STARTED' }) to!: string;
  @ApiProperty({ enum: ['sync', 'user'], description: 'sync: a sync found the change; user: an action through Cloud Manager' }) trigger!: string;
  @ApiProperty({ type: LabActorResponse }) by!: LabActorResponse;
}

/** A lab record as lists show it (no state history). */
export class LabSummaryResponse {
  @ApiProperty({ example: '5f0c2d8e-1a2b-8c3d-9e4f-0123456789ab', description: "The record's id, derived from workerId and labId" }) id!: string;
  @ApiProperty({ example: '0193b2c4-...' }) workerId!: string;
  @ApiPropertyOptional({ example: 'lab-east-1', description: "The worker's name (absent if the worker record is gone)" }) workerName?: string;
  @ApiPropertyOptional({ example: 'stopped', description: "The worker's status in lists: a lab of a worker that is not running is as last seen (`lastSyncedAt`)" }) workerStatus?: string;
  @ApiProperty({ example: '3f1c9a52-7b1e-4c55-9d0a-2b6f4a1e8c11', description: 'The lab id on the CML controller' }) labId!: string;
  @ApiProperty({ example: 'OSPF area 0' }) title!: string;
  @ApiProperty({ example: 'CCNP study lab' }) description!: string;
  @ApiProperty({ example: '' }) notes!: string;
  @ApiProperty({ example: 'STARTED', description: STATE_DOC }) state!: string;
  @ApiPropertyOptional({ example: 'admin' }) ownerUsername?: string;
  @ApiPropertyOptional({ example: 'Administrator' }) ownerFullname?: string;
  @ApiPropertyOptional({ example: 6, description: 'Nodes (count)' }) nodeCount?: number;
  @ApiPropertyOptional({ example: 5, description: 'Links (count)' }) linkCount?: number;
  @ApiPropertyOptional({ example: '2026-11-20T08:00:00.000Z', description: 'Created on the controller (its clock)' }) createdAt?: string;
  @ApiPropertyOptional({ example: '2026-11-25T09:58:00.000Z', description: 'Last modified on the controller (its clock)' }) modifiedAt?: string;
  @ApiProperty({ enum: ['present', 'removed', 'deleted'], description: 'present: on the controller; removed: it disappeared from the controller; deleted: deleted through Cloud Manager' })
  presence!: string;
  @ApiProperty({ description: 'When Cloud Manager first saw the lab' }) firstSeenAt!: string;
  @ApiProperty({ description: 'When the controller was last read for this lab' }) lastSyncedAt!: string;
  @ApiProperty({ description: 'When the record last changed (an event)' }) updatedAt!: string;
  @ApiPropertyOptional({ description: 'Uploaded through Cloud Manager at' }) importedAt?: string;
  @ApiPropertyOptional({ type: LabActorResponse }) importedBy?: LabActorResponse;
  @ApiPropertyOptional({ description: 'Found gone from the controller at' }) removedAt?: string;
  @ApiPropertyOptional() deletedAt?: string;
  @ApiPropertyOptional({ type: LabActorResponse }) deletedBy?: LabActorResponse;
  @ApiProperty({ example: 4, description: 'Increments with every change (optimistic concurrency)' }) version!: number;
}

/** One lab record with its state history. */
export class LabResponse extends LabSummaryResponse {
  @ApiProperty({ type: [StateHistoryEntryResponse], description: 'State changes, oldest first, capped at LAB_STATE_HISTORY_LIMIT (the event log keeps all)' })
  stateHistory!: StateHistoryEntryResponse[];
}

export class LabPageResponse {
  @ApiProperty({ type: [LabSummaryResponse] }) items!: LabSummaryResponse[];
  @ApiProperty({ example: 42 }) total!: number;
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 25 }) pageSize!: number;
  @ApiProperty({ example: 2, description: LAST_PAGE_DESCRIPTION }) lastPage!: number;
}

export class LabSyncResponse {
  @ApiProperty() workerId!: string;
  @ApiProperty({ example: 1, description: 'Records created: labs seen for the first time, or again after they had disappeared' }) created!: number;
  @ApiProperty({ example: 2, description: 'Records whose facts or state changed' }) updated!: number;
  @ApiProperty({ example: 0, description: 'Records of labs that disappeared from the controller' }) removed!: number;
  @ApiProperty({ example: 7, description: 'Records that were already right' }) unchanged!: number;
  @ApiProperty({ example: '2026-11-25T10:00:00.000Z' }) syncedAt!: string;
}

export class NodeDefinitionResponse {
  @ApiProperty({ example: 'iosv' }) id!: string;
  @ApiProperty({ example: 'IOSv' }) label!: string;
  @ApiPropertyOptional({ example: 'Cisco IOSv router' }) description?: string;
  @ApiPropertyOptional({ example: 'router', description: 'router, switch, server, host, cloud, firewall, external_connector' }) nature?: string;
  @ApiPropertyOptional({ example: 512, description: 'Default RAM of one node, MiB (absent for nodes that are not VMs)' }) ramMb?: number;
  @ApiPropertyOptional({ example: 1, description: 'Default vCPUs of one node' }) cpus?: number;
  @ApiProperty({ type: [String], example: ['GigabitEthernet0/0', 'GigabitEthernet0/1'], description: 'Physical interfaces, in slot order' }) interfaces!: string[];
  @ApiProperty({ type: [String], example: ['iosv-159-3-m8'], description: 'Ids of the image definitions installed for it' }) imageDefinitions!: string[];
}

export class ImageDefinitionResponse {
  @ApiProperty({ example: 'iosv-159-3-m8' }) id!: string;
  @ApiProperty({ example: 'iosv' }) nodeDefinitionId!: string;
  @ApiPropertyOptional({ example: 'IOSv 15.9(3)M8' }) label?: string;
  @ApiPropertyOptional({ example: 'vios-adventerprisek9-m.spa.159-3.m8.qcow2' }) diskImage?: string;
  @ApiPropertyOptional({ description: 'Shipped with CML (cannot be removed)' }) readOnly?: boolean;
}

export class ComputeHostResponse {
  @ApiProperty({ example: '90f84e38-a71c-4d57-8d90-00fa8a197385' }) id!: string;
  @ApiProperty({ example: 'cml-controller' }) hostname!: string;
  @ApiPropertyOptional({ example: '192.168.255.1', description: "Its address on the cluster's internal network" }) serverAddress?: string;
  @ApiPropertyOptional({ description: 'Runs virtual machine nodes' }) isSimulator?: boolean;
  @ApiPropertyOptional({ description: 'Runs external connectors and unmanaged switches (the controller\'s own host)' }) isConnector?: boolean;
  @ApiPropertyOptional({ example: 'READY', description: 'UNREGISTERED, REGISTERED, ONLINE or READY (only READY hosts take nodes)' }) admissionState?: string;
  @ApiPropertyOptional({ description: 'Talks with the controller' }) connected?: boolean;
  @ApiPropertyOptional({ description: "Its state is in step with the controller's" }) synced?: boolean;
  @ApiPropertyOptional({ example: 6, description: 'Nodes deployed on it (count)' }) totalNodes?: number;
  @ApiPropertyOptional({ example: 4, description: 'Nodes running on it (count)' }) runningNodes?: number;
}
