import { type Presented, present } from '../../../../platform/http/presenter.js';
import type { ImportResult } from '../../application/commands/import-workers/import-workers.command.js';
import type { WorkerView } from '../../application/worker.view.js';
import type { LegacyImportResultResponse, LegacyWorkerInstanceResponse } from './legacy-import-response.dto.js';

/** The earlier product's answers to its import route (see LegacyImportController). */

function toLegacyInstance(w: WorkerView): LegacyWorkerInstanceResponse {
  return {
    id: w.id,
    // An imported worker always has its instance and AMI.
    aws_instance_id: w.instanceId ?? '',
    aws_region: w.region,
    instance_name: w.name,
    ami_id: w.ami.id ?? '',
    ami_name: w.ami.name ?? null,
    instance_type: w.instanceType,
    instance_state: w.status,
    security_group_ids: [],
    subnet_id: '',
    public_ip: w.publicIp ?? null,
    private_ip: w.privateIp ?? null,
    tags: { ...w.tags },
  };
}

export function toLegacyWorkerInstanceResponse(w: WorkerView): Presented<LegacyWorkerInstanceResponse> {
  return present(toLegacyInstance(w));
}

export function toLegacyImportResultResponse(result: ImportResult, workers: WorkerView[]): Presented<LegacyImportResultResponse> {
  return present<LegacyImportResultResponse>({
    imported: workers.map(toLegacyInstance),
    // The earlier shape has no failures: an instance that could not be imported is skipped, saying why.
    skipped: [
      ...result.skipped.map((s) => ({ instance_id: s.instanceId, reason: s.reason })),
      ...result.failed.map((f) => ({ instance_id: f.instanceId, reason: `not imported (${f.code}): ${f.message}` })),
    ],
    total_found: result.totalFound,
    total_imported: result.imported.length,
    total_skipped: result.skipped.length + result.failed.length,
  });
}
