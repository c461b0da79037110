import { ApiProperty } from '@nestjs/swagger';

export class StreamEventResponse {
  @ApiProperty({ example: '0193b2c4-5d6e-7000-8000-00000000abcd', description: 'Event id (UUIDv7, time-ordered); also the SSE `id:`' }) id!: string;
  @ApiProperty({ example: 'worker.status-changed' }) type!: string;
  @ApiProperty({ example: '0193b2c4-1111-7000-8000-000000000001', nullable: true, type: String, description: 'The worker the event concerns, if any' })
  workerId!: string | null;
  @ApiProperty({ example: '2026-11-25T10:00:00.000Z', description: 'When it happened' }) at!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, example: { from: 'running', to: 'stopping', trigger: 'user', reason: 'stop requested by admin' } })
  data!: Record<string, unknown>;
}

export class EventListingResponse {
  @ApiProperty({ type: [StreamEventResponse], description: 'Oldest first' }) items!: StreamEventResponse[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `after` to continue' }) nextAfter!: string | null;
}
