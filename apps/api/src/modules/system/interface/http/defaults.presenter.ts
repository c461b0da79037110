import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { ConsoleDefaults } from '../../application/queries/get-console-defaults/get-console-defaults.query.js';
import type { ConsoleDefaultsResponse } from './defaults-response.dto.js';

/** The defaults the console's forms start from. */
export function toConsoleDefaultsResponse(d: ConsoleDefaults): Presented<ConsoleDefaultsResponse> {
  const { provisioning: p, idle } = d;
  return present<ConsoleDefaultsResponse>({
    regions: [...d.regions],
    defaultRegion: d.defaultRegion,
    provisioning: {
      instanceType: p.instanceType,
      amiIds: { ...p.amiIds },
      amiName: p.amiName,
      workerName: { minLength: p.workerName.minLength, maxLength: p.workerName.maxLength, pattern: p.workerName.pattern, allowedCharacters: p.workerName.allowedCharacters },
    },
    idle: {
      enabled: idle.enabled,
      timeoutMinutes: idle.timeoutMinutes,
      warningLeadMinutes: idle.warningLeadMinutes,
      startGraceMinutes: idle.startGraceMinutes,
      checkIntervalSeconds: idle.checkIntervalSeconds,
    },
    labs: { uploadMaxBytes: d.labs.uploadMaxBytes },
  });
}
