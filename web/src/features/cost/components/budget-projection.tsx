import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { useBudgets } from '../api/list-budgets';
import { describeScope } from '../lib/cost-words';
import { BudgetBar } from './budget-bar';

/** Each budget's month against its limit, as on the budgets page, for the cost page. */
export function BudgetProjection({ month }: { month: string }) {
  const budgets = useBudgets(month);
  if (budgets.isPending) return <Loading label="Loading the budgets…" />;
  if (budgets.error) return <ErrorAlert error={budgets.error} title="The budgets could not be loaded." />;
  if (budgets.data.length === 0)
    return (
      <p className="small text-body-secondary mb-0">
        No budgets yet. <Link to="/cost/budgets">Budgets</Link> notify at thresholds and can stop workers at their limit.
      </p>
    );
  return (
    <ul className="list-unstyled mb-0" aria-label="Budgets">
      {budgets.data.map((b) => (
        <li key={b.id} className="mb-3">
          <div className="small fw-semibold">
            {b.name} <span className="fw-normal text-body-secondary">· {describeScope(b.scope)}</span>
          </div>
          <BudgetBar budget={b} />
        </li>
      ))}
    </ul>
  );
}
