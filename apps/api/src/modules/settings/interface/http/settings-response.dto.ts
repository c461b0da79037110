import { ApiProperty, ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';

/** Any value a setting takes (its `kind` says which). */
export const SETTING_VALUE_ONE_OF: SchemaObject[] = [{ type: 'boolean' }, { type: 'integer' }, { type: 'string' }, { type: 'array', items: { type: 'string' } }, { type: 'object', additionalProperties: { type: 'string' } }];
export const SETTING_VALUE_SCHEMA: SchemaObject = { nullable: true, oneOf: SETTING_VALUE_ONE_OF };

export class SettingResponse {
  @ApiProperty({ example: 'idleTimeoutMinutes', description: 'The name to change it by (PATCH /api/settings)' }) name!: string;
  @ApiProperty({ enum: ['idle', 'collection', 'provisioning', 'policies'] }) section!: string;
  @ApiProperty({ example: 'Idle timeout' }) label!: string;
  @ApiProperty({ description: 'What it does (the environment variable\'s description)' }) description!: string;
  @ApiProperty({ example: 'IDLE_TIMEOUT_MINUTES', description: 'The environment variable that gives its default' }) variable!: string;
  @ApiProperty({ enum: ['boolean', 'integer', 'string', 'string-list', 'region-map'], description: 'How the value is written: true/false, a whole number, a text, a list of texts, or an object of region -> id' }) kind!: string;
  @ApiPropertyOptional({ enum: ['seconds', 'minutes', 'hours'] }) unit?: string;
  @ApiPropertyOptional({ description: 'Smallest value (integers)', example: 1 }) min?: number;
  @ApiPropertyOptional({ description: 'Largest value (integers)', example: 10080 }) max?: number;
  @ApiPropertyOptional({ description: 'The job whose interval it is (GET /api/jobs)', example: 'idle-detection' }) job?: string;
  @ApiProperty({ nullable: true, oneOf: SETTING_VALUE_ONE_OF, description: 'The value in force (null: none)', example: 30 }) value!: unknown;
  @ApiProperty({ enum: ['setting', 'environment'], description: 'setting: an admin set it; environment: the environment variable (or its default) is in force' }) source!: string;
  @ApiProperty({ nullable: true, oneOf: SETTING_VALUE_ONE_OF, description: 'The environment\'s value: what a reset (null) goes back to', example: 60 }) environmentValue!: unknown;
  @ApiPropertyOptional({ description: 'Who changed it last (set or reset)', example: 'ada' }) changedBy?: string;
  @ApiPropertyOptional({ format: 'date-time', example: '2026-12-03T10:00:00.000Z' }) changedAt?: string;
}

export class SettingsResponse {
  @ApiProperty({ example: 3, description: 'The settings\' version: send it with a change, which is refused (409) when someone changed them since' }) version!: number;
  @ApiProperty({ type: [SettingResponse] }) settings!: SettingResponse[];
}

export class SettingsChangeResponse extends SettingsResponse {
  @ApiProperty({ example: 2, description: 'Settings whose value or source changed (0: nothing to change; the version stays)' }) changed!: number;
}
