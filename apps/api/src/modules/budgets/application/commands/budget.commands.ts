import type { Actor } from '#kernel';
import type { BudgetDefinition } from '../../domain/budget.aggregate.js';

/** Creates a budget (admin); answers its id. */
export class CreateBudgetCommand {
  constructor(
    readonly definition: BudgetDefinition,
    readonly actor: Actor,
  ) {}
}

/** Changes some fields of a budget (admin). */
export class UpdateBudgetCommand {
  constructor(
    readonly id: string,
    readonly change: Partial<BudgetDefinition>,
    readonly actor: Actor,
  ) {}
}

/** Deletes a budget (admin); it stops nothing more, its holds run out at the month's end. */
export class DeleteBudgetCommand {
  constructor(
    readonly id: string,
    readonly actor: Actor,
  ) {}
}
