import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AppConfig } from '../../../../../config/app-config.js';
import { WORKER_NAME_RULE } from '../../../../workers/workers.public.js';
import { type ConsoleDefaults, GetConsoleDefaultsQuery } from './get-console-defaults.query.js';

/** Only what forms need; nothing secret (no subnets, security groups, key names or credentials). */
@QueryHandler(GetConsoleDefaultsQuery)
export class GetConsoleDefaultsHandler implements IQueryHandler<GetConsoleDefaultsQuery, ConsoleDefaults> {
  constructor(private readonly config: AppConfig) {}

  execute(): Promise<ConsoleDefaults> {
    const { aws, workers, jobs, labs } = this.config;
    // A default AMI for a region this deployment does not manage would only confuse a form.
    const amiIds = Object.fromEntries(Object.entries(workers.defaultAmiIds).filter(([region]) => aws.regions.includes(region)));
    return Promise.resolve({
      regions: [...aws.regions],
      defaultRegion: aws.regions.includes(aws.defaultRegion) ? aws.defaultRegion : aws.regions[0],
      provisioning: {
        instanceType: workers.defaultInstanceType,
        amiIds,
        amiName: workers.defaultAmiName,
        workerName: {
          minLength: WORKER_NAME_RULE.minLength,
          maxLength: WORKER_NAME_RULE.maxLength,
          pattern: WORKER_NAME_RULE.pattern.source,
          allowedCharacters: WORKER_NAME_RULE.allowedCharacters,
        },
      },
      idle: {
        enabled: jobs.idle.enabled,
        timeoutMinutes: jobs.idle.timeoutMinutes,
        warningLeadMinutes: jobs.idle.warningLeadMinutes,
        startGraceMinutes: jobs.idle.startGraceMinutes,
        checkIntervalSeconds: jobs.idle.checkIntervalSeconds,
      },
      labs: { uploadMaxBytes: labs.uploadMaxBytes },
    });
  }
}
