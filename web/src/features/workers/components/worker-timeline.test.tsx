import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { WorkerEvent } from '../api/types';
import { WorkerTimeline } from './worker-timeline';

const ID = '0193b2c4-1111-7000-8000-000000000001';
const system = { kind: 'system' as const, id: 'metrics-collection', name: 'metrics-collection' };
const admin = { kind: 'user' as const, id: 'u1', name: 'admin' };
let seq = 0;
// Typed by event type: a payload the API would not send does not compile.
const event = <T extends WorkerEvent['type']>(type: T, occurredAt: string, data: Extract<WorkerEvent, { type: T }>['data'], actor: WorkerEvent['actor'] = system) =>
  ({
    id: `e${++seq}`,
    type,
    occurredAt,
    data,
    actor,
    aggregateId: ID,
    aggregateType: 'worker',
    aggregateVersion: seq,
  }) as Extract<WorkerEvent, { type: T }>;

// Newest first, as the server sends them; the first two a second apart.
const EVENTS = [
  event('worker.telemetry-changed', '2026-11-25T14:03:28.000Z', { cpuPercent: 12 }),
  event('worker.status-changed', '2026-11-25T14:03:27.000Z', { from: 'stopping', to: 'stopped', trigger: 'ec2', reason: 'EC2 reports the instance stopped' }),
  event('worker.cml-info-changed', '2026-11-25T14:01:00.000Z', { changes: { version: { to: '2.9.0+build.3' } } }),
  event('worker.status-checks-changed', '2026-11-25T14:00:30.000Z', { instance: 'not-applicable', system: 'not-applicable', checkedAt: '2026-11-25T14:00:30.000Z' }),
  event('worker.tags-changed', '2026-11-25T14:00:00.000Z', { set: { owner: 'ops' }, removed: [] }, admin),
  event(
    'worker.imported',
    '2026-11-24T09:00:00.000Z',
    { instanceId: 'i-0abc', instanceType: 'm5zn.metal', status: 'running', name: 'lab-1', region: 'us-east-1', amiId: 'ami-0abc', source: 'api' },
    admin,
  ),
];

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

// The server leaves out what the system merely observed when asked for the `people` view.
const OBSERVED = new Set(['worker.telemetry-changed', 'worker.cml-info-changed', 'worker.status-checks-changed', 'worker.volumes-changed']);

function render(path = `/workers/${ID}?tab=timeline`) {
  api = mockApi({
    'GET /workers/:id/events': (call) => {
      const items = call.params.view === 'people' ? EVENTS.filter((e) => !(OBSERVED.has(e.type) && e.actor.kind === 'system')) : EVENTS;
      return { data: { items, total: items.length, page: 1, pageSize: 25, lastPage: 1 } };
    },
  });
  return renderPage(<WorkerTimeline workerId={ID} />, { path, route: '/workers/:id' });
}

const rows = () => screen.getAllByTestId('timeline-event');

describe('the audit timeline', () => {
  it('shows what people and policies did by default, newest first, filtered and paged by the server', async () => {
    render();
    await screen.findByRole('list', { name: 'Timeline, newest first' });
    expect(rows().map((r) => r.textContent)).toEqual([
      expect.stringContaining('Status stopping → stopped'),
      expect.stringContaining('admin changed tags: set owner=ops.'),
      expect.stringContaining('admin imported instance i-0abc'),
    ]);
    expect(api.callsTo('GET /workers/:id/events')[0].params).toMatchObject({ view: 'people', page: 1 });
    expect(screen.getByRole('radio', { name: 'People and policy' })).toBeChecked();
  });

  it('gives every entry its time to the second with the time zone, the full date in its title, and a heading per day', async () => {
    render();
    await screen.findByRole('list', { name: 'Timeline, newest first' });
    const time = within(rows()[0]).getByText((_, el) => el?.tagName === 'TIME');
    expect(time).toHaveAttribute('datetime', '2026-11-25T14:03:27.000Z');
    expect(time.textContent).toMatch(/\d{1,2}:03:27(\s?[AP]M)? \S+/);
    expect(time.getAttribute('title')).toMatch(/2026/);
    expect(time.getAttribute('title')).toMatch(/:03:27/);
    expect(screen.getAllByTestId('timeline-day').map((d) => d.textContent)).toEqual([expect.stringMatching(/November 25, 2026|25 November 2026/), expect.stringMatching(/November 24, 2026|24 November 2026/)]);
  });

  it('shows observed changes too on request, keeping the choice in the URL', async () => {
    const user = userEvent.setup();
    const { router } = render();
    await user.click(await screen.findByRole('radio', { name: 'All, including observed changes' }));
    await waitFor(() => expect(rows()).toHaveLength(6));
    expect(router.state.location.search).toContain('events=all');
    expect(router.state.location.search).toContain('tab=timeline');
    expect(rows()[0]).toHaveTextContent('Telemetry: CPU 12 %.');
    expect(api.callsTo('GET /workers/:id/events').at(-1)!.params).toMatchObject({ view: 'all' });
  });

  it('opens on every event from a shared link', async () => {
    render(`/workers/${ID}?tab=timeline&events=all`);
    await screen.findByRole('list', { name: 'Timeline, newest first' });
    expect(rows()).toHaveLength(6);
    expect(screen.getByRole('radio', { name: 'All, including observed changes' })).toBeChecked();
  });
});
