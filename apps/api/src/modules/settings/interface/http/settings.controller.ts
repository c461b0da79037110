import { Body, Controller, Get, Patch } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { ChangeSettingsCommand } from '../../application/commands/change-settings/change-settings.command.js';
import { GetSettingsQuery, type SettingsView } from '../../application/queries/get-settings/get-settings.query.js';
import { SettingsChangeBodyDto } from './settings-request.dto.js';
import { SettingsChangeResponse, SettingsResponse } from './settings-response.dto.js';
import { toSettingsChangeResponse, toSettingsResponse } from './settings.presenter.js';

/** Runtime settings (docs/settings.md, ADR 0048): admins read and change them; every instance uses a change without a restart. */
@ApiTags('settings')
@Controller('settings')
export class SettingsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @RequireRole('admin')
  @ApiOperation({ summary: 'Runtime settings', description: 'Every setting an admin may change without a restart: the value in force, whether an admin set it or the environment gives it, the environment\'s value, its unit and bounds, who changed it last and when, and the version to send with a change.' })
  @ApiOkResponse({ type: SettingsResponse })
  async get(): Promise<Presented<SettingsResponse>> {
    return toSettingsResponse(await this.queries.execute<GetSettingsQuery, SettingsView>(new GetSettingsQuery()));
  }

  @Patch()
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Change runtime settings',
    description:
      'Changes the settings named (null: back to the environment\'s value) on the version read: all or nothing. Every app instance uses the new values at once (within SETTINGS_REFRESH_SECONDS if it missed the notice); a job whose interval changed runs on the new interval from its next slot. Audited as `settings.changed` with the admin and each setting\'s values before and after.',
  })
  @ApiOkResponse({ type: SettingsChangeResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'SETTINGS.INVALID names every setting that cannot take its value and what it accepts; REQUEST.INVALID when version or values are missing or of the wrong kind' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'SETTINGS.VERSION_CONFLICT: someone changed the settings since the version given; nothing was changed' })
  async change(@Body() body: SettingsChangeBodyDto, @CurrentActor() actor: Actor): Promise<Presented<SettingsChangeResponse>> {
    const { changed } = await this.commands.execute(new ChangeSettingsCommand(body.version, body.values, actor));
    return toSettingsChangeResponse(await this.queries.execute<GetSettingsQuery, SettingsView>(new GetSettingsQuery()), changed);
  }
}
