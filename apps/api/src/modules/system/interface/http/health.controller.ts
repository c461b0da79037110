import { Controller, Get, ServiceUnavailableException } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, type HealthCheckResult, MongooseHealthIndicator } from '@nestjs/terminus';
import { ProblemDetails } from '../../../../platform/http/problem-details.js';
import type { Presented } from '../../../../platform/http/presenter.js';
import { GracefulShutdown } from '../../../../platform/lifecycle/graceful-shutdown.js';
import { Public } from '../../../auth/auth.public.js';
import { SystemErrors } from '../../domain/system.errors.js';
import { RedisHealthIndicator } from '../../infrastructure/redis.health.js';
import { ComponentHealthResponse, LivenessResponse, ReadinessResponse } from './health-response.dto.js';
import { toLivenessResponse, toReadinessResponse } from './health.presenter.js';

@ApiTags('system')
@ApiExtraModels(ComponentHealthResponse)
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly mongoose: MongooseHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly shutdown: GracefulShutdown,
  ) {}

  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process is up and serving HTTP', operationId: 'getLiveness' })
  @ApiOkResponse({ type: LivenessResponse })
  live(): Presented<LivenessResponse> {
    return toLivenessResponse();
  }

  @Get('ready')
  @ApiOperation({
    summary: 'Readiness: MongoDB (and Redis when configured) answer',
    description:
      'Answers 503 while a required dependency is unreachable, and from SIGTERM on while the instance drains before it stops (`HEALTH.DRAINING`), so a load balancer stops sending traffic.',
    operationId: 'getReadiness',
  })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiServiceUnavailableResponse({ type: ProblemDetails, description: 'A dependency is down (`details.components` says which), or the instance is shutting down (`HEALTH.DRAINING`)' })
  async ready(): Promise<Presented<ReadinessResponse>> {
    if (this.shutdown.draining) {
      throw SystemErrors.draining(this.shutdown.since);
    }
    try {
      const result = await this.health.check([
        () => this.mongoose.pingCheck('mongodb').withTimeout(1500),
        ...(this.redis.configured ? [() => this.redis.ping()] : []),
      ]);
      return toReadinessResponse(result);
    } catch (err) {
      if (!(err instanceof ServiceUnavailableException)) throw err;
      const result = err.getResponse() as HealthCheckResult;
      const down = Object.entries(result.error ?? {}).map(([name, v]) => `${name} (${String(v?.message ?? "down")})`);
      throw SystemErrors.notReady(down, result.details);
    }
  }
}
