/**
 * A budget at its limit keeps the workers it stopped stopped with a keep-stopped override until the
 * month ends (ADR 0043). The override is by `budget:<name>`; a hard budget's by `hard-budget:<name>`,
 * which the desired-power decision puts before reservations (a soft budget's yields to them).
 */
const SOFT = 'budget:';
const HARD = 'hard-budget:';

/** Who a budget's keep-stopped override is by (the actor name it is set with). */
export function budgetHoldBy(budgetName: string, hard: boolean): string {
  return `${hard ? HARD : SOFT}${budgetName}`;
}

/** Whether an override set by `by` is a budget's hold. */
export function isBudgetHold(by: string): boolean {
  return by.startsWith(SOFT) || by.startsWith(HARD);
}

/** Whether an override set by `by` holds the worker stopped inside reservations too (a hard budget's). */
export function holdsThroughReservations(by: string): boolean {
  return by.startsWith(HARD);
}
