import { formatHours, formatUsd } from '../../../lib/format';
import type { CostTotals as Totals } from '../api/cost-types';
import { formatMonth } from '../lib/month';

interface Card {
  id: string;
  label: string;
  value: string;
  detail: string;
  tone?: string;
}

/** The month at a glance: spent so far, projected to the month's end, saved, and hours without a price. */
export function CostTotals({ month, totals, past }: { month: string; totals: Totals; past: boolean }) {
  const name = formatMonth(month);
  const cards: Card[] = [
    {
      id: 'spent',
      label: past ? `Spent in ${name}` : `Spent so far in ${name}`,
      value: formatUsd(totals.totalUsd),
      detail: `USD · compute ${formatUsd(totals.computeUsd)}, storage ${formatUsd(totals.storageUsd)} · ${formatHours(totals.runningHours)} running`,
    },
    {
      id: 'projected',
      label: `Projected for ${name}`,
      value: formatUsd(totals.projectedUsd),
      detail: totals.projectedUsd === null ? 'Too early in the month to project' : past ? 'USD · the month is over' : 'USD · at the pace so far, to the month’s end',
    },
    {
      id: 'saved',
      label: `Saved in ${name}`,
      value: formatUsd(totals.savedUsd),
      detail: 'USD · by automatic stops (see below)',
      tone: 'text-success',
    },
  ];
  return (
    <>
      {/* One <dl> per figure: a <dl> may hold <div>s of <dt>/<dd>, not the grid's nested ones (axe: definition-list). */}
      <div className="row row-cols-1 row-cols-md-3 g-2 mb-2" role="group" aria-label={`Cost totals for ${name}`}>
        {cards.map((c) => (
          <div key={c.id} className="col">
            <dl className="border rounded p-2 h-100 bg-body-tertiary mb-0">
              <dt className="small text-body-secondary fw-normal">{c.label}</dt>
              <dd className={`h3 mb-0 ${c.tone ?? ''}`} data-testid={`cost-${c.id}`}>
                {c.value}
              </dd>
              <dd className="small text-body-secondary mb-0">{c.detail}</dd>
            </dl>
          </div>
        ))}
      </div>
      {totals.unpricedHours > 0 && (
        <div className="alert alert-warning py-2 small" role="status" data-testid="cost-unpriced">
          <strong>{formatHours(totals.unpricedHours)} without a price</strong> are not in these amounts: the price list has no price for their instance type or volume type in their region. An administrator can set one on the prices page.
        </div>
      )}
    </>
  );
}
