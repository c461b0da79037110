import { Fragment, memo, type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { SortHeader } from '../../../components/sort-header';
import { UsageBar } from '../../../components/usage-bar';
import { useNow } from '../../../components/use-now';
import { formatMonth, formatUsd, formatUsdPerHour } from '../../../lib/format';
import { describeLicence } from '../../../lib/vocabulary';
import type { WorkerListItem } from '../api/types';
import { idleSummary } from '../lib/idle-summary';
import { WORKER_COLUMNS, type WorkerColumnId } from '../lib/worker-columns';
import { PowerStepLine } from './power-step-line';
import { StartupEtaAt } from './startup-eta';
import { WorkerStatusBadge } from './worker-status-badge';

/** Server sort field per sortable column. */
const SORT_FIELDS: Partial<Record<WorkerColumnId, string>> = {
  status: 'status',
  name: 'name',
  region: 'region',
  instanceType: 'instanceType',
  cpu: 'cpu',
  memory: 'memory',
  disk: 'disk',
  nodes: 'runningNodes',
};
const END_ALIGNED: ReadonlySet<WorkerColumnId> = new Set(['nodes', 'labs', 'cost']);

/** Row checkboxes for bulk actions: which rows are selected, and how to change that. */
export interface RowSelection {
  isSelected: (id: string) => boolean;
  /** Every worker matching the filter is selected (the rows cannot be unticked one by one then). */
  all: boolean;
  pageSelected: boolean;
  /** Some rows of the page are selected, not all. */
  pagePartly: boolean;
  onToggle: (id: string) => void;
  onTogglePage: () => void;
}

/** The month so far in dollars, the rate now under it; the rest of the worker's figures in the title. */
function CostCell({ cost }: { cost: WorkerListItem['cost'] }) {
  if (!cost) return <span className="text-body-secondary">—</span>;
  const title = [
    `${formatMonth(cost.month)} so far: ${formatUsd(cost.monthToDateUsd)}`,
    `now: ${cost.usdPerHourNow === null ? 'rate unknown' : formatUsdPerHour(cost.usdPerHourNow)}`,
    `projected: ${formatUsd(cost.projectedUsd)}`,
    `saved: ${formatUsd(cost.savedUsd)}`,
    'Estimates from list prices less the discount.',
  ].join('\n');
  return (
    <span className="text-nowrap" title={title} data-testid="worker-cost">
      {formatUsd(cost.monthToDateUsd)}
      <span className="d-block small text-body-secondary">{cost.usdPerHourNow === null ? 'rate unknown' : formatUsdPerHour(cost.usdPerHourNow)}</span>
    </span>
  );
}

/** The page's workers added up: what they cost this month so far and per hour now. */
function CostFooter({ workers, span }: { workers: WorkerListItem[]; span: number }) {
  const priced = workers.filter((w) => w.cost);
  if (priced.length === 0) return null;
  const month = priced[0].cost!.month;
  const total = priced.reduce((s, w) => s + w.cost!.monthToDateUsd, 0);
  const rate = priced.reduce((s, w) => s + (w.cost!.usdPerHourNow ?? 0), 0);
  return (
    <tfoot>
      <tr>
        <td colSpan={span} className="small text-body-secondary text-end" data-testid="workers-cost-total">
          The {priced.length === 1 ? 'worker' : `${priced.length} workers`} on this page: <strong className="text-body">{formatUsd(total)}</strong> in {formatMonth(month)} so far, {formatUsdPerHour(rate)} now (estimates).{' '}
          <Link to={`/cost?month=${month}`}>The fleet's cost</Link>
        </td>
      </tr>
    </tfoot>
  );
}

/**
 * One page of workers, showing the `columns` chosen (all by default). Rows are memoised on the
 * worker object: React Query keeps unchanged objects identical across refetches and live patches,
 * so an update re-renders only the rows it touches.
 */
export function WorkersTable({
  workers,
  sort,
  onSort,
  busy,
  columns = new Set(WORKER_COLUMNS.map((c) => c.id)),
  selection,
}: {
  workers: WorkerListItem[];
  sort: string;
  onSort: (sort: string) => void;
  busy?: boolean;
  columns?: ReadonlySet<WorkerColumnId>;
  /** With it, a checkbox per row and one for the page come first. */
  selection?: RowSelection;
}) {
  const now = useNow(30_000);
  const shown = WORKER_COLUMNS.filter((c) => columns.has(c.id));
  // A stable key for the memoised rows: a new Set with the same columns must not re-render them all.
  const shownKey = shown.map((c) => c.id).join(',');
  return (
    <div className="table-responsive">
      <table className="table table-sm table-hover align-middle mb-0" aria-busy={busy} aria-label="Workers">
        <thead className="table-light">
          <tr>
            {selection && (
              <th scope="col" className="bulk-select">
                <PageCheckbox selection={selection} />
              </th>
            )}
            {shown.map((c) => {
              const field = SORT_FIELDS[c.id];
              const className = `${END_ALIGNED.has(c.id) ? 'text-end' : ''} text-nowrap`;
              return field ? (
                <SortHeader key={c.id} field={field} sort={sort} onSort={onSort} className={className}>
                  {c.label}
                </SortHeader>
              ) : (
                <th key={c.id} scope="col" className={`${className} small`}>
                  {c.label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {workers.map((w) => (
            <WorkerRow
              key={w.id}
              worker={w}
              now={now}
              shownKey={shownKey}
              selected={selection ? selection.all || selection.isSelected(w.id) : undefined}
              lockedSelected={selection?.all}
              onToggle={selection?.onToggle}
            />
          ))}
        </tbody>
        {shown.some((c) => c.id === 'cost') && <CostFooter workers={workers} span={shown.length + (selection ? 1 : 0)} />}
      </table>
    </div>
  );
}

function PageCheckbox({ selection }: { selection: RowSelection }) {
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // Some rows but not all: neither ticked nor empty.
    if (ref.current) ref.current.indeterminate = !selection.all && !selection.pageSelected && selection.pagePartly;
  }, [selection.all, selection.pageSelected, selection.pagePartly]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="form-check-input"
      aria-label={selection.all ? 'Every worker matching the filter is selected' : 'Select every worker on this page'}
      checked={selection.all || selection.pageSelected}
      disabled={selection.all}
      onChange={selection.onTogglePage}
    />
  );
}

const WorkerRow = memo(function WorkerRow({
  worker: w,
  now,
  shownKey,
  selected,
  lockedSelected,
  onToggle,
}: {
  worker: WorkerListItem;
  now: number;
  shownKey: string;
  /** Undefined: the table has no selection column. */
  selected?: boolean;
  lockedSelected?: boolean;
  onToggle?: (id: string) => void;
}) {
  const shown = shownKey.split(',') as WorkerColumnId[];
  const has = (id: WorkerColumnId) => shown.includes(id);
  const t = w.telemetry;
  const live = w.status === 'running';
  const idle = idleSummary(w, now);
  const licence = describeLicence(w.cml);
  // What the hidden identity columns would say goes under the name, so narrowing the table loses nothing.
  const identity = [w.instanceId ?? 'no instance', !has('region') && w.region, !has('instanceType') && w.instanceType, !has('publicIp') && w.publicIp].filter(Boolean);

  const cells: Record<WorkerColumnId, ReactNode> = {
    status: (
      <>
        <WorkerStatusBadge status={w.status} reason={w.statusReason} />
        {w.startup && <StartupEtaAt startup={w.startup} now={now} className="d-block text-nowrap mt-1" />}
        {w.powerOperation?.status === 'running' && <PowerStepLine workerId={w.id} operation={w.powerOperation} />}
      </>
    ),
    name: (
      <>
        <Link to={`/workers/${w.id}`} className="fw-semibold">
          {w.name}
        </Link>
        <div className="small text-body-secondary" data-testid="worker-identity">
          <span className="font-monospace text-nowrap">{identity[0]}</span>
          {/* The space between parts stays outside them: the line may break there, never inside a part. */}
          {identity.slice(1).map((part) => (
            <Fragment key={String(part)}>
              {' '}
              <span className="text-nowrap">· {part}</span>
            </Fragment>
          ))}
        </div>
      </>
    ),
    idle:
      idle.tone === 'light' ? (
        <span className="text-body-secondary">—</span>
      ) : (
        <span className={`badge text-bg-${idle.tone} fw-normal`} title={idle.title} data-testid="worker-idle">
          {idle.text}
        </span>
      ),
    region: <span className="text-nowrap">{w.region}</span>,
    instanceType: <span className="text-nowrap">{w.instanceType}</span>,
    publicIp: <span className="font-monospace small">{w.publicIp ?? '—'}</span>,
    cpu: <UsageBar compact label={`CPU of ${w.name}`} value={live ? t.cpuPercent : undefined} />,
    memory: <UsageBar compact label={`Memory of ${w.name}`} value={live ? t.memoryPercent : undefined} />,
    disk: <UsageBar compact label={`Disk of ${w.name}`} value={live ? t.diskPercent : undefined} />,
    nodes:
      live && t.runningNodes !== undefined ? (
        <span className="text-nowrap" title="Running nodes / defined nodes">
          {t.runningNodes}
          {t.totalNodes !== undefined && <span className="text-body-secondary"> / {t.totalNodes}</span>}
        </span>
      ) : (
        <span className="text-body-secondary">—</span>
      ),
    labs: t.labs ?? <span className="text-body-secondary">—</span>,
    cost: <CostCell cost={w.cost} />,
    licence: licence ? (
      <span className={`badge text-bg-${licence.tone} fw-normal ${licence.tone === 'light' ? 'border' : ''}`} title={licence.title}>
        {licence.text}
      </span>
    ) : (
      <span className="text-body-secondary">—</span>
    ),
  };

  return (
    <tr data-worker-id={w.id} className={selected ? 'table-active' : undefined}>
      {selected !== undefined && (
        <td className="bulk-select">
          <input type="checkbox" className="form-check-input" aria-label={`Select ${w.name}`} checked={selected} disabled={lockedSelected} onChange={() => onToggle?.(w.id)} />
        </td>
      )}
      {shown.map((id) => (
        <td key={id} className={END_ALIGNED.has(id) ? 'text-end' : undefined} data-column={id}>
          {cells[id]}
        </td>
      ))}
    </tr>
  );
});
