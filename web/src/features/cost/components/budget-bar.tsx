import { formatUsd } from '../../../lib/format';
import type { Budget } from '../api/cost-types';
import { BUDGET_STATES } from '../lib/cost-words';

/**
 * A budget's month: spent as a bar against the limit (its percent and dollars in words), the
 * limit and the projection as marks on it, and the state as a badge.
 */
export function BudgetBar({ budget }: { budget: Budget }) {
  const s = budget.status;
  const state = BUDGET_STATES[s.state];
  // The bar reads as spent against the limit; past the limit it grows to the spent, and a projection beyond the bar sits at its end.
  const scale = Math.max(100, s.percent);
  const projectedPct = s.projectedUsd !== null ? (s.projectedUsd / budget.monthlyUsd) * 100 : undefined;
  return (
    <div>
      <div className="d-flex flex-wrap justify-content-between gap-2 small mb-1">
        <span>
          {formatUsd(s.spentUsd)} of {formatUsd(budget.monthlyUsd)} ({Math.round(s.percent)} %)
        </span>
        <span className="text-body-secondary">
          {projectedPct === undefined ? 'no projection yet' : `projected ${formatUsd(s.projectedUsd)} (${Math.round(projectedPct)} %)`}{' '}
          <span className={`badge text-bg-${state.tone} fw-normal`}>{state.text}</span>
        </span>
      </div>
      <div className="position-relative">
        <div
          className="progress"
          style={{ height: 10 }}
          role="progressbar"
          aria-label={`${budget.name}: spent`}
          aria-valuenow={Math.round(s.percent)}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuetext={`${Math.round(s.percent)} %, ${formatUsd(s.spentUsd)} of ${formatUsd(budget.monthlyUsd)}`}
        >
          <div className={`progress-bar bg-${state.tone}`} style={{ width: `${(Math.min(s.percent, scale) / scale) * 100}%` }} />
        </div>
        {/* The limit and the projection as ticks on the same scale. */}
        <span className="position-absolute top-0 border-start border-2 border-dark" style={{ left: `${(100 / scale) * 100}%`, height: 10 }} aria-hidden="true" title="Limit" />
        {projectedPct !== undefined && (
          <span className="position-absolute top-0 border-start border-2 border-secondary" style={{ left: `${Math.min(100, (projectedPct / scale) * 100)}%`, height: 10, borderStyle: 'dashed' }} aria-hidden="true" title="Projected" />
        )}
      </div>
    </div>
  );
}
