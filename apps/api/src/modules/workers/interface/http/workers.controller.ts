import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiBadGatewayResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { type Actor, Clock, type EventEnvelope } from '#kernel';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { AuthErrors, CurrentActor, CurrentIdentity, hasRole, type Identity, RequireRole } from '../../../auth/auth.public.js';
import { ChangeWorkerLicenseCommand } from '../../application/commands/change-worker-license/change-worker-license.command.js';
import { type Operation, OperationResponse, toOperationResponse } from '../../../system/system.public.js';
import { ChangeWorkerStateCommand, type StateChangeResult } from '../../application/commands/change-worker-state/change-worker-state.command.js';
import { type ImportResult, ImportWorkersCommand } from '../../application/commands/import-workers/import-workers.command.js';
import { ProvisionWorkerCommand } from '../../application/commands/provision-worker/provision-worker.command.js';
import { RefreshWorkerCommand } from '../../application/commands/refresh-worker/refresh-worker.command.js';
import { UnregisterWorkerCommand } from '../../application/commands/unregister-worker/unregister-worker.command.js';
import { UpdateWorkerTagsCommand } from '../../application/commands/update-worker-tags/update-worker-tags.command.js';
import { UpdateWorkerCommand } from '../../application/commands/update-worker/update-worker.command.js';
import { DiscoverInstancesQuery, type DiscoveredInstance } from '../../application/queries/discover-instances/discover-instances.query.js';
import { GetWorkerTimelineQuery } from '../../application/queries/get-worker-timeline/get-worker-timeline.query.js';
import { FindImagesQuery, type FoundImage } from '../../application/queries/find-images/find-images.query.js';
import { ListNetworkOptionsQuery, type NetworkOptions } from '../../application/queries/list-network-options/list-network-options.query.js';
import { type InstanceTypeListing, ListInstanceTypesQuery } from '../../application/queries/list-instance-types/list-instance-types.query.js';
import { type ResolvedLaunchAmi, ResolveLaunchAmiQuery } from '../../application/queries/resolve-launch-ami/resolve-launch-ami.query.js';
import { GetWorkerQuery } from '../../application/queries/get-worker/get-worker.query.js';
import { ListWorkersQuery } from '../../application/queries/list-workers/list-workers.query.js';
import { factsOf } from '../../application/queries/list-worker-facts/list-worker-facts.handler.js';
import { CostFacade, monthOf } from '../../../cost/cost.public.js';
import type { FleetSummary, Page, WorkerSortField, WorkerView } from '../../application/worker.view.js';
import { ACTION_ROLES } from '../../domain/worker-actions.rule.js';
import type { PowerAction } from '../../domain/worker-transitions.rule.js';
import { WorkerErrors } from '../../domain/worker.errors.js';
import {
  DiscoveryQueryDto,
  ImportWorkersDto,
  InstanceTypesQueryDto,
  LaunchAmiQueryDto,
  ListWorkersQueryDto,
  TimelineQueryDto,
  ImageQueryDto,
  ProvisionWorkerDto,
  RegisterLicenseDto,
  UnregisterQueryDto,
  UpdateTagsDto,
  UpdateWorkerDto,
  SetOwnerDto,
  SetOverrideDto,
  TerminateWorkerDto,
} from './worker-request.dto.js';
import { SetWorkerOwnerCommand } from '../../application/commands/set-worker-owner/set-worker-owner.command.js';
import { ChangeWorkerOverrideCommand } from '../../application/commands/change-worker-override/change-worker-override.command.js';
import { ownerOrRoleRefusal } from '../../application/owner-access.js';
import {
  DiscoveredInstanceResponse,
  FoundImageResponse,
  EventPageResponse,
  ImportResultResponse,
  InstanceTypeListResponse,
  LaunchAmiResponse,
  NetworkOptionsResponse,
  StateChangeResponse,
  WorkerPageResponse,
  WorkerResponse,
} from './worker-response.dto.js';
import { toDiscoveredInstanceResponses, toFoundImageResponses, toImportResultResponse } from './discovery.presenter.js';
import { toInstanceTypeListResponse, toLaunchAmiResponse, toNetworkOptionsResponse } from './provisioning-options.presenter.js';
import { toEventPageResponse } from './worker-timeline.presenter.js';
import { toStateChangeResponse, toWorkerPageResponse, toWorkerResponse } from './worker.presenter.js';

const ID = new ParseUUIDPipe({ exceptionFactory: () => WorkerErrors.notFound() });

@ApiTags('workers')
@Controller('workers')
export class WorkersController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly costs: CostFacade,
    private readonly clock: Clock,
  ) {}

  @Get()
  @RequireRole('user')
  @ApiOperation({
    summary: 'List workers',
    description:
      'Filtered, sorted and paged by the database. Terminated and unregistered workers are hidden unless an admin asks for them. Items leave out `actions` unless `include=actions` asks for them (GET /api/workers/{id} always has them).',
  })
  @ApiOkResponse({ type: WorkerPageResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async list(@Query() q: ListWorkersQueryDto, @CurrentIdentity() identity: Identity): Promise<Presented<WorkerPageResponse>> {
    if ((q.includeTerminated || q.includeUnregistered) && !hasRole(identity.roles, 'admin')) {
      throw AuthErrors.forbidden('admin', identity, 'Listing terminated or unregistered workers');
    }
    const sort = q.sort ?? 'name';
    const page = await this.queries.execute<ListWorkersQuery, Page<WorkerView> & { summary: FleetSummary }>(
      new ListWorkersQuery({
        region: q.region,
        statuses: q.status as WorkerView['status'][] | undefined,
        q: q.q,
        includeTerminated: Boolean(q.includeTerminated),
        includeUnregistered: Boolean(q.includeUnregistered),
        page: q.page ?? 1,
        pageSize: q.pageSize ?? 25,
        sort: { field: sort.replace(/^-/, '') as WorkerSortField, direction: sort.startsWith('-') ? -1 : 1 },
      }),
    );
    const costs = q.include?.includes('cost') ? await this.costs.costsOf(page.items.map(factsOf), monthOf(this.clock.now())) : undefined;
    return toWorkerPageResponse(page, identity, { actions: q.include?.includes('actions') }, costs);
  }

  @Post()
  @RequireRole('admin')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'Provision a new worker',
    description: 'Answers 202 with the worker in `pending`; the instance is launched in the background and the worker ends `running` or `failed` (with the reason).',
  })
  @ApiAcceptedResponse({ type: WorkerResponse })
  @ApiBadRequestResponse({
    type: ProblemDetails,
    description:
      'Invalid input, unmanaged region, no AMI configured, WORKER.INSTANCE_TYPE_NOT_OFFERED (the region does not offer the type), WORKER.INSTANCE_TYPE_UNSUITABLE (CML cannot run on it; allowUnsuitableInstanceType launches it anyway), WORKER.SUBNET_NOT_FOUND, WORKER.SECURITY_GROUP_NOT_FOUND, WORKER.SECURITY_GROUP_OUTSIDE_VPC (a group of another VPC than the subnet\'s) or WORKER.KEY_PAIR_NOT_FOUND',
  })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'WORKER.AMI_NOT_FOUND: the AMI does not exist in the region' })
  @ApiBadGatewayResponse({ type: ProblemDetails, description: 'EC2 refused to list the instance types or AMIs' })
  async provision(@Body() body: ProvisionWorkerDto, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity): Promise<Presented<WorkerResponse>> {
    if (body.amiId && body.amiName) throw WorkerErrors.amiChoiceInvalid('both');
    const id = await this.commands.execute<ProvisionWorkerCommand, string>(new ProvisionWorkerCommand(body, actor));
    return this.view(id, caller);
  }

  @Get('instance-types')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'The instance types a region offers, for the provisioning form',
    description:
      'From EC2 (DescribeInstanceTypeOfferings + DescribeInstanceTypes), kept WORKER_INSTANCE_TYPES_CACHE_MINUTES. Bare metal first, then nested virtualisation, then the types CML cannot run on. Each with its on-demand Linux list price when known (null otherwise).',
  })
  @ApiOkResponse({ type: InstanceTypeListResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'Invalid or unmanaged region' })
  @ApiBadGatewayResponse({ type: ProblemDetails, description: 'EC2 refused (AWS.PERMISSION_DENIED names the permission)' })
  async instanceTypes(@Query() q: InstanceTypesQueryDto): Promise<Presented<InstanceTypeListResponse>> {
    return toInstanceTypeListResponse(await this.queries.execute<ListInstanceTypesQuery, InstanceTypeListing>(new ListInstanceTypesQuery(q.region)));
  }

  @Get('network-options')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'The subnets, security groups and key pairs of a region, for the provisioning form',
    description:
      'From EC2 now (DescribeSubnets, DescribeSecurityGroups, DescribeKeyPairs), with the defaults a launch uses when none is named: the configured ones (WORKER_SUBNET_ID, WORKER_SECURITY_GROUP_IDS, WORKER_KEY_NAME), else the default VPC\'s first default subnet and that VPC\'s `default` group. Provisioning refuses groups of another VPC than the subnet\'s.',
  })
  @ApiOkResponse({ type: NetworkOptionsResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'Invalid or unmanaged region' })
  @ApiBadGatewayResponse({ type: ProblemDetails, description: 'EC2 refused (AWS.PERMISSION_DENIED names the permission)' })
  async networkOptions(@Query() q: InstanceTypesQueryDto): Promise<Presented<NetworkOptionsResponse>> {
    return toNetworkOptionsResponse(await this.queries.execute<ListNetworkOptionsQuery, NetworkOptions>(new ListNetworkOptionsQuery(q.region)));
  }

  @Get('launch-ami')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'The AMI a launch would use',
    description: 'Resolved as provisioning does it, now: amiId, else the newest AMI named like amiName, else the region default (WORKER_DEFAULT_AMI_IDS, then WORKER_DEFAULT_AMI_NAME).',
  })
  @ApiOkResponse({ type: LaunchAmiResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'Invalid input, unmanaged region, both amiId and amiName, or WORKER.NO_AMI' })
  @ApiUnprocessableEntityResponse({ type: ProblemDetails, description: 'WORKER.AMI_NOT_FOUND: no such AMI in the region' })
  @ApiBadGatewayResponse({ type: ProblemDetails, description: 'EC2 refused' })
  async launchAmi(@Query() q: LaunchAmiQueryDto): Promise<Presented<LaunchAmiResponse>> {
    if (q.amiId && q.amiName) throw WorkerErrors.amiChoiceInvalid('both');
    return toLaunchAmiResponse(await this.queries.execute<ResolveLaunchAmiQuery, ResolvedLaunchAmi>(new ResolveLaunchAmiQuery(q.region, { amiId: q.amiId, amiName: q.amiName })));
  }

  @Get('discovery')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Find EC2 instances of a region, each marked managed (with its worker) or not', description: 'Filter by at most one of instanceId, amiId or amiName.' })
  @ApiOkResponse({ type: [DiscoveredInstanceResponse] })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async discover(@Query() q: DiscoveryQueryDto): Promise<Presented<DiscoveredInstanceResponse[]>> {
    return toDiscoveredInstanceResponses(
      await this.queries.execute<DiscoverInstancesQuery, DiscoveredInstance[]>(new DiscoverInstancesQuery(q.region, { instanceId: q.instanceId, amiId: q.amiId, amiName: q.amiName })),
    );
  }

  @Get('discovery/images')
  @RequireRole('admin')
  @ApiOperation({ summary: 'The AMIs an AMI id or name pattern matches in a region, newest first', description: 'Give exactly one of amiId or amiName. Says whether an empty discovery found no AMI or an AMI without instances.' })
  @ApiOkResponse({ type: [FoundImageResponse] })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async images(@Query() q: ImageQueryDto): Promise<Presented<FoundImageResponse[]>> {
    if ((q.amiId === undefined) === (q.amiName === undefined)) throw WorkerErrors.amiChoiceInvalid('neither');
    return toFoundImageResponses(await this.queries.execute<FindImagesQuery, FoundImage[]>(new FindImagesQuery(q.region, { amiId: q.amiId, amiName: q.amiName })));
  }

  @Post('import')
  @RequireRole('admin')
  @ApiOperation({
    summary: 'Import existing instances as workers',
    description:
      'One instance (by instanceId, or the newest unmanaged match of amiId/amiName): 201 with the worker. `all`: every match, 200 with imported and skipped. `dryRun`: 200 with what would happen, nothing written. Terminated instances are never imported; already-managed matches are skipped.',
  })
  @ApiCreatedResponse({ type: WorkerResponse, description: 'Single import' })
  @ApiOkResponse({ type: ImportResultResponse, description: 'Bulk import or dry run' })
  @ApiNotFoundResponse({ type: ProblemDetails, description: 'No such instance, AMI, or nothing importable' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Already managed (names the worker), or terminated' })
  async import(
    @Body() body: ImportWorkersDto,
    @CurrentActor() actor: Actor,
    @CurrentIdentity() caller: Identity,
    @Res({ passthrough: true }) res: Response,
  ): Promise<Presented<WorkerResponse> | Presented<ImportResultResponse>> {
    const result = await this.commands.execute<ImportWorkersCommand, ImportResult>(new ImportWorkersCommand(body, actor));
    if (body.all || body.dryRun) {
      res.status(HttpStatus.OK);
      return toImportResultResponse(result);
    }
    res.status(HttpStatus.CREATED);
    return this.view(result.imported[0].workerId!, caller);
  }

  @Get(':id')
  @RequireRole('user')
  @ApiOperation({ summary: 'One worker', description: 'With what the caller may do to it now and what it costs this month.' })
  @ApiOkResponse({ type: WorkerResponse })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async get(@Param('id', ID) id: string, @CurrentIdentity() caller: Identity): Promise<Presented<WorkerResponse>> {
    const worker = await this.queries.execute<GetWorkerQuery, WorkerView>(new GetWorkerQuery(id));
    const costs = await this.costs.costsOf([factsOf(worker)], monthOf(this.clock.now()));
    return toWorkerResponse(worker, caller, costs.get(worker.id));
  }

  @Get(':id/events')
  @RequireRole('user')
  @ApiOperation({ summary: "The worker's audit timeline, newest first", description: 'Every change: what, when, and who (user, service account or the system).' })
  @ApiOkResponse({ type: EventPageResponse })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async events(@Param('id', ID) id: string, @Query() q: TimelineQueryDto): Promise<Presented<EventPageResponse>> {
    return toEventPageResponse(await this.queries.execute<GetWorkerTimelineQuery, Page<EventEnvelope>>(new GetWorkerTimelineQuery(id, q.page ?? 1, q.pageSize ?? 50, q.view)));
  }

  @Post(':id/start')
  // Its owner may too: checked below (ownerOrRoleRefusal).
  @RequireRole('user')
  @ApiOperation({ summary: 'Start the worker', description: '202 when EC2 was asked to start it; 200 when it already runs (nothing to do). The manager role, or the worker\'s owner.' })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'WORKER.NOT_OWNER: neither its owner nor a manager' })
  @ApiAcceptedResponse({ type: StateChangeResponse })
  @ApiOkResponse({ type: StateChangeResponse, description: 'Nothing to do' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'WORKER.INVALID_TRANSITION: not allowed in the current status' })
  @ApiBadGatewayResponse({ type: ProblemDetails, description: 'EC2 refused' })
  start(@Param('id', ID) id: string, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity, @Res({ passthrough: true }) res: Response): Promise<Presented<StateChangeResponse>> {
    return this.change(id, 'start', actor, caller, res);
  }

  @Post(':id/stop')
  // Its owner may too: checked below (ownerOrRoleRefusal).
  @RequireRole('user')
  @ApiOperation({ summary: 'Stop the worker', description: '202 when EC2 was asked to stop it; 200 when it is already stopped or stopping. The manager role, or the worker\'s owner.' })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'WORKER.NOT_OWNER: neither its owner nor a manager' })
  @ApiAcceptedResponse({ type: StateChangeResponse })
  @ApiOkResponse({ type: StateChangeResponse, description: 'Nothing to do' })
  @ApiConflictResponse({ type: ProblemDetails, description: 'WORKER.INVALID_TRANSITION: not allowed in the current status; WORKER.OPERATION_IN_PROGRESS: another operation runs (named)' })
  stop(@Param('id', ID) id: string, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity, @Res({ passthrough: true }) res: Response): Promise<Presented<StateChangeResponse>> {
    return this.change(id, 'stop', actor, caller, res);
  }

  @Post(':id/terminate')
  @RequireRole(ACTION_ROLES.terminate)
  @ApiOperation({
    summary: 'Terminate the worker, carefully',
    description:
      'A long operation (`operation` in the answer): stop and wipe the labs, export their topologies to S3 (WORKER_TOPOLOGY_EXPORT_BUCKET), release the licence, then terminate the instance (docs/stop-and-start.md). With `force`, an unreachable controller is not waited for. The worker stays managed until EC2 reports it terminated; its history stays forever.',
  })
  @ApiAcceptedResponse({ type: StateChangeResponse })
  @ApiOkResponse({ type: StateChangeResponse, description: 'Nothing to do, or a terminate under way was told to stop waiting (`force`)' })
  @ApiBadRequestResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'WORKER.OPERATION_IN_PROGRESS (names the operation) or WORKER.INVALID_TRANSITION' })
  terminate(@Param('id', ID) id: string, @Body() body: TerminateWorkerDto, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity, @Res({ passthrough: true }) res: Response): Promise<Presented<StateChangeResponse>> {
    return this.change(id, 'terminate', actor, caller, res, body?.force === true);
  }

  @Delete(':id')
  @RequireRole(ACTION_ROLES.unregister)
  @ApiOperation({ summary: 'Stop managing the worker (unregister)', description: 'The record and its history stay. With terminateInstance=true the instance is terminated first; if EC2 refuses, nothing changes.' })
  @ApiOkResponse({ type: WorkerResponse })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'Already unregistered' })
  async unregister(@Param('id', ID) id: string, @Query() q: UnregisterQueryDto, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity): Promise<Presented<WorkerResponse>> {
    await this.commands.execute(new UnregisterWorkerCommand(id, Boolean(q.terminateInstance), actor));
    return this.view(id, caller);
  }

  @Patch(':id/tags')
  @RequireRole(ACTION_ROLES.editTags)
  @ApiOperation({ summary: "Edit the instance's EC2 tags", description: '`set` adds or changes keys, `remove` deletes keys; other tags stay. ManagedBy and cml-worker-id cannot be changed or removed.' })
  @ApiOkResponse({ type: WorkerResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async tags(@Param('id', ID) id: string, @Body() body: UpdateTagsDto, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity): Promise<Presented<WorkerResponse>> {
    const set = body.set ?? {};
    if (Object.values(set).some((v) => typeof v !== 'string')) throw WorkerErrors.tagsInvalid(['every tag value in `set` must be a string']);
    await this.commands.execute(new UpdateWorkerTagsCommand(id, set, body.remove ?? [], actor));
    return this.view(id, caller);
  }

  @Patch(':id')
  @RequireRole('admin')
  @ApiOperation({ summary: 'Change name, CML endpoint override or idle detection' })
  @ApiOkResponse({ type: WorkerResponse })
  @ApiBadRequestResponse({ type: ProblemDetails })
  async update(@Param('id', ID) id: string, @Body() body: UpdateWorkerDto, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity): Promise<Presented<WorkerResponse>> {
    await this.commands.execute(new UpdateWorkerCommand(id, body, actor));
    return this.view(id, caller);
  }

  @Put(':id/owner')
  @RequireRole(ACTION_ROLES.changeOwner)
  @ApiOperation({ summary: "Change the worker's owner", description: 'A username or `group:<name>`; an empty string clears it. Recorded in the timeline (`worker.owner-changed`).' })
  @ApiOkResponse({ type: WorkerResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'WORKER.OWNER_INVALID: not a username or group:<name>' })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async setOwner(@Param('id', ID) id: string, @Body() body: SetOwnerDto, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity): Promise<Presented<WorkerResponse>> {
    await this.commands.execute(new SetWorkerOwnerCommand(id, body.owner, actor));
    return this.view(id, caller);
  }

  @Put(':id/override')
  // Its owner or a manager: checked below (ownerOrRoleRefusal).
  @RequireRole('user')
  @ApiOperation({
    summary: 'Keep the worker running, or stopped, until a time',
    description: "Wins over its schedules and runtime limit (a reservation still wins) and expires by itself. Replaces an override in force. The worker's owner or a manager.",
  })
  @ApiOkResponse({ type: WorkerResponse })
  @ApiBadRequestResponse({ type: ProblemDetails, description: 'WORKER.OVERRIDE_INVALID: unknown kind, or until not in the future or more than 14 days ahead' })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'WORKER.NOT_OWNER: neither its owner nor a manager' })
  @ApiNotFoundResponse({ type: ProblemDetails })
  @ApiConflictResponse({ type: ProblemDetails, description: 'WORKER.NOT_MANAGED: the worker was unregistered' })
  async setOverride(@Param('id', ID) id: string, @Body() body: SetOverrideDto, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity): Promise<Presented<WorkerResponse>> {
    await this.ensureOwnerOrManager(id, caller, 'Setting an override on');
    await this.commands.execute(new ChangeWorkerOverrideCommand(id, { set: { kind: body.kind, until: new Date(body.until) } }, actor));
    return this.view(id, caller);
  }

  @Delete(':id/override')
  @RequireRole('user')
  @ApiOperation({ summary: "Clear the worker's override", description: "It goes back to its schedules at once. Nothing to clear is no error. The worker's owner or a manager." })
  @ApiOkResponse({ type: WorkerResponse })
  @ApiForbiddenResponse({ type: ProblemDetails, description: 'WORKER.NOT_OWNER: neither its owner nor a manager' })
  @ApiNotFoundResponse({ type: ProblemDetails })
  async clearOverride(@Param('id', ID) id: string, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity): Promise<Presented<WorkerResponse>> {
    await this.ensureOwnerOrManager(id, caller, 'Clearing the override of');
    await this.commands.execute(new ChangeWorkerOverrideCommand(id, { clear: 'cleared' }, actor));
    return this.view(id, caller);
  }

  @Post(':id/refresh')
  // Calls EC2 and the controller on demand; the stored state it refreshes is readable by users.
  @RequireRole(ACTION_ROLES.refresh)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Re-read EC2 state and status checks now', description: 'Throttled per worker (WORKER_REFRESH_MIN_INTERVAL_SECONDS): 429 with Retry-After inside the interval.' })
  @ApiOkResponse({ type: WorkerResponse })
  @ApiTooManyRequestsResponse({ type: ProblemDetails })
  async refresh(@Param('id', ID) id: string, @CurrentActor() actor: Actor, @CurrentIdentity() caller: Identity): Promise<Presented<WorkerResponse>> {
    await this.commands.execute(new RefreshWorkerCommand(id, actor));
    return this.view(id, caller);
  }

  @Post(':id/license')
  @RequireRole(ACTION_ROLES.registerLicense)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: "Register the worker's CML license",
    description: 'Answers 202 with an operation; follow it at GET /api/operations/{id} until it settles. The token goes to the controller and is never stored or shown.',
  })
  @ApiAcceptedResponse({ type: OperationResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'WORKER.INVALID_TRANSITION: the worker is not running (names the status)' })
  async registerLicense(@Param('id', ID) id: string, @Body() body: RegisterLicenseDto, @CurrentActor() actor: Actor): Promise<Presented<OperationResponse>> {
    return toOperationResponse(
      await this.commands.execute<ChangeWorkerLicenseCommand, Operation>(
        new ChangeWorkerLicenseCommand(id, { kind: 'registration', token: body.token, reregister: Boolean(body.reregister) }, actor),
      ),
    );
  }

  @Delete(':id/license')
  @RequireRole(ACTION_ROLES.deregisterLicense)
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({ summary: "Deregister the worker's CML license", description: 'Answers 202 with an operation; follow it at GET /api/operations/{id}.' })
  @ApiAcceptedResponse({ type: OperationResponse })
  @ApiConflictResponse({ type: ProblemDetails, description: 'WORKER.INVALID_TRANSITION: the worker is not running (names the status)' })
  async deregisterLicense(@Param('id', ID) id: string, @CurrentActor() actor: Actor): Promise<Presented<OperationResponse>> {
    return toOperationResponse(await this.commands.execute<ChangeWorkerLicenseCommand, Operation>(new ChangeWorkerLicenseCommand(id, { kind: 'deregistration' }, actor)));
  }

  private async view(id: string, caller: Identity): Promise<Presented<WorkerResponse>> {
    return toWorkerResponse(await this.queries.execute<GetWorkerQuery, WorkerView>(new GetWorkerQuery(id)), caller);
  }

  /** WORKER.NOT_OWNER (403) unless the caller owns the worker or is a manager; WORKER.NOT_FOUND for an unknown one. */
  private async ensureOwnerOrManager(id: string, caller: Identity, what: string): Promise<void> {
    // A manager may on any worker: no read needed (an unknown worker is the command's 404).
    if (hasRole(caller.roles, 'manager')) return;
    const refusal = ownerOrRoleRefusal(await this.queries.execute<GetWorkerQuery, WorkerView>(new GetWorkerQuery(id)), caller, 'manager', what);
    if (refusal) throw refusal;
  }

  private async change(id: string, action: PowerAction, actor: Actor, caller: Identity, res: Response, force = false): Promise<Presented<StateChangeResponse>> {
    if (action !== 'terminate') await this.ensureOwnerOrManager(id, caller, action === 'start' ? 'Starting' : 'Stopping');
    const result = await this.commands.execute<ChangeWorkerStateCommand, StateChangeResult>(new ChangeWorkerStateCommand(id, action, actor, undefined, 'user', force));
    res.status(result.changed ? HttpStatus.ACCEPTED : HttpStatus.OK);
    return toStateChangeResponse(result, await this.queries.execute<GetWorkerQuery, WorkerView>(new GetWorkerQuery(id)), caller);
  }
}
