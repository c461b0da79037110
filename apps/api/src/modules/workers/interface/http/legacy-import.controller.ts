import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiParam, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Actor } from '#kernel';
import { PlatformErrors } from '../../../../platform/platform.errors.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { type ImportResult, ImportWorkersCommand } from '../../application/commands/import-workers/import-workers.command.js';
import { GetWorkerQuery } from '../../application/queries/get-worker/get-worker.query.js';
import type { WorkerView } from '../../application/worker.view.js';
import { LegacyImportResultResponse, LegacyWorkerInstanceResponse } from './legacy-import-response.dto.js';
import { toLegacyImportResultResponse, toLegacyWorkerInstanceResponse } from './legacy-import.presenter.js';
import { AWS_REGION_PATTERN, LegacyImportDto } from './worker-request.dto.js';

/** The earlier product's import route and body, kept for existing scripts; same handler underneath. */
@ApiTags('workers')
@ApiExtraModels(LegacyWorkerInstanceResponse, LegacyImportResultResponse)
@Controller('workers/region/:region/workers')
export class LegacyImportController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('import')
  @RequireRole('admin')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Import workers (earlier product route)',
    description: 'Deprecated: use POST /api/workers/import. Body `{aws_instance_id | ami_id | ami_name, name?, import_all?}`; answers the earlier shapes.',
    deprecated: true,
  })
  @ApiParam({ name: 'region', example: 'us-east-1' })
  @ApiOkResponse({
    description: 'Single: the imported instance. import_all: {imported, skipped, total_found, total_imported, total_skipped}',
    schema: { oneOf: [{ $ref: getSchemaPath(LegacyWorkerInstanceResponse) }, { $ref: getSchemaPath(LegacyImportResultResponse) }] },
  })
  async import(
    @Param('region') region: string,
    @Body() body: LegacyImportDto,
    @CurrentActor() actor: Actor,
  ): Promise<Presented<LegacyWorkerInstanceResponse> | Presented<LegacyImportResultResponse>> {
    if (!AWS_REGION_PATTERN.test(region)) throw PlatformErrors.requestInvalid([{ field: 'region', messages: ['region must be an AWS region such as us-east-1'] }]);
    const result = await this.commands.execute<ImportWorkersCommand, ImportResult>(
      new ImportWorkersCommand(
        {
          region,
          instanceId: body.aws_instance_id,
          amiId: body.aws_instance_id ? undefined : body.ami_id,
          amiName: body.aws_instance_id || body.ami_id ? undefined : body.ami_name,
          name: body.import_all ? undefined : body.name,
          all: body.import_all,
        },
        actor,
      ),
    );
    const views = await Promise.all(result.imported.map((i) => this.queries.execute<GetWorkerQuery, WorkerView>(new GetWorkerQuery(i.workerId!))));
    return body.import_all ? toLegacyImportResultResponse(result, views) : toLegacyWorkerInstanceResponse(views[0]);
  }
}
