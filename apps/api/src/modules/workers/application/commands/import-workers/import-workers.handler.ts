import { Logger } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, DomainError } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { importability, importedWorkerName, importSelectionProblem } from '../../../domain/import.rule.js';
import { Worker } from '../../../domain/worker.aggregate.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { ownerFromTags } from '../../../domain/worker-owner.rule.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { endpointPolicy, ensureManagedRegion } from '../../worker-config.policy.js';
import { isImageNotFound, isInstanceNotFound, type AmiImage, type Ec2Instance, Ec2Port, type Ec2Volume } from '../../ports/ec2.port.js';
import { observed } from '../../ec2-instance.mapper.js';
import { WorkerReadModel } from '../../ports/worker-read-model.port.js';
import { type ImportResult, ImportWorkersCommand, type SkippedInstance } from './import-workers.command.js';

/**
 * Takes EC2 instances under management: one by instance id, the first unmanaged one matching an
 * AMI id or name pattern, or all of them. Idempotent and race-free: a unique index allows one
 * managed worker per (region, instance id), whatever runs concurrently.
 */
@CommandHandler(ImportWorkersCommand)
export class ImportWorkersHandler implements ICommandHandler<ImportWorkersCommand, ImportResult> {
  private readonly logger = new Logger('Import');

  constructor(
    private readonly workers: WorkerRepository,
    private readonly readModel: WorkerReadModel,
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute({ criteria, actor, source }: ImportWorkersCommand): Promise<ImportResult> {
    const { region } = criteria;
    ensureManagedRegion(this.config, region);
    const problem = importSelectionProblem(criteria, true);
    if (problem) throw WorkerErrors.importSelectionInvalid(problem);

    const { instances, images } = await this.find(criteria);
    const managed = await this.readModel.managedByInstance(region, instances.map((i) => i.instanceId));
    const skipped: SkippedInstance[] = [];
    const candidates: Ec2Instance[] = [];
    for (const instance of instances) {
      const verdict = importability(instance, managed.get(instance.instanceId));
      if (verdict.importable) candidates.push(instance);
      else skipped.push({ instanceId: instance.instanceId, reason: verdict.reason, workerId: verdict.owner?.id });
    }

    if (criteria.instanceId) {
      const [only] = instances;
      const verdict = importability(only, managed.get(only.instanceId));
      if (!verdict.importable) throw verdict.owner ? WorkerErrors.alreadyRegistered(region, only.instanceId, verdict.owner) : WorkerErrors.instanceNotImportable(only.instanceId, only.state);
    }
    const chosen = criteria.all ? candidates : candidates.slice(0, 1);
    if (!criteria.all && chosen.length === 0) {
      throw WorkerErrors.noImportableInstance(region, instances.length, skipped);
    }

    const amiFor = (imageId: string) => images.find((i) => i.imageId === imageId);
    const result: ImportResult = { dryRun: Boolean(criteria.dryRun), imported: [], skipped, failed: [], totalFound: instances.length };
    const volumes = criteria.dryRun ? undefined : await this.volumesOf(region, chosen);
    for (const instance of chosen) {
      if (criteria.dryRun) {
        result.imported.push({ instanceId: instance.instanceId, name: importedWorkerName(instance, criteria.name), state: instance.state });
        continue;
      }
      try {
        result.imported.push(await this.importOne(instance, criteria, amiFor(instance.imageId), volumes, actor, source));
      } catch (err) {
        // One instance: its failure is the answer. Every match: it is that instance's outcome, and the others go ahead.
        if (!criteria.all) throw err;
        if (WorkerErrors.alreadyRegistered.is(err)) {
          // Someone imported it a moment ago.
          result.skipped.push({ instanceId: instance.instanceId, reason: 'already managed (imported concurrently)', workerId: err.details?.workerId as string | undefined });
        } else if (err instanceof DomainError) {
          result.failed.push({ instanceId: instance.instanceId, code: err.code, message: err.message });
        } else {
          this.logger.error(`Importing ${instance.instanceId} in ${region} failed: ${(err as Error).stack ?? String(err)}`);
          result.failed.push({ instanceId: instance.instanceId, code: 'INTERNAL', message: 'Cloud Manager could not record this worker (the log has the cause); import it again.' });
        }
      }
    }
    return result;
  }

  /** Records one instance as a worker; a concurrent import of it fails with `alreadyRegistered`. */
  private async importOne(
    instance: Ec2Instance,
    criteria: ImportWorkersCommand['criteria'],
    ami: AmiImage | undefined,
    volumes: Map<string, Ec2Volume[]> | undefined,
    actor: ImportWorkersCommand['actor'],
    source: ImportWorkersCommand['source'],
  ): Promise<ImportResult['imported'][number]> {
    const seen = observed(instance);
    // Its owner is the one the WORKER_OWNER_TAG tag names, if any.
    const owner = ownerFromTags(seen.tags, this.config.scheduling.ownerTag);
    const worker = Worker.import(
      this.workers.newId(),
      { region: criteria.region, instance: seen, name: criteria.name, ami: ami ? { name: ami.name, description: ami.description } : undefined, source, owner, volumes: volumes && (volumes.get(instance.instanceId) ?? []) },
      endpointPolicy(this.config),
      { actor, now: this.clock.now() },
    );
    await this.workers.save(worker);
    worker.commit();
    return { instanceId: instance.instanceId, name: worker.name, state: instance.state, workerId: worker.id };
  }

  /**
   * The EBS volumes of the instances to import, in one call; a failure imports them without (the
   * volume-inventory job reads them later) rather than failing the import over a cost figure.
   */
  private async volumesOf(region: string, instances: Ec2Instance[]): Promise<Map<string, Ec2Volume[]> | undefined> {
    if (instances.length === 0) return undefined;
    try {
      return await this.ec2.describeVolumes(region, instances.map((i) => i.instanceId));
    } catch (err) {
      this.logger.warn(`Reading the volumes of the imported instances in ${region} failed; the volume inventory reads them later: ${(err as Error).message}`);
      return undefined;
    }
  }

  private async find(criteria: ImportWorkersCommand['criteria']): Promise<{ instances: Ec2Instance[]; images: AmiImage[] }> {
    const { region } = criteria;
    if (criteria.instanceId) {
      try {
        const instances = await this.ec2.describeInstances(region, { instanceIds: [criteria.instanceId] });
        if (instances.length === 0) throw WorkerErrors.importInstanceNotFound(region, criteria.instanceId);
        const images = await this.ec2.describeImages(region, { imageIds: [instances[0].imageId] }).catch(() => []);
        return { instances, images };
      } catch (err) {
        if (isInstanceNotFound(err)) throw WorkerErrors.importInstanceNotFound(region, criteria.instanceId);
        throw err;
      }
    }
    let images: AmiImage[];
    if (criteria.amiId) {
      images = await this.ec2.describeImages(region, { imageIds: [criteria.amiId] }).catch((err: unknown) => {
        if (isImageNotFound(err)) return [];
        throw err;
      });
      if (images.length === 0) images = [{ imageId: criteria.amiId, name: criteria.amiId }];
    } else {
      images = await this.ec2.describeImages(region, { namePattern: criteria.amiName });
      if (images.length === 0) {
        throw WorkerErrors.noMatchingAmi(region, criteria.amiName!, this.config.aws.amiOwners);
      }
    }
    const instances = await this.ec2.describeInstances(region, { imageIds: images.map((i) => i.imageId) });
    // Newest first, so "the first match" is the most recently launched instance.
    instances.sort((a, b) => (b.launchTime ?? '').localeCompare(a.launchTime ?? '') || a.instanceId.localeCompare(b.instanceId));
    return { instances, images };
  }
}
