import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsInt, IsObject, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { CHANNEL_KINDS, type ChannelKind } from '../../domain/channel.rule.js';
import { NOTIFICATION_KINDS, type NotificationKind } from '../../domain/notification-kind.js';

export class ListNotificationsQueryDto {
  @ApiPropertyOptional({ description: 'Only unread ones', default: false })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'unreadOnly must be true or false' })
  unreadOnly?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'limit must be a whole number from 1 to 200' })
  @Min(1, { message: 'limit must be a whole number from 1 to 200' })
  @Max(200, { message: 'limit must be a whole number from 1 to 200' })
  limit?: number;
}

export class NotificationPreferencesBodyDto {
  @ApiPropertyOptional({ example: 'alice@example.com', description: 'Where your e-mail notifications go; empty or absent: the address of your sign-in' })
  @IsOptional()
  @IsString()
  @Length(0, 254)
  email?: string;

  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true, description: 'The kinds you want; [] turns them all off' })
  @IsArray({ message: `kinds must be a list of: ${NOTIFICATION_KINDS.join(', ')}` })
  kinds!: NotificationKind[];

  @ApiProperty({ enum: ['owned', 'all'] })
  @IsString({ message: 'scope must be "owned" or "all"' })
  scope!: 'owned' | 'all';
}

export class NotificationChannelBodyDto {
  @ApiProperty({ example: 'Ops webhook' })
  @IsString({ message: 'name must be text' })
  name!: string;

  @ApiProperty({ enum: CHANNEL_KINDS })
  @IsIn(CHANNEL_KINDS, { message: `kind must be one of ${CHANNEL_KINDS.join(', ')}` })
  kind!: ChannelKind;

  @ApiProperty({ example: 'https://hooks.example.com/ccm', description: 'An http(s) URL for webhook, slack and teams; an e-mail address for email' })
  @IsString({ message: 'target must be a URL or an e-mail address' })
  target!: string;

  @ApiPropertyOptional({ default: true })
  @IsOptional()
  @IsBoolean({ message: 'enabled must be true or false' })
  enabled?: boolean;

  @ApiPropertyOptional({ enum: NOTIFICATION_KINDS, isArray: true, description: 'The kinds it takes; default: all' })
  @IsOptional()
  @IsArray({ message: 'kinds must be a list of notification kinds' })
  kinds?: NotificationKind[];

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' }, example: { team: 'ccna' }, description: 'Only workers with all these tags; default: every worker' })
  @IsOptional()
  @IsObject({ message: 'tagSelector must map tag keys to values' })
  tagSelector?: Record<string, string>;

  @ApiPropertyOptional({ description: 'Signing secret of a webhook channel (at least 16 characters): required when creating one, optional on change (absent: kept). Write-only.', writeOnly: true })
  @IsOptional()
  @IsString({ message: 'secret must be text' })
  secret?: string;
}
