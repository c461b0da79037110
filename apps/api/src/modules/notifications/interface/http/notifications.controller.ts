import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentIdentity, type Identity, RequireRole } from '../../../auth/auth.public.js';
import { NotificationCentre } from '../../application/notification-centre.service.js';
import { ListNotificationsQueryDto, NotificationPreferencesBodyDto } from './notifications-request.dto.js';
import { NotificationListResponse, NotificationPreferencesResponse } from './notifications-response.dto.js';
import { toNotificationListResponse, toNotificationPreferencesResponse } from './notifications.presenter.js';

/** The caller's notification centre: their in-app notifications and what they want to be notified about. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly centre: NotificationCentre) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({
    summary: 'Your notifications',
    description: 'Newest first, with the count of all your unread ones. New ones also arrive on the live stream as `notification.created` (only on your own streams).',
  })
  @ApiOkResponse({ type: NotificationListResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'REQUEST.INVALID (limit outside 1..200, unreadOnly not true or false)' })
  async list(@Query() q: ListNotificationsQueryDto, @CurrentIdentity() identity: Identity): Promise<Presented<NotificationListResponse>> {
    return toNotificationListResponse(await this.centre.list(identity.username, { unreadOnly: q.unreadOnly ?? false, limit: q.limit ?? 50 }));
  }

  @Post('read-all')
  @RequireRole('user')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mark all your notifications read' })
  @ApiNoContentResponse()
  async readAll(@CurrentIdentity() identity: Identity): Promise<void> {
    await this.centre.markAllRead(identity.username);
  }

  @Get('preferences')
  @RequireRole('user')
  @ApiOperation({ summary: 'What you are notified about', description: 'Until you save them: every kind, about the workers you (or your group) own, at the e-mail address of your sign-in.' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  async preferences(@CurrentIdentity() identity: Identity): Promise<Presented<NotificationPreferencesResponse>> {
    return toNotificationPreferencesResponse(await this.centre.preferences(identity.username));
  }

  @Put('preferences')
  @RequireRole('user')
  @ApiOperation({ summary: 'Choose what you are notified about', description: '`kinds` you receive (in the console and by e-mail), and `scope`: the workers you own, or every worker.' })
  @ApiOkResponse({ type: NotificationPreferencesResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'NOTIFICATION_PREFERENCES.INVALID names every problem, or REQUEST.INVALID' })
  async savePreferences(@Body() body: NotificationPreferencesBodyDto, @CurrentIdentity() identity: Identity): Promise<Presented<NotificationPreferencesResponse>> {
    return toNotificationPreferencesResponse(await this.centre.savePreferences({ username: identity.username, email: body.email, kinds: body.kinds, scope: body.scope }));
  }

  @Post(':id/read')
  @RequireRole('user')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Mark one of your notifications read' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'NOTIFICATION.NOT_FOUND (also for someone else\'s)' })
  async read(@Param('id') id: string, @CurrentIdentity() identity: Identity): Promise<void> {
    await this.centre.markRead(identity.username, id);
  }
}
