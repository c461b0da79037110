import { type Presented, present, presentAll } from '../../../../platform/http/presenter.js';
import type { ImportResult } from '../../application/commands/import-workers/import-workers.command.js';
import type { DiscoveredInstance } from '../../application/queries/discover-instances/discover-instances.query.js';
import type { FoundImage } from '../../application/queries/find-images/find-images.query.js';
import type { DiscoveredInstanceResponse, FoundImageResponse, ImportResultResponse } from './worker-response.dto.js';

/** EC2 instances of a region as discovery and import show them. */

export function toDiscoveredInstanceResponses(instances: DiscoveredInstance[]): Presented<DiscoveredInstanceResponse[]> {
  return presentAll(instances, (i): DiscoveredInstanceResponse => ({
    instanceId: i.instanceId,
    name: i.name,
    state: i.state,
    instanceType: i.instanceType,
    amiId: i.amiId,
    amiName: i.amiName,
    launchTime: i.launchTime,
    publicIp: i.publicIp,
    privateIp: i.privateIp,
    managed: i.managed,
    workerId: i.workerId,
    workerName: i.workerName,
    importable: i.importable,
    reason: i.reason,
  }));
}

export function toFoundImageResponses(images: FoundImage[]): Presented<FoundImageResponse[]> {
  return presentAll(images, (i): FoundImageResponse => ({ imageId: i.imageId, name: i.name, description: i.description, creationDate: i.creationDate }));
}

export function toImportResultResponse(result: ImportResult): Presented<ImportResultResponse> {
  return present<ImportResultResponse>({
    dryRun: result.dryRun,
    imported: result.imported.map((i) => ({ instanceId: i.instanceId, name: i.name, state: i.state, workerId: i.workerId })),
    skipped: result.skipped.map((s) => ({ instanceId: s.instanceId, reason: s.reason, workerId: s.workerId })),
    failed: result.failed.map((f) => ({ instanceId: f.instanceId, code: f.code, message: f.message })),
    totalFound: result.totalFound,
  });
}
