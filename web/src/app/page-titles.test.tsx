import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Toaster } from '../components/toaster';
import { authKeys } from '../lib/query-keys';
import { aCostReport, aPriceList } from '../test/cost-fixtures';
import { aWorker } from '../test/fixtures';
import { mockApi, problem } from '../test/mock-api';
import { meAs } from '../test/render';
import { routes } from './routes';

const WORKER = aWorker({ name: 'lab-east-1' });
const DEFAULTS = { regions: ['us-east-1'], defaultRegion: 'us-east-1', provisioning: { instanceType: 'c5.2xlarge', amiIds: {} }, idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 }, labs: { uploadMaxBytes: 1024 } };

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

function open(path: string, role: 'user' | 'admin' = 'admin') {
  api = mockApi({
    'GET /workers': { data: { items: [WORKER], total: 1, page: 1, pageSize: 25, summary: { total: 1, byStatus: { running: 1 }, billable: 1 } } },
    [`GET /workers/${WORKER.id}`]: { data: WORKER },
    'GET /workers/0193b2c4-9999-7000-8000-000000000009': problem(404, 'WORKER.NOT_FOUND', 'No worker 0193b2c4-9999-7000-8000-000000000009.'),
    'GET /system/defaults': { data: DEFAULTS },
    'GET /labs': { data: { items: [], total: 0, page: 1, pageSize: 50, lastPage: 1 } },
    'GET /jobs': { data: [] },
    'GET /workers/:id/power': { data: { workerId: WORKER.id, state: 'either', rule: { kind: 'none' }, reason: 'No schedule, reservation or override applies.', next: [] } },
    'GET /scheduling/plan': { data: { from: '2026-12-07T00:00:00Z', to: '2026-12-14T00:00:00Z', now: '2026-12-08T12:00:00Z', rows: [] } },
    'GET /schedules': { data: { items: [] } },
    'GET /holiday-calendars': { data: { items: [] } },
    'GET /runtime-limits': { data: { items: [] } },
    'GET /reservations': { data: { items: [] } },
    'GET /cost': { data: aCostReport() },
    'GET /cost/prices': { data: aPriceList() },
    'GET /budgets': { data: { items: [] } },
    'GET /notification-channels': { data: { items: [] } },
    'GET /schedules/:id': { data: { id: 's1', name: 'CCNA classroom', timezone: 'UTC', periods: [], behaviour: 'start-stop', assignment: { workerIds: [] }, workers: [], createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', createdBy: 'mia' } },
    'GET /holiday-calendars/:id': { data: { id: 'c1', name: 'German public holidays', holidays: [{ date: '2026-12-25' }], usedBy: [] } },
    'GET /runtime-limits/:id': { data: { id: 'r1', name: 'Twelve hours at most', hours: 12, assignment: { workerIds: [] }, workers: [], createdAt: '2026-12-01T10:00:00Z', updatedAt: '2026-12-01T10:00:00Z', createdBy: 'mia' } },
    'GET /notifications/preferences': { data: { kinds: ['stop-warning'], scope: 'owned' } },
    'GET /events': { data: { items: [], nextAfter: null, nextBefore: null } },
    'GET /workers/:id/labs/:labId': problem(404, 'LAB.NOT_FOUND', 'No lab gone on this worker.'),
  });
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(authKeys.me(), meAs(role));
  const router = createMemoryRouter([{ path: '/', children: routes }], { initialEntries: [path] });
  return render(
    <QueryClientProvider client={client}>
      <Toaster>
        <RouterProvider router={router} />
      </Toaster>
    </QueryClientProvider>,
  );
}

/** Every route of routes.tsx with the title it gives; a new route gets a row (the last test checks they differ). */
const TITLES: [path: string, title: string][] = [
    ['/workers', 'Workers · CML Cloud Manager'],
    [`/workers/${WORKER.id}`, 'lab-east-1 · Workers · CML Cloud Manager'],
    [`/workers/${WORKER.id}?tab=timeline`, 'lab-east-1 · Workers · CML Cloud Manager'],
    ['/workers/0193b2c4-9999-7000-8000-000000000009', 'No such worker · Workers · CML Cloud Manager'],
    ['/workers/import', 'Import instances · Workers · CML Cloud Manager'],
    ['/workers/new', 'New worker · Workers · CML Cloud Manager'],
    ['/labs', 'Labs · CML Cloud Manager'],
    ['/jobs', 'Jobs · CML Cloud Manager'],
    ['/scheduling', 'Fleet timeline · Scheduling · CML Cloud Manager'],
    ['/scheduling/schedules', 'Schedules · Scheduling · CML Cloud Manager'],
    ['/scheduling/schedules/new', 'New schedule · Schedules · CML Cloud Manager'],
    ['/scheduling/reservations', 'Reservations · Scheduling · CML Cloud Manager'],
    ['/scheduling/calendars', 'Holiday calendars · Scheduling · CML Cloud Manager'],
    ['/scheduling/calendars/new', 'New holiday calendar · Holiday calendars · CML Cloud Manager'],
    ['/scheduling/runtime-limits', 'Runtime limits · Scheduling · CML Cloud Manager'],
    ['/scheduling/runtime-limits/new', 'New runtime limit · Runtime limits · CML Cloud Manager'],
    ['/cost', 'Cost · CML Cloud Manager'],
    ['/cost/budgets', 'Budgets · Cost · CML Cloud Manager'],
    ['/cost/prices', 'Prices · Cost · CML Cloud Manager'],
    ['/notifications/channels', 'Notification channels · Notifications · CML Cloud Manager'],
    ['/activity', 'Activity · CML Cloud Manager'],
    ['/settings', 'Settings · CML Cloud Manager'],
    [`/workers/${WORKER.id}/labs/gone`, 'No such lab · Labs · CML Cloud Manager'],
    ['/scheduling/schedules/s1', 'CCNA classroom · Schedules · CML Cloud Manager'],
    ['/scheduling/calendars/c1', 'German public holidays · Holiday calendars · CML Cloud Manager'],
    ['/scheduling/runtime-limits/r1', 'Twelve hours at most · Runtime limits · CML Cloud Manager'],
    ['/notifications/preferences', 'Notify me about… · Notifications · CML Cloud Manager'],
    ['/nowhere', 'Page not found · CML Cloud Manager'],
    ['/workers/import/nothing-here', 'Page not found · CML Cloud Manager'],
];

describe('the browser tab', () => {
  it.each(TITLES)('says where the person is on %s', async (path, title) => {
    open(path);
    await waitFor(() => expect(document.title).toBe(title));
  });

  it('covers every route, and no two views share a title (the worker tabs share their worker\'s; unknown addresses share "Page not found")', () => {
    const patterns = routes.flatMap((r) => (r.index ? ['/'] : r.path ? [`/${r.path}`] : []));
    const matches = (pattern: string, path: string) => new RegExp(`^${pattern.replace(/:[^/]+/g, '[^/?]+').replace('/*', '/.+')}(\\?.*)?$`).test(path);
    // The index only redirects to /workers.
    for (const pattern of patterns.filter((p) => p !== '/')) expect([pattern, TITLES.some(([path]) => matches(pattern, path))]).toEqual([pattern, true]);
    const byTitle = new Map<string, string[]>();
    for (const [path, title] of TITLES) byTitle.set(title, [...(byTitle.get(title) ?? []), path.split('?')[0]]);
    const shared = [...byTitle.entries()].filter(([title, paths]) => new Set(paths).size > 1 && title !== 'Page not found · CML Cloud Manager');
    expect(shared).toEqual([]);
  });

  it('says so when a page needs a role the person does not have', async () => {
    for (const path of ['/jobs', '/workers/new', '/scheduling/schedules/new', '/notifications/channels', '/settings']) {
      const page = open(path, 'user');
      await screen.findByText(/This page needs the/);
      expect(document.title).toBe('Not allowed · CML Cloud Manager');
      page.unmount();
      api.restore();
    }
  });
});
