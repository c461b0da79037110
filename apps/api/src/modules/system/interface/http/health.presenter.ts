import type { HealthCheckResult } from '@nestjs/terminus';
import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { LivenessResponse, ReadinessResponse } from './health-response.dto.js';

/** Health answers: the status, and for readiness each dependency's (Terminus' `info`/`error` repeat `details`: left out). */

export function toLivenessResponse(): Presented<LivenessResponse> {
  return present<LivenessResponse>({ status: 'ok' });
}

export function toReadinessResponse(result: HealthCheckResult): Presented<ReadinessResponse> {
  return present<ReadinessResponse>({
    status: result.status,
    details: Object.fromEntries(Object.entries(result.details).map(([name, component]) => [name, { status: component.status }])),
  });
}
