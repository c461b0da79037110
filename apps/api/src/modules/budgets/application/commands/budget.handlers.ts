import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Clock, retryOnConflict } from '#kernel';
import { Budget } from '../../domain/budget.aggregate.js';
import { BudgetErrors } from '../../domain/budget.errors.js';
import { BudgetRepository } from '../../domain/budget.repository.port.js';
import { CreateBudgetCommand, DeleteBudgetCommand, UpdateBudgetCommand } from './budget.commands.js';

/** BUDGET.NAME_TAKEN when another budget (not `except`) has the name, case and spaces aside. */
async function ensureNameFree(budgets: BudgetRepository, name: string | undefined, except?: string): Promise<void> {
  if (typeof name !== 'string') return;
  const wanted = name.trim().toLowerCase();
  const clash = (await budgets.active()).find((b) => b.id !== except && b.name.toLowerCase() === wanted);
  if (clash) throw BudgetErrors.nameTaken(clash.name, clash.id);
}

@CommandHandler(CreateBudgetCommand)
export class CreateBudgetHandler implements ICommandHandler<CreateBudgetCommand, string> {
  constructor(
    private readonly budgets: BudgetRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ definition, actor }: CreateBudgetCommand): Promise<string> {
    const budget = Budget.create(this.budgets.newId(), definition, { actor, now: this.clock.now() });
    await ensureNameFree(this.budgets, budget.name);
    await this.budgets.save(budget);
    budget.commit();
    return budget.id;
  }
}

@CommandHandler(UpdateBudgetCommand)
export class UpdateBudgetHandler implements ICommandHandler<UpdateBudgetCommand, void> {
  constructor(
    private readonly budgets: BudgetRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ id, change, actor }: UpdateBudgetCommand): Promise<void> {
    await this.budgets.get(id);
    await ensureNameFree(this.budgets, change.name, id);
    await retryOnConflict(async () => {
      const budget = await this.budgets.get(id);
      budget.update(change, { actor, now: this.clock.now() });
      await this.budgets.save(budget);
      budget.commit();
    });
  }
}

@CommandHandler(DeleteBudgetCommand)
export class DeleteBudgetHandler implements ICommandHandler<DeleteBudgetCommand, void> {
  constructor(
    private readonly budgets: BudgetRepository,
    private readonly clock: Clock,
  ) {}

  async execute({ id, actor }: DeleteBudgetCommand): Promise<void> {
    await retryOnConflict(async () => {
      const budget = await this.budgets.get(id);
      budget.remove({ actor, now: this.clock.now() });
      await this.budgets.save(budget);
      budget.commit();
    });
  }
}
