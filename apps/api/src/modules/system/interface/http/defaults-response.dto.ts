import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

class WorkerNameRuleResponse {
  @ApiProperty({ example: 1, description: 'Fewest characters, after trimming' }) minLength!: number;
  @ApiProperty({ example: 64, description: 'Most characters, after trimming' }) maxLength!: number;
  @ApiProperty({ example: '^[\\w .:@()/+-]+$', description: 'JavaScript regular expression (source, no flags) the trimmed name must match' }) pattern!: string;
  @ApiProperty({ example: 'letters, digits, spaces and . : @ ( ) / + - _', description: 'The pattern in words' }) allowedCharacters!: string;
}

class ProvisioningDefaultsResponse {
  @ApiProperty({ example: 'm5zn.metal', description: 'WORKER_DEFAULT_INSTANCE_TYPE' }) instanceType!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: { 'us-east-1': 'ami-0123456789abcdef0' },
    description: 'Default AMI id per managed region (WORKER_DEFAULT_AMI_IDS); regions without one use amiName',
  })
  amiIds!: Record<string, string>;
  @ApiPropertyOptional({ example: 'cml-2.9-*', description: 'Default AMI name pattern (WORKER_DEFAULT_AMI_NAME)' }) amiName?: string;
  @ApiProperty({ type: WorkerNameRuleResponse, description: 'What POST /api/workers accepts as a name' }) workerName!: WorkerNameRuleResponse;
}

class IdleDefaultsResponse {
  @ApiProperty({ description: 'IDLE_DETECTION_ENABLED' }) enabled!: boolean;
  @ApiProperty({ example: 60, description: 'Minutes without activity before a worker is idle' }) timeoutMinutes!: number;
  @ApiProperty({ example: 10, description: 'Minutes between the idle warning and the planned stop' }) warningLeadMinutes!: number;
  @ApiProperty({ example: 60, description: 'Minutes after a manual start during which a worker is never stopped for idleness' }) startGraceMinutes!: number;
  @ApiProperty({ example: 60, description: 'Seconds between idle evaluations' }) checkIntervalSeconds!: number;
}

class LabDefaultsResponse {
  @ApiProperty({ example: 5242880, description: 'The largest topology upload taken, bytes (LAB_UPLOAD_MAX_BYTES)' }) uploadMaxBytes!: number;
}

export class ConsoleDefaultsResponse {
  @ApiProperty({ type: [String], example: ['us-east-1', 'us-west-2'], description: 'Regions this deployment manages (AWS_REGIONS)' }) regions!: string[];
  @ApiProperty({ example: 'us-east-1' }) defaultRegion!: string;
  @ApiProperty({ type: ProvisioningDefaultsResponse }) provisioning!: ProvisioningDefaultsResponse;
  @ApiProperty({ type: IdleDefaultsResponse }) idle!: IdleDefaultsResponse;
  @ApiProperty({ type: LabDefaultsResponse }) labs!: LabDefaultsResponse;
}
