import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import Tab from 'react-bootstrap/Tab';
import Tabs from 'react-bootstrap/Tabs';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert';
import { Loading } from '../../../components/loading';
import { usePageTitle } from '../../../components/page-title';
import { statusOf } from '../../../lib/api-client';
import { useHasRole } from '../../../lib/auth';
import { useWorker } from '../api/get-worker';
import type { Worker } from '../api/types';
import { idleSummary } from '../lib/idle-summary';
import { CapacitySearchNotice } from './capacity-search-notice';
import { IdlePanel } from './idle-panel';
import { InstanceTypeRestoreNotice } from './instance-type-restore-notice';
import { TagsEditor } from './tags-editor';
import { WorkerActions } from './worker-actions';
import { WorkerOverview } from './worker-overview';
import { NextStatusCheck } from './next-status-check';
import { PowerOperationPanel } from './power-operation-panel';
import { StartupEta } from './startup-eta';
import { WorkerStatusBadge } from './worker-status-badge';
import { WorkerTimeline } from './worker-timeline';

// Charts are the heaviest part of the page and only some visitors open them.
const MetricsPanel = lazy(() => import('./metrics-panel'));
// So are the licence, controller and settings tabs: they load when opened.
const LicensePanel = lazy(() => import('./license-panel').then((m) => ({ default: m.LicensePanel })));
const ControllerCatalogPanel = lazy(() => import('./controller-catalog-panel').then((m) => ({ default: m.ControllerCatalogPanel })));
const WorkerSettingsForm = lazy(() => import('./worker-settings-form').then((m) => ({ default: m.WorkerSettingsForm })));

const TABS = ['overview', 'metrics', 'labs', 'idle', 'licence', 'controller', 'timeline', 'tags', 'settings'] as const;
type TabKey = (typeof TABS)[number];

/**
 * One worker at its own URL (/workers/:id). The labs tab comes from the labs feature through
 * `labsPanel`, and the power policy (owner, override, why it runs and what happens next) from the
 * scheduling feature through `powerPanel`, so the features stay independent; the app's routes put
 * them together.
 */
export function WorkerDetailPage({ labsPanel, powerPanel }: { labsPanel?: (worker: Worker) => ReactNode; powerPanel?: (worker: Worker) => ReactNode }) {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const tab: TabKey = TABS.includes(params.get('tab') as TabKey) ? (params.get('tab') as TabKey) : 'overview';
  const { data: worker, error, isPending } = useWorker(id);
  const heading = useRef<HTMLHeadingElement>(null);
  const isManager = useHasRole('manager');
  const isAdmin = useHasRole('admin');
  usePageTitle(worker?.name ?? (error ? (statusOf(error) === 404 ? 'No such worker' : 'Worker not loaded') : undefined), 'Workers');

  // Moving focus to the heading, once it is there, tells screen-reader users that the page changed.
  const loaded = worker?.id;
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [loaded]);

  // The arrow keys select the next tab through the URL, which lands after the tab list has put the
  // focus back on the tab that was selected: keyboard users would be left on the old tab.
  useEffect(() => {
    const focused = document.activeElement;
    if (focused?.getAttribute('role') === 'tab' && focused.id.startsWith('worker-tabs-tab-')) document.getElementById(`worker-tabs-tab-${tab}`)?.focus();
  }, [tab]);

  if (isPending) return <Loading label="Loading the worker…" />;
  if (error) {
    return (
      <>
        <ErrorAlert error={error} title={statusOf(error) === 404 ? 'No such worker.' : 'The worker could not be loaded.'} />
        <Link to="/workers">Back to the workers</Link>
      </>
    );
  }

  const idle = idleSummary(worker, Date.now());
  return (
    <>
      <nav aria-label="Breadcrumb">
        <ol className="breadcrumb small mb-2">
          <li className="breadcrumb-item">
            <Link to="/workers">Workers</Link>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            {worker.name}
          </li>
        </ol>
      </nav>
      <div className="d-flex flex-wrap align-items-center gap-2 mb-1">
        <h1 className="h3 mb-0" ref={heading} tabIndex={-1}>
          {worker.name}
        </h1>
        <WorkerStatusBadge status={worker.status} reason={worker.statusReason} />
        <NextStatusCheck check={worker.nextStatusCheck} />
        <StartupEta startup={worker.startup} />
        {!worker.managed && <span className="badge text-bg-dark">unregistered</span>}
        {idle.tone === 'warning' && (
          <span className="badge text-bg-warning" title={idle.title}>
            {idle.text}
          </span>
        )}
      </div>
      <p className="text-body-secondary small mb-3">
        {worker.region} · {worker.instanceType} · <span className="font-monospace">{worker.instanceId ?? 'no instance'}</span>
        {worker.statusReason && <> · {worker.statusReason}</>}
      </p>
      <CapacitySearchNotice fallback={worker.capacityFallback} />
      <InstanceTypeRestoreNotice restore={worker.instanceTypeRestore} status={worker.status} />
      <div className="mb-3">
        <WorkerActions worker={worker} />
      </div>
      <PowerOperationPanel worker={worker} />
      {powerPanel?.(worker)}
      <Tabs
        activeKey={tab}
        onSelect={(k) =>
          setParams(
            (prev) => {
              const next = new URLSearchParams(prev);
              if (k && k !== 'overview') next.set('tab', k);
              else next.delete('tab');
              return next;
            },
            { replace: true },
          )
        }
        mountOnEnter
        className="mb-3"
        id="worker-tabs"
      >
        <Tab eventKey="overview" title="Overview">
          <WorkerOverview worker={worker} />
        </Tab>
        <Tab eventKey="metrics" title="Metrics">
          <Suspense fallback={<Loading label="Loading charts…" />}>
            <MetricsPanel workerId={worker.id} />
          </Suspense>
        </Tab>
        {labsPanel && (
          <Tab eventKey="labs" title={`Labs${worker.telemetry.labs !== undefined ? ` (${worker.telemetry.labs})` : ''}`}>
            {labsPanel(worker)}
          </Tab>
        )}
        <Tab eventKey="idle" title="Idle">
          <IdlePanel workerId={worker.id} snooze={worker.actions.snooze} />
        </Tab>
        <Tab eventKey="licence" title="Licence">
          <Suspense fallback={<Loading label="Loading the licence…" />}>
            <LicensePanel worker={worker} />
          </Suspense>
        </Tab>
        {isManager && (
          <Tab eventKey="controller" title="Controller">
            <Suspense fallback={<Loading label="Loading…" />}>
              <ControllerCatalogPanel workerId={worker.id} running={worker.status === 'running' && worker.managed} />
            </Suspense>
          </Tab>
        )}
        <Tab eventKey="timeline" title="Timeline">
          <WorkerTimeline workerId={worker.id} />
        </Tab>
        <Tab eventKey="tags" title="Tags">
          <TagsEditor worker={worker} />
        </Tab>
        {isAdmin && worker.managed && (
          <Tab eventKey="settings" title="Settings">
            <Suspense fallback={<Loading label="Loading the settings…" />}>
              <WorkerSettingsForm worker={worker} />
            </Suspense>
          </Tab>
        )}
      </Tabs>
    </>
  );
}
