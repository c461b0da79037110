import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Presented } from '../../../../platform/http/presenter.js';
import { RequireRole } from '../../../auth/auth.public.js';
import { type ConsoleDefaults, GetConsoleDefaultsQuery } from '../../application/queries/get-console-defaults/get-console-defaults.query.js';
import { ConsoleDefaultsResponse } from './defaults-response.dto.js';
import { toConsoleDefaultsResponse } from './defaults.presenter.js';

@ApiTags('system')
@Controller('system')
export class DefaultsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('defaults')
  @RequireRole('user')
  @ApiOperation({
    summary: 'Managed regions and the defaults forms start from',
    description: 'Regions, the default instance type and AMI per region for provisioning, the fleet idle-detection settings and the lab upload limit. Nothing secret.',
  })
  @ApiOkResponse({ type: ConsoleDefaultsResponse })
  async defaults(): Promise<Presented<ConsoleDefaultsResponse>> {
    return toConsoleDefaultsResponse(await this.queries.execute<GetConsoleDefaultsQuery, ConsoleDefaults>(new GetConsoleDefaultsQuery()));
  }
}
