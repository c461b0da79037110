import { Controller, Delete, Get, HttpCode, HttpStatus, Param, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiBadGatewayResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiPayloadTooLargeResponse,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import type { Actor } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { CurrentActor, RequireRole } from '../../../auth/auth.public.js';
import { ChangeLabStateCommand, type LabAction } from '../../application/commands/change-lab-state/change-lab-state.command.js';
import { DeleteLabCommand } from '../../application/commands/delete-lab/delete-lab.command.js';
import { ImportLabCommand } from '../../application/commands/import-lab/import-lab.command.js';
import { type LabSyncResult, SyncWorkerLabsCommand } from '../../application/commands/sync-worker-labs/sync-worker-labs.command.js';
import type { LabView, Page } from '../../application/lab.view.js';
import type { ComputeHostView, ImageDefinitionView, NodeDefinitionView } from '../../application/ports/lab-controller.port.js';
import { DownloadLabQuery, type LabTopologyFile } from '../../application/queries/download-lab/download-lab.query.js';
import { GetComputeHostsQuery } from '../../application/queries/get-compute-hosts/get-compute-hosts.query.js';
import { GetImageDefinitionsQuery } from '../../application/queries/get-image-definitions/get-image-definitions.query.js';
import { GetLabQuery } from '../../application/queries/get-lab/get-lab.query.js';
import { GetNodeDefinitionsQuery } from '../../application/queries/get-node-definitions/get-node-definitions.query.js';
import { ListLabsQuery } from '../../application/queries/list-labs/list-labs.query.js';
import { topologyDisposition } from './download-filename.js';
import { LAB_ID, labFilter, WORKER_ID } from './lab-params.js';
import { ImportLabQueryDto, ListWorkerLabsQueryDto } from './lab-request.dto.js';
import { ComputeHostResponse, ImageDefinitionResponse, LabPageResponse, LabResponse, LabSyncResponse, NodeDefinitionResponse } from './lab-response.dto.js';
import { toComputeHostResponses, toImageDefinitionResponses, toLabPageResponse, toLabResponse, toLabSyncResponse, toNodeDefinitionResponses } from './lab.presenter.js';
import { RAW_YAML_TYPES, type TopologyUpload, TopologyUploadInterceptor, UPLOAD_FIELD, UploadedTopology } from './topology-upload.interceptor.js';

const SYNC_THROTTLED = 'LAB.SYNC_THROTTLED: this worker was synced on demand less than LAB_SYNC_MIN_INTERVAL_SECONDS ago; Retry-After in seconds';
const READS_THROTTLED = "LAB.CONTROLLER_READS_THROTTLED: the worker's controller was asked for LAB_CONTROLLER_READS_PER_MINUTE topologies and definitions this minute; Retry-After in seconds";

const UNAVAILABLE = 'LAB.WORKER_NOT_RUNNING (names the status), LAB.WORKER_NOT_MANAGED, or LAB.CONTROLLER_UNAVAILABLE (unreachable, timed out, booting, circuit open, no endpoint or credentials; names the reason)';

/** The labs of one worker: its records, and actions on its CML controller. */
@ApiTags('labs')
@ApiParam({ name: 'id', description: 'Worker id' })
@Controller('workers/:id')
export class WorkerLabsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('labs')
  @RequireRole('user')
  @ApiOperation({ summary: "The worker's lab records", description: 'From the records (no controller call): filtered, sorted and paged by the database. Run a sync to refresh them.' })
  @ApiOkResponse({ type: LabPageResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND' })
  async list(@Param('id', WORKER_ID) id: string, @Query() q: ListWorkerLabsQueryDto): Promise<Presented<LabPageResponse>> {
    return toLabPageResponse(await this.queries.execute<ListLabsQuery, Page<LabView>>(new ListLabsQuery(labFilter(q, id), true)));
  }

  @Post('labs/sync')
  // Work on the controller, not a read of stored records (those are GET .../labs, for users).
  @RequireRole('manager')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: "Read the worker's labs from its controller and update the records",
    description:
      'One call to the controller (lab tiles; older controllers are read lab by lab). New labs are created, changed ones updated (events only for real changes), labs gone from the controller marked removed (their records and history stay). ' +
      'One on-demand sync per worker per LAB_SYNC_MIN_INTERVAL_SECONDS, whoever asks (429 with Retry-After inside it).',
  })
  @ApiOkResponse({ type: LabSyncResponse })
  @ApiTooManyRequestsResponse({ type: ProblemDetails, description: SYNC_THROTTLED })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: UNAVAILABLE })
  @ApiBadGatewayResponse({ type: ProblemDetails, description: 'The controller refused the credentials or answered something unexpected (CML.*)' })
  async sync(@Param('id', WORKER_ID) id: string, @CurrentActor() actor: Actor): Promise<Presented<LabSyncResponse>> {
    return toLabSyncResponse(await this.commands.execute<SyncWorkerLabsCommand, LabSyncResult>(new SyncWorkerLabsCommand(id, actor)));
  }

  @Post('labs')
  @RequireRole('manager')
  @UseInterceptors(TopologyUploadInterceptor)
  @ApiOperation({
    summary: 'Create a lab from a topology file (upload)',
    description:
      `Send the CML topology YAML either as multipart/form-data in the field \`${UPLOAD_FIELD}\`, or as the raw body (${RAW_YAML_TYPES.join(', ')}). ` +
      'At most LAB_UPLOAD_MAX_BYTES (default 5 MiB). The file is checked before it is sent: UTF-8 text, valid YAML (errors name the line), one mapping with `lab` (a mapping) and `nodes` (a list of nodes with `id` and `node_definition`), and `links` whose ends name known nodes. Answers 201 with the new lab record.',
    requestBody: {
      required: true,
      content: {
        'multipart/form-data': { schema: { type: 'object', required: [UPLOAD_FIELD], properties: { [UPLOAD_FIELD]: { type: 'string', format: 'binary', description: 'The topology YAML file' } } } },
        ...Object.fromEntries(RAW_YAML_TYPES.map((t) => [t, { schema: { type: 'string', description: 'The topology YAML text' } }])),
      },
    },
  })
  @ApiCreatedResponse({ type: LabResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'LAB.TOPOLOGY_EMPTY, LAB.TOPOLOGY_NOT_TEXT, LAB.TOPOLOGY_NOT_YAML (with line and column), LAB.TOPOLOGY_INVALID, LAB.TOPOLOGY_TOO_DEEP (nested more than 64 levels), LAB.TOPOLOGY_TOO_COMPLEX (more than 100 aliases, or aliases that expand too far), LAB.UPLOAD_NO_FILE, LAB.UPLOAD_FIELDS, LAB.UPLOAD_MALFORMED' })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: UNAVAILABLE })
  @ApiPayloadTooLargeResponse({ type: ProblemDetails, description: 'LAB.UPLOAD_TOO_LARGE: over LAB_UPLOAD_MAX_BYTES' })
  @ApiUnsupportedMediaTypeResponse({ type: ProblemDetails, description: 'LAB.UPLOAD_MEDIA_TYPE: neither multipart/form-data nor YAML' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: "LAB.TOPOLOGY_REFUSED: CML refused the topology (with CML's reason)" })
  async upload(
    @Param('id', WORKER_ID) id: string,
    @Query() q: ImportLabQueryDto,
    @UploadedTopology() upload: TopologyUpload,
    @CurrentActor() actor: Actor,
  ): Promise<Presented<LabResponse>> {
    const labId = await this.commands.execute<ImportLabCommand, string>(new ImportLabCommand(id, upload.content, actor, upload.filename, q.title));
    return this.view(id, labId);
  }

  @Get('labs/:labId')
  @RequireRole('user')
  @ApiParam({ name: 'labId', description: 'The lab id on the CML controller' })
  @ApiOperation({ summary: 'One lab record with its state history', description: 'Also records of labs that were removed or deleted (history).' })
  @ApiOkResponse({ type: LabResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND or LAB.NOT_FOUND' })
  get(@Param('id', WORKER_ID) id: string, @Param('labId', LAB_ID) labId: string): Promise<Presented<LabResponse>> {
    return this.view(id, labId);
  }

  @Post('labs/:labId/start')
  @RequireRole('manager')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'labId', description: 'The lab id on the CML controller' })
  @ApiOperation({ summary: 'Start the lab', description: 'Asks CML, then records the state CML reports. Answers with the lab record.' })
  @ApiOkResponse({ type: LabResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND or LAB.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: `${UNAVAILABLE}; LAB.REFUSED_BY_CML with CML's reason` })
  start(@Param('id', WORKER_ID) id: string, @Param('labId', LAB_ID) labId: string, @CurrentActor() actor: Actor): Promise<Presented<LabResponse>> {
    return this.change(id, labId, 'start', actor);
  }

  @Post('labs/:labId/stop')
  @RequireRole('manager')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'labId', description: 'The lab id on the CML controller' })
  @ApiOperation({ summary: 'Stop the lab', description: 'Asks CML, then records the state CML reports. Answers with the lab record.' })
  @ApiOkResponse({ type: LabResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND or LAB.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: `${UNAVAILABLE}; LAB.REFUSED_BY_CML with CML's reason` })
  stop(@Param('id', WORKER_ID) id: string, @Param('labId', LAB_ID) labId: string, @CurrentActor() actor: Actor): Promise<Presented<LabResponse>> {
    return this.change(id, labId, 'stop', actor);
  }

  @Post('labs/:labId/wipe')
  @RequireRole('manager')
  @HttpCode(HttpStatus.OK)
  @ApiParam({ name: 'labId', description: 'The lab id on the CML controller' })
  @ApiOperation({ summary: "Wipe the lab (discard its nodes' disks)", description: 'CML refuses to wipe a started lab (409 LAB.REFUSED_BY_CML); stop it first. Answers with the lab record.' })
  @ApiOkResponse({ type: LabResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND or LAB.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: `${UNAVAILABLE}; LAB.REFUSED_BY_CML with CML's reason` })
  wipe(@Param('id', WORKER_ID) id: string, @Param('labId', LAB_ID) labId: string, @CurrentActor() actor: Actor): Promise<Presented<LabResponse>> {
    return this.change(id, labId, 'wipe', actor);
  }

  @Delete('labs/:labId')
  @RequireRole('admin')
  @ApiParam({ name: 'labId', description: 'The lab id on the CML controller' })
  @ApiOperation({
    summary: 'Delete the lab on the controller',
    description: 'A started lab is stopped and a stopped one wiped first (CML deletes only wiped labs). The record stays, marked `deleted`, with its history; the answer is that record.',
  })
  @ApiOkResponse({ type: LabResponse })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND or LAB.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: `${UNAVAILABLE}; LAB.REFUSED_BY_CML with CML's reason` })
  async remove(@Param('id', WORKER_ID) id: string, @Param('labId', LAB_ID) labId: string, @CurrentActor() actor: Actor): Promise<Presented<LabResponse>> {
    await this.commands.execute(new DeleteLabCommand(id, labId, actor));
    return this.view(id, labId);
  }

  @Get('labs/:labId/download')
  // A topology carries the nodes' configurations (addresses, credentials in device configs).
  @RequireRole('manager')
  @ApiParam({ name: 'labId', description: 'The lab id on the CML controller' })
  @ApiProduces('application/x-yaml')
  @ApiOperation({
    summary: "Download the lab's topology (YAML)",
    description: "As CML exports it; an attachment named after the lab title (`<title>.yaml`). Counts against the worker's LAB_CONTROLLER_READS_PER_MINUTE.",
  })
  @ApiOkResponse({ schema: { type: 'string' }, description: 'The topology YAML' })
  @ApiTooManyRequestsResponse({ type: ProblemDetails, description: READS_THROTTLED })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND or LAB.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: UNAVAILABLE })
  async download(@Param('id', WORKER_ID) id: string, @Param('labId', LAB_ID) labId: string, @Res({ passthrough: true }) res: Response): Promise<string> {
    const file = await this.queries.execute<DownloadLabQuery, LabTopologyFile>(new DownloadLabQuery(id, labId));
    res.setHeader('Content-Type', 'application/x-yaml; charset=utf-8');
    res.setHeader('Content-Disposition', topologyDisposition(file.title));
    res.setHeader('Cache-Control', 'no-store');
    return file.yaml;
  }

  @Get('node-definitions')
  // Live controller reads, for building topologies to upload (a manager's action).
  @RequireRole('manager')
  @ApiOperation({
    summary: 'Node definitions installed on the controller',
    description: "Trimmed to what choosing and sizing nodes needs, with the image definitions of each. Counts against the worker's LAB_CONTROLLER_READS_PER_MINUTE.",
  })
  @ApiOkResponse({ type: [NodeDefinitionResponse] })
  @ApiTooManyRequestsResponse({ type: ProblemDetails, description: READS_THROTTLED })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: UNAVAILABLE })
  async nodeDefinitions(@Param('id', WORKER_ID) id: string): Promise<Presented<NodeDefinitionResponse[]>> {
    return toNodeDefinitionResponses(await this.queries.execute<GetNodeDefinitionsQuery, NodeDefinitionView[]>(new GetNodeDefinitionsQuery(id)));
  }

  @Get('image-definitions')
  @RequireRole('manager')
  @ApiOperation({ summary: 'Image definitions installed on the controller', description: "Counts against the worker's LAB_CONTROLLER_READS_PER_MINUTE." })
  @ApiOkResponse({ type: [ImageDefinitionResponse] })
  @ApiTooManyRequestsResponse({ type: ProblemDetails, description: READS_THROTTLED })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: UNAVAILABLE })
  async imageDefinitions(@Param('id', WORKER_ID) id: string): Promise<Presented<ImageDefinitionResponse[]>> {
    return toImageDefinitionResponses(await this.queries.execute<GetImageDefinitionsQuery, ImageDefinitionView[]>(new GetImageDefinitionsQuery(id)));
  }

  @Get('compute-hosts')
  @RequireRole('manager')
  @ApiOperation({
    summary: "The compute hosts of the worker's CML cluster",
    description: "As the controller registers them (CML `GET /system/compute_hosts`): admission state, whether each is connected and in sync, and its node counts; the controller's own host first. Counts against the worker's LAB_CONTROLLER_READS_PER_MINUTE.",
  })
  @ApiOkResponse({ type: [ComputeHostResponse] })
  @ApiTooManyRequestsResponse({ type: ProblemDetails, description: READS_THROTTLED })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'WORKER.NOT_FOUND' })
  @ApiConflictResponse({ type: ProblemDetails, description: UNAVAILABLE })
  async computeHosts(@Param('id', WORKER_ID) id: string): Promise<Presented<ComputeHostResponse[]>> {
    return toComputeHostResponses(await this.queries.execute<GetComputeHostsQuery, ComputeHostView[]>(new GetComputeHostsQuery(id)));
  }

  private async view(workerId: string, labId: string): Promise<Presented<LabResponse>> {
    return toLabResponse(await this.queries.execute<GetLabQuery, LabView>(new GetLabQuery(workerId, labId)));
  }

  private async change(workerId: string, labId: string, action: LabAction, actor: Actor): Promise<Presented<LabResponse>> {
    await this.commands.execute(new ChangeLabStateCommand(workerId, labId, action, actor));
    return this.view(workerId, labId);
  }
}
