import type { WorkerPage } from '../api/types';

/** Fleet-wide figures from the list's `summary` (all managed workers, whatever the filters). */
export function FleetTotals({ summary }: { summary: WorkerPage['summary'] | undefined }) {
  const by = summary?.byStatus ?? {};
  const moving = (by.pending ?? 0) + (by.stopping ?? 0) + (by['shutting-down'] ?? 0);
  const figures = [
    { label: 'Workers', value: summary?.total, hint: 'Managed workers, terminated ones excluded' },
    { label: 'Running', value: by.running ?? (summary ? 0 : undefined), hint: 'Workers whose instance runs' },
    { label: 'Stopped', value: by.stopped ?? (summary ? 0 : undefined), hint: 'Stopped instances: storage is still billed' },
    { label: 'Changing', value: summary ? moving : undefined, hint: 'Pending, stopping or shutting down' },
    { label: 'Billable now', value: summary?.billable, hint: 'Instances EC2 bills by the hour now (pending, running, stopping)', tone: 'text-warning-emphasis' },
  ];
  return (
    // One <dl> per figure: a <dl> may hold <div>s of <dt>/<dd>, not the grid's nested ones (axe: definition-list).
    <div className="row row-cols-2 row-cols-md-5 g-2 mb-3" role="group" aria-label="Fleet totals">
      {figures.map((f) => (
        <div key={f.label} className="col">
          <dl className="border rounded p-2 h-100 bg-body-tertiary mb-0" title={f.hint}>
            <dt className="small text-body-secondary fw-normal">{f.label}</dt>
            <dd className={`h4 mb-0 ${f.tone ?? ''}`} data-testid={`total-${f.label.toLowerCase().replace(/\s+/g, '-')}`}>
              {f.value === undefined ? '…' : f.value.toLocaleString()}
            </dd>
          </dl>
        </div>
      ))}
    </div>
  );
}
