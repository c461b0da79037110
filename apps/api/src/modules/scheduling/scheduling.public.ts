/** What other modules may use of the scheduling module: the reconciler's command (jobs), a worker's desired power and the budget hold's actor (budgets). */
export { ReconcilePowerCommand, type ReconcileSummary } from './application/commands/reconcile-power/reconcile-power.command.js';
export { GetWorkerPowerQuery, type WorkerPowerView } from './application/queries/scheduling.queries.js';
export { budgetHoldBy, isBudgetHold } from './domain/budget-hold.rule.js';
