import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { RelativeTime } from '../../../components/relative-time';
import { UsageBar } from '../../../components/usage-bar';
import { formatDateTime, formatDay, formatMonth, formatUsd, formatUsdPerHour } from '../../../lib/format';
import { describeEndpointSource, describeLicence, describeStatusCheck } from '../../../lib/vocabulary';
import type { Worker } from '../api/types';
import { NextStatusCheck } from './next-status-check';

function Facts({ title, rows, note, dimmed = false }: { title: string; rows: [string, ReactNode][]; note?: ReactNode; dimmed?: boolean }) {
  // An id with a space would name two elements in aria-labelledby.
  const id = `facts-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section className="col-12 col-lg-6" aria-labelledby={id}>
      <div className="card h-100">
        <div className="card-header">
          <h2 id={id} className="h6 mb-0">
            {title}
          </h2>
        </div>
        {note}
        {/* Stale facts are greyed in text colour, not faded with opacity, which took links and badges under the contrast minimum. */}
        <dl className={`card-body row mb-0 small${dimmed ? ' text-body-secondary' : ''}`}>
          {rows.map(([k, v]) => (
            <div key={k} className="col-12 d-flex border-bottom py-1">
              <dt className="fw-normal text-body-secondary" style={{ width: '40%' }}>
                {k}
              </dt>
              <dd className="mb-0 text-break" style={{ width: '60%' }}>
                {v ?? '—'}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </section>
  );
}

/** An EC2 status check in the console's words: neutral, not a warning, for an instance EC2 does not check (a stopped one). */
function check(value: string | undefined, status: string) {
  const term = describeStatusCheck(value, status);
  return term ? (
    <span className={`badge text-bg-${term.tone} ${term.tone === 'light' ? 'border fw-normal' : ''}`} title={term.title} data-testid="status-check">
      {term.text}
    </span>
  ) : (
    '—'
  );
}

const yesNo = (value: boolean | undefined) => (value === undefined ? '—' : value ? 'yes' : 'no');

function LicenceTerm({ cml }: { cml: Worker['cml'] }) {
  const term = describeLicence(cml);
  if (!term) return <>—</>;
  return (
    <span className={`badge text-bg-${term.tone}`} title={term.title}>
      {term.text}
    </span>
  );
}

/** Within this many days, an expiry date is shown as a warning (the server's LICENSE_EXPIRY_WARNING_DAYS default). */
const LICENCE_EXPIRY_WARNING_DAYS = 14;

/** When the controller's licence expires: the day and how far away, a warning when it is near or past. */
function LicenceExpiry({ iso }: { iso: string }) {
  const near = Date.parse(iso) - Date.now() < LICENCE_EXPIRY_WARNING_DAYS * 86_400_000;
  return (
    <span className={near ? 'text-warning-emphasis fw-semibold' : undefined}>
      {formatDay(iso)} (<RelativeTime iso={iso} direction="future" everyMs={60_000} />)
    </span>
  );
}

/** Says that the CML facts below are the last ones known, since when and why (not shown as live). */
function StaleNote({ worker: w }: { worker: Worker }) {
  const f = w.cml.freshness;
  if (!f || f.current) return null;
  return (
    <div className="alert alert-secondary small rounded-0 border-0 border-bottom mb-0 py-2" role="status" data-testid="cml-stale">
      <strong>Not current.</strong> {f.reason}{' '}
      {f.asOf ? (
        <>
          Shown as last read <RelativeTime iso={f.asOf} />.
        </>
      ) : (
        'The controller has not been read yet.'
      )}
    </div>
  );
}

/** What the worker costs: the rate now and its month, as estimates, with the way to the cost page. */
function CostFacts({ cost }: { cost: NonNullable<Worker['cost']> }) {
  const month = formatMonth(cost.month);
  return (
    <Facts
      title="Cost"
      note={
        <p className="small text-body-secondary px-3 pt-2 mb-0">
          Estimates in US dollars from list prices less the discount. <Link to={`/cost?month=${cost.month}&groupBy=worker`}>See the cost page</Link>
        </p>
      }
      rows={[
        ['Rate now', cost.usdPerHourNow === null ? 'unknown (no price for its type)' : formatUsdPerHour(cost.usdPerHourNow)],
        [`${month} so far`, <span data-testid="worker-cost-month">{formatUsd(cost.monthToDateUsd)}</span>],
        [`Projected for ${month}`, cost.projectedUsd === null ? 'too early to project' : formatUsd(cost.projectedUsd)],
        [`Saved in ${month}`, <span className="text-success">{formatUsd(cost.savedUsd)}</span>],
      ]}
    />
  );
}

/** EC2 and CML facts of one worker, its endpoint, checks, license and versions. */
export function WorkerOverview({ worker: w }: { worker: Worker }) {
  const life = w.lifecycle;
  const stale = w.cml.freshness?.current === false;
  return (
    <div className="row g-3">
      <Facts
        title="EC2"
        rows={[
          ['Instance', <span className="font-monospace">{w.instanceId ?? 'none yet'}</span>],
          ['Region', w.region],
          ['Instance type', w.instanceType],
          ['AMI', w.ami.id ? <span><span className="font-monospace">{w.ami.id}</span>{w.ami.name && <span className="d-block text-body-secondary">{w.ami.name}</span>}</span> : '—'],
          ['Public IP', w.publicIp && <span className="font-monospace">{w.publicIp}</span>],
          ['Private IP', w.privateIp && <span className="font-monospace">{w.privateIp}</span>],
          ['Launched', w.launchedAt && <RelativeTime iso={w.launchedAt} />],
          ['Status', <span>{w.status}<NextStatusCheck check={w.nextStatusCheck} />{w.statusReason && <span className="d-block text-body-secondary">{w.statusReason}</span>}</span>],
          ['Instance check', check(w.statusChecks?.instance, w.status)],
          ['System check', check(w.statusChecks?.system, w.status)],
          ['Checks read', w.statusChecks && <RelativeTime iso={w.statusChecks.checkedAt} />],
          ...(w.provisioning?.failureReason ? ([['Provisioning failed', <span className="text-danger">{w.provisioning.failureReason}</span>]] as [string, ReactNode][]) : []),
        ]}
      />
      <Facts
        title="CML controller"
        note={<StaleNote worker={w} />}
        dimmed={stale}
        rows={[
          [
            'Endpoint',
            w.endpoint ? (
              <span>
                <a href={w.endpoint} target="_blank" rel="noopener noreferrer">
                  {w.endpoint}
                </a>
                <span className="d-block text-body-secondary">from {describeEndpointSource(w.endpointSource)}</span>
              </span>
            ) : (
              <span>
                none
                {w.endpointProblem && <span className="d-block text-danger">{w.endpointProblem}</span>}
              </span>
            ),
          ],
          ['Service', <span className={`badge ${w.serviceStatus === 'available' ? 'text-bg-success' : w.serviceStatus === 'error' ? 'text-bg-danger' : 'text-bg-secondary'}`}>{w.serviceStatus}</span>],
          ['Version', w.cml.version],
          ['Ready', stale && w.cml.ready ? `${yesNo(w.cml.ready)} (when last read)` : yesNo(w.cml.ready)],
          ['Licence', <LicenceTerm cml={w.cml} />],
          ['Licence expires', w.cml.licenseExpiresAt && <LicenceExpiry iso={w.cml.licenseExpiresAt} />],
          ['Last synced', w.cml.lastSyncedAt && <RelativeTime iso={w.cml.lastSyncedAt} />],
          ...(w.cml.error ? ([['Last sync error', <span className="text-danger">{w.cml.error}</span>]] as [string, ReactNode][]) : []),
          ['Running nodes', w.telemetry.runningNodes !== undefined ? `${w.telemetry.runningNodes} of ${w.telemetry.totalNodes ?? '?'}` : '—'],
          ['Labs', w.telemetry.labs],
        ]}
      />
      <Facts
        title="Resources"
        note={stale && w.telemetry.collectedAt ? <div className="alert alert-secondary small rounded-0 border-0 border-bottom mb-0 py-2">Last known figures, collected <RelativeTime iso={w.telemetry.collectedAt} />.</div> : undefined}
        dimmed={stale}
        rows={[
          ['CPU (CML)', <UsageBar label="CPU" value={w.telemetry.cpuPercent} />],
          ['Memory (CML)', <UsageBar label="Memory" value={w.telemetry.memoryPercent} />],
          ['Disk (CML)', <UsageBar label="Disk" value={w.telemetry.diskPercent} />],
          ['CPU (EC2)', <UsageBar label="EC2 CPU" value={w.telemetry.ec2CpuPercent} />],
          ['Collected', w.telemetry.collectedAt && <RelativeTime iso={w.telemetry.collectedAt} />],
        ]}
      />
      {w.cost && <CostFacts cost={w.cost} />}
      <Facts
        title="History"
        rows={[
          ['Created', `${formatDateTime(life.createdAt)} by ${life.createdBy.name}`],
          ...(life.importedAt ? ([['Imported', `${formatDateTime(life.importedAt)}${life.importedBy ? ` by ${life.importedBy.name}` : ''}`]] as [string, ReactNode][]) : []),
          ...(life.startRequestedAt ? ([['Last start', `${formatDateTime(life.startRequestedAt)}${life.startRequestedBy ? ` by ${life.startRequestedBy.name}` : ''}`]] as [string, ReactNode][]) : []),
          ...(life.stopRequestedAt ? ([['Last stop', `${formatDateTime(life.stopRequestedAt)}${life.stopRequestedBy ? ` by ${life.stopRequestedBy.name}` : ''}`]] as [string, ReactNode][]) : []),
          ...(life.terminatedAt ? ([['Terminated', formatDateTime(life.terminatedAt)]] as [string, ReactNode][]) : []),
          ...(life.unregisteredAt ? ([['Unregistered', `${formatDateTime(life.unregisteredAt)}${life.unregisteredBy ? ` by ${life.unregisteredBy.name}` : ''}`]] as [string, ReactNode][]) : []),
          ['Updated', <RelativeTime iso={life.updatedAt} />],
          ['Worker id', <span className="font-monospace user-select-all">{w.id}</span>],
        ]}
      />
    </div>
  );
}
