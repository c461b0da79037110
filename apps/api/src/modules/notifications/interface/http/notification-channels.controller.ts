import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentIdentity, type Identity, RequireRole } from '../../../auth/auth.public.js';
import { ChannelAdmin, type ChannelInput } from '../../application/channel-admin.service.js';
import { NotificationErrors } from '../../domain/notifications.errors.js';
import { NotificationChannelBodyDto } from './notifications-request.dto.js';
import { ChannelTestResponse, NotificationChannelListResponse, NotificationChannelResponse } from './notifications-response.dto.js';
import { toChannelTestResponse, toNotificationChannelListResponse, toNotificationChannelResponse } from './notifications.presenter.js';

const ID = new ParseUUIDPipe({ exceptionFactory: () => NotificationErrors.channelNotFound('(not an id)') });
const INVALID = 'NOTIFICATION_CHANNEL.INVALID names every problem (a URL that is not http(s), an address that is not one, unknown kinds, a webhook without a secret), or REQUEST.INVALID';

const toInput = (b: NotificationChannelBodyDto): ChannelInput => ({
  name: b.name,
  kind: b.kind,
  target: b.target,
  ...(b.enabled !== undefined ? { enabled: b.enabled } : {}),
  ...(b.kinds !== undefined ? { kinds: b.kinds } : {}),
  ...(b.tagSelector !== undefined ? { tagSelector: b.tagSelector } : {}),
  ...(b.secret !== undefined ? { secret: b.secret } : {}),
});

/** Where notifications go besides each person's console and e-mail: webhooks, Slack, Teams, shared mailboxes (admins). */
@ApiTags('notifications')
@Controller('notification-channels')
export class NotificationChannelsController {
  constructor(private readonly channels: ChannelAdmin) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({ summary: 'Notification channels', description: 'Each with how its newest delivery went. Secrets are never shown, only `secretSet`.' })
  @ApiOkResponse({ type: NotificationChannelListResponse })
  async list(): Promise<Presented<NotificationChannelListResponse>> {
    return toNotificationChannelListResponse(await this.channels.list());
  }

  @Post()
  @RequireRole('admin')
  @ApiOperation({ summary: 'Add a notification channel', description: 'A generic webhook signs each request (`X-CML-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, docs/stop-and-start.md).' })
  @ApiCreatedResponse({ type: NotificationChannelResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: INVALID })
  async create(@Body() body: NotificationChannelBodyDto): Promise<Presented<NotificationChannelResponse>> {
    return toNotificationChannelResponse(await this.channels.create(toInput(body)));
  }

  @Get(':id')
  @RequireRole('admin')
  @ApiOperation({ summary: 'One notification channel' })
  @ApiOkResponse({ type: NotificationChannelResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'NOTIFICATION_CHANNEL.NOT_FOUND' })
  async get(@Param('id', ID) id: string): Promise<Presented<NotificationChannelResponse>> {
    return toNotificationChannelResponse(await this.channels.get(id));
  }

  @Put(':id')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Replace a notification channel', description: 'Without `secret`, a webhook keeps the one it has.' })
  @ApiOkResponse({ type: NotificationChannelResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: INVALID })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'NOTIFICATION_CHANNEL.NOT_FOUND' })
  async update(@Param('id', ID) id: string, @Body() body: NotificationChannelBodyDto): Promise<Presented<NotificationChannelResponse>> {
    return toNotificationChannelResponse(await this.channels.update(id, toInput(body)));
  }

  @Delete(':id')
  @RequireRole('admin')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Delete a notification channel', description: 'Deliveries still queued for it fail with "the channel was deleted".' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'NOTIFICATION_CHANNEL.NOT_FOUND' })
  async remove(@Param('id', ID) id: string): Promise<void> {
    await this.channels.remove(id);
  }

  @Post(':id/test')
  @RequireRole('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: 'Send a test message', description: 'Queued and sent by the notification-delivery job like any notification (with its retries); its outcome shows as the channel\'s `lastDelivery`.' })
  @ApiAcceptedResponse({ type: ChannelTestResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'NOTIFICATION_CHANNEL.NOT_FOUND' })
  async test(@Param('id', ID) id: string, @CurrentIdentity() identity: Identity): Promise<Presented<ChannelTestResponse>> {
    return toChannelTestResponse(await this.channels.test(id, identity.username));
  }
}
