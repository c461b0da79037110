import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHANNEL_KINDS } from '../../domain/channel.rule.js';
import { NOTIFICATION_KINDS } from '../../domain/notification-kind.js';

const SEVERITIES = ['info', 'warning', 'critical'];

export class NotificationActionResponse {
  @ApiProperty({ example: 'Keep running 1 h' }) label!: string;
  @ApiProperty({ example: 'https://ccm.example.com/workers/0193b2c4-1111-7000-8000-000000000001' }) url!: string;
}

/** One in-app notification (also the payload of the live event `notification.created`, without `recipient`). */
export class NotificationResponse {
  @ApiProperty({ example: '0193b2c4-9a00-7000-8000-0000000000c1' }) id!: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS }) kind!: string;
  @ApiProperty({ enum: SEVERITIES }) severity!: string;
  @ApiProperty({ example: 'lab-east-1 will be stopped at 14:05 UTC' }) title!: string;
  @ApiProperty({ example: 'lab-east-1 has been idle for 50 min (timeout 1 h). It will be stopped at 14:05 UTC (in 10 min) unless someone uses it or keeps it running.' }) body!: string;
  @ApiPropertyOptional({ example: '0193b2c4-1111-7000-8000-000000000001' }) workerId?: string;
  @ApiPropertyOptional({ example: 'lab-east-1' }) workerName?: string;
  @ApiProperty({ type: [NotificationActionResponse] }) actions!: NotificationActionResponse[];
  @ApiProperty({ example: '2026-12-03T13:55:00.000Z' }) createdAt!: string;
  @ApiPropertyOptional({ example: '2026-12-03T13:57:00.000Z', description: 'When the recipient marked it read; absent while unread' }) readAt?: string;
}

export class NotificationListResponse {
  @ApiProperty({ type: [NotificationResponse], description: 'Newest first' }) items!: NotificationResponse[];
  @ApiProperty({ example: 3, description: 'The caller\'s unread notifications (count), all of them, not only those listed' }) unread!: number;
}

export class NotificationPreferencesResponse {
  @ApiPropertyOptional({ example: 'alice@example.com', description: 'Where e-mail notifications go; absent: the e-mail address of your sign-in' }) email?: string;
  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true, description: 'The kinds you receive' }) kinds!: string[];
  @ApiProperty({ enum: ['owned', 'all'], description: '`owned`: about the workers you own (or your group owns); `all`: about every worker' }) scope!: string;
}

export class ChannelDeliveryResponse {
  @ApiProperty({ example: 'lab-east-1 will be stopped at 14:05 UTC' }) title!: string;
  @ApiProperty({ enum: ['pending', 'sent', 'failed'] }) status!: string;
  @ApiProperty({ example: 2, description: 'Attempts made (count)' }) attempts!: number;
  @ApiPropertyOptional({ example: '2026-12-03T13:55:30.000Z' }) lastAttemptAt?: string;
  @ApiPropertyOptional({ example: 'the webhook answered HTTP 500' }) lastError?: string;
  @ApiPropertyOptional({ example: '2026-12-03T13:56:30.000Z' }) sentAt?: string;
}

export class NotificationChannelResponse {
  @ApiProperty({ example: '0193b2c4-9b00-7000-8000-0000000000d1' }) id!: string;
  @ApiProperty({ example: 'Ops webhook' }) name!: string;
  @ApiProperty({ enum: CHANNEL_KINDS }) kind!: string;
  @ApiProperty({ example: 'https://hooks.example.com/ccm', description: 'The webhook URL, or the e-mail address of an email channel' }) target!: string;
  @ApiProperty() enabled!: boolean;
  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true }) kinds!: string[];
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: { team: 'ccna' }, description: 'Only workers with all these tags; empty: every worker' }) tagSelector!: Record<string, string>;
  @ApiProperty({ description: 'Whether a signing secret is set (webhook); the secret itself is never returned' }) secretSet!: boolean;
  @ApiPropertyOptional({ type: ChannelDeliveryResponse, description: 'The newest delivery to this channel' }) lastDelivery?: ChannelDeliveryResponse;
  @ApiProperty({ example: '2026-12-03T10:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: '2026-12-03T10:00:00.000Z' }) updatedAt!: string;
}

export class NotificationChannelListResponse {
  @ApiProperty({ type: [NotificationChannelResponse] }) items!: NotificationChannelResponse[];
}

export class ChannelTestResponse {
  @ApiProperty({ example: '0193b2c4-9c00-8000-8000-0000000000e1', description: 'The queued delivery; its outcome shows as the channel\'s `lastDelivery`' }) deliveryId!: string;
}
