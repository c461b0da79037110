import { ApiProperty } from '@nestjs/swagger';
import { Allow, IsInt, IsObject, Min } from 'class-validator';
import { SETTING_VALUE_SCHEMA } from './settings-response.dto.js';

/** The settings to change (any of them); each is checked by the settings module, which names every problem. */
export class SettingsChangeBodyDto {
  @ApiProperty({ example: 3, description: 'The version read (GET /api/settings); a change made on an older one is refused with 409 SETTINGS.VERSION_CONFLICT' })
  @IsInt({ message: 'version must be the whole number GET /api/settings answered, e.g. 3' })
  @Min(0, { message: 'version must be 0 or more' })
  version!: number;

  @ApiProperty({
    type: 'object',
    additionalProperties: SETTING_VALUE_SCHEMA,
    example: { idleTimeoutMinutes: 30, metricsIntervalSeconds: 120, subnetId: null },
    description: 'Setting name -> new value (GET /api/settings names them and their kinds); null goes back to the environment\'s value. Settings not named are left as they are.',
  })
  @IsObject({ message: 'values must be an object of setting name -> value, e.g. {"idleTimeoutMinutes": 30}' })
  @Allow()
  values!: Record<string, unknown>;
}
