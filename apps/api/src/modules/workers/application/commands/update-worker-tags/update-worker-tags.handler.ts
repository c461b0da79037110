import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { AppConfig } from '../../../../../config/app-config.js';
import { tagProblems } from '../../../domain/worker-tags.rule.js';
import { WorkerRepository } from '../../../domain/worker.repository.port.js';
import { WorkerErrors } from '../../../domain/worker.errors.js';
import { endpointPolicy } from '../../worker-config.policy.js';
import { observed } from '../../ec2-instance.mapper.js';
import { Ec2Port } from '../../ports/ec2.port.js';
import { UpdateWorkerTagsCommand } from './update-worker-tags.command.js';

/** Writes the edit to EC2, then records the tags EC2 reports back (the source of truth). */
@CommandHandler(UpdateWorkerTagsCommand)
export class UpdateWorkerTagsHandler implements ICommandHandler<UpdateWorkerTagsCommand, void> {
  constructor(
    private readonly workers: WorkerRepository,
    private readonly ec2: Ec2Port,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async execute({ workerId, set, remove, actor }: UpdateWorkerTagsCommand): Promise<void> {
    const problems = tagProblems(set, remove);
    if (problems.length) throw WorkerErrors.tagsInvalid(problems);
    if (Object.keys(set).length === 0 && remove.length === 0) throw WorkerErrors.tagsEmpty();
    const worker = await this.workers.get(workerId);
    worker.ensureAllowed('edit-tags');
    const instanceIds = [worker.instanceId!];

    if (Object.keys(set).length) await this.ec2.createTags(worker.region, instanceIds, set);
    if (remove.length) await this.ec2.deleteTags(worker.region, instanceIds, remove);
    const [instance] = await this.ec2.describeInstances(worker.region, { instanceIds });

    await retryOnConflict(async () => {
      const fresh = await this.workers.get(workerId);
      const ctx = { actor, now: this.clock.now() };
      if (instance) fresh.observe(observed(instance), endpointPolicy(this.config), ctx, 'user');
      await this.workers.save(fresh);
      fresh.commit();
    });
  }
}
