import { useCallback, useEffect, useId, useState } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { EmptyState, Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import type { CostGroupBy } from '../api/cost-types';
import { workerCostsCsvUrl } from '../api/download-worker-costs';
import { useCostReport } from '../api/get-cost-report';
import { BudgetProjection } from '../components/budget-projection';
import { CostGroupsTable } from '../components/cost-groups-table';
import { CostNav } from '../components/cost-nav';
import { CostTotals } from '../components/cost-totals';
import { EstimateNote } from '../components/estimate-note';
import { SavedByRule } from '../components/saved-by-rule';
import { SpendChart } from '../components/spend-chart';
import { GROUP_BYS, groupNoun, isGroupBy } from '../lib/cost-words';
import { addMonths, formatMonth, isMonth, monthOf } from '../lib/month';

/** Month, grouping and tag key live in the URL, so a view can be bookmarked and shared. */
function useCostParams() {
  const [params, setParams] = useSearchParams();
  const current = monthOf();
  const month = isMonth(params.get('month')) ? params.get('month')! : current;
  const raw = params.get('groupBy');
  const groupBy: CostGroupBy = isGroupBy(raw) ? raw : 'owner';
  const tagKey = params.get('tagKey')?.trim() || undefined;
  const update = useCallback(
    (patch: Record<string, string | undefined>) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch)) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { month, current, groupBy, tagKey, update };
}

/** The tag key, applied when the person stops typing (a report per keystroke would be wasted). */
function TagKeyField({ value, onChange }: { value: string; onChange: (v: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  return (
    <div>
      <label htmlFor={id} className="form-label small mb-1">
        Tag key
      </label>
      <input
        id={id}
        className="form-control form-control-sm"
        value={text}
        placeholder="team"
        onChange={(e) => setText(e.target.value)}
        onBlur={() => onChange(text.trim())}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onChange(text.trim());
        }}
      />
    </div>
  );
}

/** What the fleet cost this month, what it will cost, what the automatic stops saved, and against which budgets (issue 15). */
export default function CostPage() {
  usePageTitle('Cost');
  const { month, current, groupBy, tagKey, update } = useCostParams();
  const monthId = useId();
  const groupId = useId();
  const report = useCostReport({ month, groupBy, tagKey });
  const data = report.data;
  const groupLabel = groupBy === 'tag' ? `Tag ${tagKey ?? ''}`.trim() : (GROUP_BYS.find((g) => g.value === groupBy)?.label ?? groupBy);
  const noun = groupNoun(groupBy, tagKey);
  const past = month < current;

  return (
    <div style={{ maxWidth: 1280 }}>
      <h1 className="h3">Cost</h1>
      <CostNav />
      <form className="d-flex flex-wrap align-items-end gap-3 mb-3" aria-label="What to show" onSubmit={(e) => e.preventDefault()}>
        <div>
          <label htmlFor={monthId} className="form-label small mb-1">
            Month (UTC)
          </label>
          <div className="input-group input-group-sm">
            <button type="button" className="btn btn-outline-secondary" onClick={() => update({ month: addMonths(month, -1) })} aria-label="Previous month">
              ‹
            </button>
            <input id={monthId} type="month" className="form-control" value={month} max={current} onChange={(e) => isMonth(e.target.value) && update({ month: e.target.value === current ? undefined : e.target.value })} />
            <button type="button" className="btn btn-outline-secondary" onClick={() => update({ month: addMonths(month, 1) === current ? undefined : addMonths(month, 1) })} disabled={month >= current} aria-label="Next month">
              ›
            </button>
          </div>
        </div>
        <div>
          <label htmlFor={groupId} className="form-label small mb-1">
            Group by
          </label>
          <select id={groupId} className="form-select form-select-sm" value={groupBy} onChange={(e) => update({ groupBy: e.target.value === 'owner' ? undefined : e.target.value })}>
            {GROUP_BYS.map((g) => (
              <option key={g.value} value={g.value}>
                {g.label}
              </option>
            ))}
          </select>
        </div>
        {groupBy === 'tag' && <TagKeyField value={tagKey ?? ''} onChange={(v) => update({ tagKey: v || undefined })} />}
        <a className="btn btn-sm btn-outline-primary ms-auto" href={workerCostsCsvUrl(month)} download>
          Download CSV (per worker, {formatMonth(month)})
        </a>
      </form>
      <EstimateNote discountPercent={data?.discountPercent} asOf={data?.asOf} />
      {groupBy === 'tag' && !tagKey && <div className="alert alert-info py-2">Name the tag to group by (for example <code>team</code>).</div>}
      {report.error && <ErrorAlert error={report.error} title="The cost figures could not be loaded." />}
      {report.isPending && report.fetchStatus !== 'idle' && <Loading label="Loading the cost figures…" />}
      {data && (
        <div className={report.isPlaceholderData ? 'opacity-75' : undefined} aria-busy={report.isFetching}>
          <CostTotals month={data.month} totals={data.totals} past={past} />
          <section className="card mb-3" aria-label="Spend per day">
            <div className="card-body">
              {data.days.length === 0 ? (
                <EmptyState title={`Nothing spent in ${formatMonth(data.month)} yet.`} />
              ) : (
                <SpendChart month={data.month} groupNoun={noun} days={data.days} groups={data.groups} />
              )}
            </div>
          </section>
          <div className="row g-3 mb-3">
            <section className="col-12 col-lg-6" aria-labelledby={`${groupId}-saved`}>
              <div className="card h-100">
                <div className="card-header">
                  <h2 id={`${groupId}-saved`} className="h6 mb-0">
                    Saved per rule in {formatMonth(data.month)}
                  </h2>
                </div>
                <div className="card-body">
                  <SavedByRule savings={data.savedByRule} />
                  <p className="small text-body-secondary mb-0 mt-2">What an automatic stop saves counts for the rule that stopped the worker; a manual stop saves nothing.</p>
                </div>
              </div>
            </section>
            <section className="col-12 col-lg-6" aria-labelledby={`${groupId}-budgets`}>
              <div className="card h-100">
                <div className="card-header">
                  <h2 id={`${groupId}-budgets`} className="h6 mb-0">
                    Budgets in {formatMonth(data.month)}: spent and projected
                  </h2>
                </div>
                <div className="card-body">
                  <BudgetProjection month={data.month} />
                </div>
              </div>
            </section>
          </div>
          <section aria-labelledby={`${groupId}-groups`}>
            <h2 id={`${groupId}-groups`} className="h5">
              By {noun}
            </h2>
            {data.groups.length === 0 ? <EmptyState title="No worker cost anything this month." /> : <CostGroupsTable groups={data.groups} groupLabel={groupLabel} />}
          </section>
        </div>
      )}
    </div>
  );
}
