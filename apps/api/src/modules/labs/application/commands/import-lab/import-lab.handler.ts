import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { type LabFacts, LabRecord } from '../../../domain/lab-record.aggregate.js';
import { ensureControllerUsable } from '../../../domain/lab-worker.rule.js';
import { type CheckedTopology, checkTopology } from '../../../domain/topology.rule.js';
import { LabRecordWriter } from '../../lab-record-writer.js';
import { factsOf, LabControllerPort } from '../../ports/lab-controller.port.js';
import { WorkerDirectory } from '../../ports/worker-directory.port.js';
import { ImportLabCommand } from './import-lab.command.js';

/** What the topology says, for when the new lab cannot be read back from the controller. */
function factsFromTopology(topology: CheckedTopology, title: string | undefined): LabFacts {
  return { title: title ?? topology.title ?? '', description: '', notes: '', state: 'DEFINED_ON_CORE', nodeCount: topology.nodeCount, linkCount: topology.linkCount };
}

/**
 * Checks the topology (400 naming the problem) before the worker's state (409), so a wrong file is
 * reported even while the worker is down; then imports it and records the new lab at once.
 */
@CommandHandler(ImportLabCommand)
export class ImportLabHandler implements ICommandHandler<ImportLabCommand, string> {
  private readonly logger = new Logger('LabImport');

  constructor(
    private readonly workers: WorkerDirectory,
    private readonly controller: LabControllerPort,
    private readonly writer: LabRecordWriter,
  ) {}

  async execute({ workerId, content, actor, filename, title }: ImportLabCommand): Promise<string> {
    const worker = await this.workers.get(workerId);
    const topology = checkTopology(content);
    ensureControllerUsable(worker);
    const labId = await this.controller.import(worker, topology.text, title);
    // The lab exists now: a failed read-back must not lose the import, so the topology stands in until the next sync.
    const facts = await this.controller.lab(worker, labId).then(factsOf, (err: unknown) => {
      this.logger.warn(`Lab ${labId} was imported on worker ${worker.name} but could not be read back: ${(err as Error).message}`);
      return factsFromTopology(topology, title);
    });
    const upload = { filename, bytes: content.length };
    await this.writer.write(workerId, labId, actor, (record, ctx, policy) => {
      if (!record) return { save: LabRecord.import(this.writer.idOf(workerId, labId), workerId, labId, facts, upload, policy, ctx), result: undefined };
      // A sync saw the new lab first: it is still this upload's lab.
      record.observe(facts, policy, ctx);
      record.recordImport(upload, policy, ctx);
      return { save: record, result: undefined };
    });
    return labId;
  }
}
