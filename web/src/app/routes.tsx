import { lazy } from 'react';
import { Link, Navigate, type RouteObject } from 'react-router';
import { PageTitle, usePageTitle } from '../components/page-title';
import { RequireRole } from '../components/require-role';
import { LabsPage } from '../features/labs/components/labs-page';
import { WorkerLabsPanel } from '../features/labs/components/worker-labs-panel';
import { WorkerPowerPanel } from '../features/scheduling/components/worker-power-panel';
import { WorkerDetailPage } from '../features/workers/components/worker-detail-page';
import { WorkersPage } from '../features/workers/components/workers-page';

// Admin views and charts load on demand: most visits never need them.
const ImportPage = lazy(() => import('../features/imports/components/import-page'));
const ProvisionWorkerPage = lazy(() => import('../features/workers/components/provision-worker-page'));
const JobsPage = lazy(() => import('../features/system/components/jobs-page'));
const FleetTimelinePage = lazy(() => import('../features/scheduling/pages/fleet-timeline-page'));
const SchedulesPage = lazy(() => import('../features/scheduling/pages/schedules-page'));
const ScheduleEditorPage = lazy(() => import('../features/scheduling/pages/schedule-editor-page'));
const CalendarsPage = lazy(() => import('../features/scheduling/pages/calendars-page'));
const CalendarEditorPage = lazy(() => import('../features/scheduling/pages/calendar-editor-page'));
const RuntimeLimitsPage = lazy(() => import('../features/scheduling/pages/runtime-limits-page'));
const RuntimeLimitEditorPage = lazy(() => import('../features/scheduling/pages/runtime-limit-editor-page'));
const ReservationsPage = lazy(() => import('../features/scheduling/pages/reservations-page'));
const CostPage = lazy(() => import('../features/cost/pages/cost-page'));
const BudgetsPage = lazy(() => import('../features/cost/pages/budgets-page'));
const PricesPage = lazy(() => import('../features/cost/pages/prices-page'));
const LabDetailPage = lazy(() => import('../features/labs/components/lab-detail-page'));
const NotificationPreferencesPage = lazy(() => import('../features/notifications/pages/notification-preferences-page'));
const NotificationChannelsPage = lazy(() => import('../features/notifications/pages/notification-channels-page'));
const SettingsPage = lazy(() => import('../features/settings/pages/settings-page'));
const ActivityPage = lazy(() => import('../features/workers/components/activity-page'));

/** The worker page with the labs feature's panel in its labs tab and the scheduling feature's power panel: the features meet here, not in each other. */
function WorkerDetailRoute() {
  return <WorkerDetailPage labsPanel={(w) => <WorkerLabsPanel workerId={w.id} workerName={w.name} status={w.status} />} powerPanel={(w) => <WorkerPowerPanel worker={w} status={w.status} />} />;
}

function NotFound() {
  usePageTitle('Page not found');
  return (
    <div>
      <h1 className="h3">Page not found</h1>
      <p>
        Nothing lives at this address. <Link to="/workers">Go to the workers</Link>.
      </p>
    </div>
  );
}

export const routes: RouteObject[] = [
  { index: true, element: <Navigate to="/workers" replace /> },
  { path: 'workers', element: <WorkersPage /> },
  {
    path: 'workers/import',
    element: (
      <RequireRole role="admin">
        <ImportPage />
      </RequireRole>
    ),
  },
  {
    path: 'workers/new',
    element: (
      <RequireRole role="admin">
        {/* The provisioning page sets no title of its own. */}
        <PageTitle parts={['New worker', 'Workers']}>
          <ProvisionWorkerPage />
        </PageTitle>
      </RequireRole>
    ),
  },
  { path: 'workers/:id', element: <WorkerDetailRoute /> },
  { path: 'workers/:id/labs/:labId', element: <LabDetailPage /> },
  { path: 'labs', element: <LabsPage /> },
  { path: 'activity', element: <ActivityPage /> },
  { path: 'scheduling', element: <FleetTimelinePage /> },
  { path: 'scheduling/schedules', element: <SchedulesPage /> },
  {
    path: 'scheduling/schedules/new',
    element: (
      <RequireRole role="manager">
        <ScheduleEditorPage />
      </RequireRole>
    ),
  },
  { path: 'scheduling/schedules/:id', element: <ScheduleEditorPage /> },
  { path: 'scheduling/reservations', element: <ReservationsPage /> },
  { path: 'scheduling/calendars', element: <CalendarsPage /> },
  {
    path: 'scheduling/calendars/new',
    element: (
      <RequireRole role="manager">
        <CalendarEditorPage />
      </RequireRole>
    ),
  },
  { path: 'scheduling/calendars/:id', element: <CalendarEditorPage /> },
  { path: 'scheduling/runtime-limits', element: <RuntimeLimitsPage /> },
  {
    path: 'scheduling/runtime-limits/new',
    element: (
      <RequireRole role="manager">
        <RuntimeLimitEditorPage />
      </RequireRole>
    ),
  },
  { path: 'scheduling/runtime-limits/:id', element: <RuntimeLimitEditorPage /> },
  {
    path: 'jobs',
    element: (
      <RequireRole role="admin">
        <JobsPage />
      </RequireRole>
    ),
  },
  { path: 'cost', element: <CostPage /> },
  { path: 'cost/budgets', element: <BudgetsPage /> },
  { path: 'cost/prices', element: <PricesPage /> },
  { path: 'notifications/preferences', element: <NotificationPreferencesPage /> },
  {
    path: 'notifications/channels',
    element: (
      <RequireRole role="admin">
        <NotificationChannelsPage />
      </RequireRole>
    ),
  },
  {
    path: 'settings',
    element: (
      <RequireRole role="admin">
        <SettingsPage />
      </RequireRole>
    ),
  },
  { path: '*', element: <NotFound /> },
];
