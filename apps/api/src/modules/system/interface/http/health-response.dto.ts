import { ApiProperty } from '@nestjs/swagger';

export class LivenessResponse {
  @ApiProperty({ enum: ['ok'], example: 'ok' }) status!: string;
}

export class ComponentHealthResponse {
  @ApiProperty({ enum: ['up', 'down'], example: 'up' }) status!: string;
}

export class ReadinessResponse {
  @ApiProperty({ enum: ['ok'], example: 'ok', description: 'Not ready is a 503 problem (`details.components` names the components)' }) status!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: '#/components/schemas/ComponentHealthResponse' },
    example: { mongodb: { status: 'up' }, redis: { status: 'up' } },
    description: 'Each dependency checked: `mongodb`, and `redis` when REDIS_URL is set',
  })
  details!: Record<string, ComponentHealthResponse>;
}
