/** A budget's thresholds are percentages of its monthly amount, from 1 to 200, ascending and unique. */
export const THRESHOLD_MIN = 1;
export const THRESHOLD_MAX = 200;
export const MAX_THRESHOLDS = 10;

export type BudgetState = 'ok' | 'warning' | 'exceeded';

/** Every problem of a list of thresholds, in words naming what to fix. */
export function thresholdProblems(thresholds: unknown): string[] {
  if (!Array.isArray(thresholds) || thresholds.length === 0) return ['thresholdsPercent: give at least one percentage, e.g. [80, 100]'];
  const problems: string[] = [];
  if (thresholds.length > MAX_THRESHOLDS) problems.push(`thresholdsPercent: at most ${MAX_THRESHOLDS} thresholds`);
  const bad = thresholds.filter((t) => typeof t !== 'number' || !Number.isFinite(t) || t < THRESHOLD_MIN || t > THRESHOLD_MAX);
  if (bad.length) problems.push(`thresholdsPercent: ${bad.join(', ')} ${bad.length === 1 ? 'is' : 'are'} not a percentage from ${THRESHOLD_MIN} to ${THRESHOLD_MAX}`);
  else if (thresholds.some((t, i) => i > 0 && t <= thresholds[i - 1])) problems.push(`thresholdsPercent: list them ascending and each once, e.g. [80, 100]; got [${thresholds.join(', ')}]`);
  return problems;
}

/** How much of the budget is spent, in percent (0 for a budget of 0). */
export function spentPercent(spentUsd: number, monthlyUsd: number): number {
  return monthlyUsd > 0 ? (spentUsd / monthlyUsd) * 100 : 0;
}

/** The thresholds reached at `percent` not yet crossed this month, ascending: each is crossed once per month. */
export function newlyCrossed(thresholds: readonly number[], percent: number, alreadyCrossed: readonly number[]): number[] {
  return thresholds.filter((t) => percent >= t && !alreadyCrossed.includes(t));
}

/** ok below the first threshold, warning from it, exceeded from 100 %. */
export function budgetState(thresholds: readonly number[], percent: number): BudgetState {
  if (percent >= 100) return 'exceeded';
  const first = thresholds[0];
  return first !== undefined && percent >= first ? 'warning' : 'ok';
}
