import { Fragment, memo, type ReactNode } from 'react';
import { Link } from 'react-router';
import { SortHeader } from '../../../components/sort-header';
import { UsageBar } from '../../../components/usage-bar';
import { useNow } from '../../../components/use-now';
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
const END_ALIGNED: ReadonlySet<WorkerColumnId> = new Set(['nodes', 'labs']);

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
}: {
  workers: WorkerListItem[];
  sort: string;
  onSort: (sort: string) => void;
  busy?: boolean;
  columns?: ReadonlySet<WorkerColumnId>;
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
            <WorkerRow key={w.id} worker={w} now={now} shownKey={shownKey} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

const WorkerRow = memo(function WorkerRow({ worker: w, now, shownKey }: { worker: WorkerListItem; now: number; shownKey: string }) {
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
    licence: licence ? (
      <span className={`badge text-bg-${licence.tone} fw-normal ${licence.tone === 'light' ? 'border' : ''}`} title={licence.title}>
        {licence.text}
      </span>
    ) : (
      <span className="text-body-secondary">—</span>
    ),
  };

  return (
    <tr data-worker-id={w.id}>
      {shown.map((id) => (
        <td key={id} className={END_ALIGNED.has(id) ? 'text-end' : undefined} data-column={id}>
          {cells[id]}
        </td>
      ))}
    </tr>
  );
});
