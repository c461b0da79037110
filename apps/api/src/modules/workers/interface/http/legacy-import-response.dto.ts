import { ApiProperty } from '@nestjs/swagger';

/** The single-import answer of the earlier product (its CMLWorkerInstanceDto), snake_case as it was. */
export class LegacyWorkerInstanceResponse {
  @ApiProperty({ example: '0193b2c4-...', description: 'The worker id' }) id!: string;
  @ApiProperty({ example: 'i-0123456789abcdef0' }) aws_instance_id!: string;
  @ApiProperty({ example: 'us-east-1' }) aws_region!: string;
  @ApiProperty({ example: 'lab-east-1' }) instance_name!: string;
  @ApiProperty({ example: 'ami-0123456789abcdef0' }) ami_id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'cml-2.9.0-lablet' }) ami_name!: string | null;
  @ApiProperty({ example: 'm5zn.metal' }) instance_type!: string;
  @ApiProperty({ example: 'running', description: "The worker's status" }) instance_state!: string;
  @ApiProperty({ type: [String], example: [], description: 'Always empty (kept for the earlier shape)' }) security_group_ids!: string[];
  @ApiProperty({ example: '', description: 'Always empty (kept for the earlier shape)' }) subnet_id!: string;
  @ApiProperty({ type: String, nullable: true, example: '198.51.100.7' }) public_ip!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '10.0.1.7' }) private_ip!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { Name: 'lab-east-1' } }) tags!: Record<string, string>;
}

class LegacySkippedInstanceResponse {
  @ApiProperty({ example: 'i-0123456789abcdef0' }) instance_id!: string;
  @ApiProperty({ example: 'already managed as worker lab-7' }) reason!: string;
}

/** The import_all answer of the earlier product. */
export class LegacyImportResultResponse {
  @ApiProperty({ type: [LegacyWorkerInstanceResponse] }) imported!: LegacyWorkerInstanceResponse[];
  @ApiProperty({ type: [LegacySkippedInstanceResponse] }) skipped!: LegacySkippedInstanceResponse[];
  @ApiProperty({ example: 3, description: 'Instances that matched (count)' }) total_found!: number;
  @ApiProperty({ example: 2, description: 'Imported (count)' }) total_imported!: number;
  @ApiProperty({ example: 1, description: 'Skipped, including instances that could not be imported (count)' }) total_skipped!: number;
}
