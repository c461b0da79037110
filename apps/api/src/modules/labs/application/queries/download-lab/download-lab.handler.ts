import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { parse } from 'yaml';
import { ensureControllerUsable } from '../../../domain/lab-worker.rule.js';
import { ControllerReadThrottle } from '../../controller-read-throttle.js';
import { LabReadModel } from '../../lab.view.js';
import { LabControllerPort } from '../../ports/lab-controller.port.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { DownloadLabQuery, type LabTopologyFile } from './download-lab.query.js';

/** The title inside the topology is the freshest; the record's, then the lab id, stand in. */
function titleIn(yaml: string): string | undefined {
  try {
    const title = (parse(yaml) as { lab?: { title?: unknown } } | null)?.lab?.title;
    return typeof title === 'string' && title.trim() ? title.trim() : undefined;
  } catch {
    return undefined;
  }
}

@QueryHandler(DownloadLabQuery)
export class DownloadLabHandler implements IQueryHandler<DownloadLabQuery, LabTopologyFile> {
  constructor(
    private readonly workers: WorkerDirectory,
    private readonly controller: LabControllerPort,
    private readonly readModel: LabReadModel,
    private readonly throttle: ControllerReadThrottle,
  ) {}

  async execute({ workerId, labId }: DownloadLabQuery): Promise<LabTopologyFile> {
    const worker = await this.workers.get(workerId);
    ensureControllerUsable(worker);
    await this.throttle.read(worker);
    const yaml = await this.controller.download(worker, labId);
    const title = titleIn(yaml) ?? (await this.readModel.get(workerId, labId))?.title ?? labId;
    return { title, yaml };
  }
}
