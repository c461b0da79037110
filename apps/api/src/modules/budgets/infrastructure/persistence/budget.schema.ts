import { Schema } from 'mongoose';
import { actorSchema, aggregateDocumentSchema, nestedSchema } from '#persistence';

/** The budgets collection and its model name (ADR 0028). */
export const BUDGETS_COLLECTION = 'budgets';
export const BUDGET_MODEL = 'Budget';

/** A budget's document (`BudgetState`): definition, the months watched (thresholds crossed, workers stopped). Deleted ones are kept, marked. */
export const budgetSchema = aggregateDocumentSchema(
  {
    name: String,
    // The scope's fields depend on its kind (fleet, owner, tag).
    scope: Schema.Types.Mixed,
    monthlyUsd: Number,
    thresholdsPercent: [Number],
    stopAtLimit: Boolean,
    hard: Boolean,
    createdAt: String,
    createdBy: actorSchema,
    updatedAt: String,
    months: [nestedSchema({ month: String, crossedPercent: [Number], stoppedWorkerIds: [String] })],
    deletedAt: String,
  },
  { collection: BUDGETS_COLLECTION },
);
budgetSchema.index({ deletedAt: 1, name: 1 });
