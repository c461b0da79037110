import { formatHours, formatUsd } from '../../../lib/format';
import type { SavedByRule as Saving } from '../api/cost-types';
import { describeRule, SAVING_RULES } from '../lib/cost-words';

/** "Idle detection saved $1,240": one bar per rule, as long as its share of the largest. */
export function SavedByRule({ savings }: { savings: Saving[] }) {
  const ordered = SAVING_RULES.map(({ rule }) => savings.find((s) => s.rule === rule) ?? { rule, usd: 0, hours: 0, unpricedHours: 0 });
  const max = Math.max(0, ...ordered.map((s) => s.usd));
  return (
    <ul className="list-unstyled mb-0" aria-label="Saved per rule">
      {ordered.map((s) => (
        <li key={s.rule} className="mb-2" data-testid={`saved-${s.rule}`}>
          <div className="d-flex justify-content-between small">
            <span>
              {describeRule(s.rule)} saved <strong>{formatUsd(s.usd)}</strong>
            </span>
            <span className="text-body-secondary">
              {formatHours(s.hours)} stopped{s.unpricedHours > 0 ? `, ${formatHours(s.unpricedHours)} without a price` : ''}
            </span>
          </div>
          <div className="progress" style={{ height: 8 }} aria-hidden="true">
            <div className="progress-bar bg-success" style={{ width: `${max > 0 ? (s.usd / max) * 100 : 0}%` }} />
          </div>
        </li>
      ))}
    </ul>
  );
}
