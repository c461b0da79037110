/** What other modules (the jobs module) may use of the scheduling module: the reconciler's command. */
export { ReconcilePowerCommand, type ReconcileSummary } from './application/commands/reconcile-power/reconcile-power.command.js';
