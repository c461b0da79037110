import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aListedWorker, aWorker, someActions } from '../../../test/fixtures';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { WorkersPage } from './workers-page';

const DEFAULTS = { regions: ['us-east-1'], defaultRegion: 'us-east-1', provisioning: { instanceType: 'c5.2xlarge', amiIds: {} }, idle: { enabled: true, timeoutMinutes: 60, warningLeadMinutes: 10, startGraceMinutes: 60, checkIntervalSeconds: 60 } };

const idOf = (n: number) => `0193b2c4-0000-7000-8000-00000000b${String(n).padStart(3, '0')}`;
const alpha = () => aListedWorker({ id: idOf(1), name: 'alpha', actions: someActions() });
const bravo = () => aListedWorker({ id: idOf(2), name: 'bravo', actions: someActions() });
const charlie = () => aListedWorker({ id: idOf(3), name: 'charlie', actions: someActions() });
const delta = () => aListedWorker({ id: idOf(4), name: 'delta', status: 'stopped', actions: someActions({ stop: 'The worker is already stopped.' }) });

function page(items: ReturnType<typeof alpha>[], total = items.length) {
  return { items, total, page: 1, pageSize: 25, lastPage: Math.ceil(total / 25), summary: { total, byStatus: { running: 3, stopped: 1 }, billable: 3 } };
}
const stopped = (id: string, name: string, changed = true) => ({ data: { changed, message: changed ? `Stopping ${name}.` : 'The worker is already stopped.', worker: aWorker({ id, name, status: 'stopping' }) } });

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

async function select(user: ReturnType<typeof userEvent.setup>, ...names: string[]) {
  for (const name of names) {
    const box = await screen.findByRole('checkbox', { name: `Select ${name}` });
    // From the keyboard: focus the checkbox and press Space.
    box.focus();
    await user.keyboard(' ');
  }
}

// Many rows, clicked and re-rendered: several seconds on a busy 2-CPU machine.
describe('selecting workers on the list', { timeout: 20_000 }, () => {
  it('ticks rows one by one or the whole page, shows the count, and offers every worker matching the filter', async () => {
    const user = userEvent.setup();
    api = mockApi({ 'GET /workers': { data: page([alpha(), bravo(), charlie(), delta()], 60) }, 'GET /system/defaults': { data: DEFAULTS } });
    renderPage(<WorkersPage />, { path: '/workers' });
    await screen.findByRole('link', { name: 'alpha' });
    expect(screen.queryByTestId('bulk-bar')).toBeNull();

    await select(user, 'alpha', 'charlie');
    expect(screen.getByTestId('selection-count')).toHaveTextContent('2 workers selected');
    // The list now carries what the caller may do to each worker.
    await waitFor(() => expect(api.callsTo('GET /workers').at(-1)!.params.include).toMatch(/(^|,)actions$/));

    await user.click(screen.getByRole('checkbox', { name: 'Select every worker on this page' }));
    expect(screen.getByTestId('selection-count')).toHaveTextContent('4 workers selected');
    await user.click(screen.getByRole('button', { name: 'Select all 60 workers matching the filter' }));
    expect(screen.getByTestId('selection-count')).toHaveTextContent('All 60 workers matching the filter selected');

    await user.click(screen.getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByTestId('bulk-bar')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Select alpha' })).not.toBeChecked();
  });

  it('shows start, stop and policies to a manager but tags to admins only', async () => {
    const user = userEvent.setup();
    api = mockApi({ 'GET /workers': { data: page([alpha()]) }, 'GET /system/defaults': { data: DEFAULTS } });
    const asAdmin = renderPage(<WorkersPage />, { path: '/workers' });
    await select(user, 'alpha');
    const group = screen.getByRole('group', { name: 'Act on the selected workers' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Start', 'Stop', 'Tag…', 'Set policy…']);
    asAdmin.unmount();
    api.restore();

    api = mockApi({ 'GET /workers': { data: page([alpha()]) }, 'GET /system/defaults': { data: DEFAULTS } });
    renderPage(<WorkersPage />, { path: '/workers', role: 'manager' });
    await select(user, 'alpha');
    expect(within(screen.getByRole('group', { name: 'Act on the selected workers' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['Start', 'Stop', 'Set policy…']);
  });
});

describe('stopping several workers at once', { timeout: 20_000 }, () => {
  it('names what happens to which workers and who is skipped, then shows each outcome and retries the failed one', async () => {
    const user = userEvent.setup();
    let charlieTries = 0;
    let alphaStopped = false;
    const alphaNow = () => (alphaStopped ? aListedWorker({ id: idOf(1), name: 'alpha', status: 'stopping', actions: someActions({ stop: 'The worker is already stopping.' }) }) : alpha());
    api = mockApi({
      // The list is read again while the action runs: alpha is stopping by then, and its outcome must stay "done".
      'GET /workers': () => ({ data: page([alphaNow(), bravo(), charlie(), delta()]) }),
      'GET /system/defaults': { data: DEFAULTS },
      [`POST /workers/${idOf(1)}/stop`]: () => {
        alphaStopped = true;
        return stopped(idOf(1), 'alpha');
      },
      // Another operation started on bravo since the list was read: a 409, so skipped with the server's words.
      [`POST /workers/${idOf(2)}/stop`]: problem(409, 'WORKER.OPERATION_IN_PROGRESS', 'A terminate runs on bravo (operation op-9); try again when it has settled.'),
      [`POST /workers/${idOf(3)}/stop`]: () => (++charlieTries === 1 ? problem(503, 'AWS.THROTTLED', 'EC2 throttled the request (RequestLimitExceeded); try again shortly.') : stopped(idOf(3), 'charlie')),
    });
    renderPage(<WorkersPage />, { path: '/workers' });
    await select(user, 'alpha', 'bravo', 'charlie', 'delta');
    await user.click(screen.getByRole('button', { name: 'Stop' }));

    const dialog = await screen.findByRole('dialog', { name: 'Stop the selected workers?' });
    expect(within(dialog).getByTestId('bulk-sentence')).toHaveTextContent(/^Stop 3 workers: their running labs first, then EC2 stops the instances/);
    expect(within(dialog).getByTestId('bulk-targets')).toHaveTextContent('alphabravocharlie');
    expect(within(dialog).getByTestId('bulk-skipped')).toHaveTextContent('Skipped: 1 worker');
    expect(within(dialog).getByTestId('bulk-skipped')).toHaveTextContent('delta: The worker is already stopped.');
    expect(api.callsTo('POST /workers/:id/stop')).toHaveLength(0);

    await user.click(within(dialog).getByRole('button', { name: 'Stop 3 workers' }));
    const outcome = await within(dialog).findByRole('table', { name: 'Outcome per worker' });
    await waitFor(() => expect(within(dialog).getByTestId('bulk-progress')).toHaveTextContent('All 3 settled.'));
    const row = (name: string) => within(outcome).getByText(name).closest('tr')!;
    expect(row('alpha')).toHaveTextContent('DoneStopping alpha.');
    expect(row('bravo')).toHaveTextContent('SkippedA terminate runs on bravo (operation op-9); try again when it has settled.');
    expect(row('charlie')).toHaveTextContent('FailedEC2 throttled the request (RequestLimitExceeded); try again shortly. (HTTP 503)');
    expect(row('delta')).toHaveTextContent('SkippedThe worker is already stopped. (not sent)');
    expect(api.callsTo('POST /workers/:id/stop')).toHaveLength(3);
    expect(await screen.findByText('Stop: 1 done, 1 skipped, 1 failed.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('button', { name: 'Retry the 1 failed' }));
    await waitFor(() => expect(row('charlie')).toHaveTextContent('DoneStopping charlie.'));
    // Only the failed one is asked again.
    expect(api.callsTo(`POST /workers/${idOf(3)}/stop`)).toHaveLength(2);
    expect(api.callsTo(`POST /workers/${idOf(1)}/stop`)).toHaveLength(1);
    expect(within(dialog).queryByRole('button', { name: /Retry/ })).toBeNull();
    expect(api.unrouted).toEqual([]);
  });

  it('counts a stop the server answers "nothing to do" as skipped, and cannot confirm when every worker is skipped', async () => {
    const user = userEvent.setup();
    api = mockApi({
      'GET /workers': { data: page([alpha(), delta()]) },
      'GET /system/defaults': { data: DEFAULTS },
      [`POST /workers/${idOf(1)}/stop`]: stopped(idOf(1), 'alpha', false),
    });
    renderPage(<WorkersPage />, { path: '/workers' });
    await select(user, 'delta');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    const dialog = await screen.findByRole('dialog');
    const confirm = within(dialog).getByRole('button', { name: 'Stop 0 workers' });
    expect(confirm).toHaveAttribute('aria-disabled', 'true');
    expect(dialog).toHaveTextContent('Every selected worker is skipped; nothing to do.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await select(user, 'alpha');
    await user.click(screen.getByRole('button', { name: 'Stop' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Stop 1 worker' }));
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'Outcome per worker' })).getByText('alpha').closest('tr')).toHaveTextContent('SkippedThe worker is already stopped.'));
  });
});

describe('tags and policies on several workers', { timeout: 20_000 }, () => {
  it('checks the tag before review, then sets it on the workers that lack it', async () => {
    const user = userEvent.setup();
    const tagged = aListedWorker({ id: idOf(5), name: 'echo', tags: { team: 'ccna' }, actions: someActions() });
    api = mockApi({
      'GET /workers': { data: page([alpha(), tagged]) },
      'GET /system/defaults': { data: DEFAULTS },
      'PATCH /workers/:id/tags': (call) => ({ data: aWorker({ id: call.url.split('/')[2], tags: { team: 'ccna' } }) }),
    });
    renderPage(<WorkersPage />, { path: '/workers' });
    await select(user, 'alpha', 'echo');
    await user.click(screen.getByRole('button', { name: 'Tag…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tag the selected workers' });
    await user.type(within(dialog).getByLabelText('Tag key'), 'aws:team');
    await user.click(within(dialog).getByRole('button', { name: 'Review' }));
    expect(within(dialog).getByLabelText('Tag key')).toHaveAccessibleDescription('Keys starting with "aws:" are reserved for AWS; choose another key.');

    await user.clear(within(dialog).getByLabelText('Tag key'));
    await user.type(within(dialog).getByLabelText('Tag key'), 'team');
    await user.type(within(dialog).getByLabelText('Value'), 'ccna');
    await user.click(within(dialog).getByRole('button', { name: 'Review' }));
    expect(within(dialog).getByTestId('bulk-sentence')).toHaveTextContent(/^Set the EC2 tag team=ccna on 1 worker/);
    expect(within(dialog).getByTestId('bulk-skipped')).toHaveTextContent('echo: Already tagged team=ccna.');
    await user.click(within(dialog).getByRole('button', { name: 'Tag 1 worker' }));
    await waitFor(() => expect(within(dialog).getByTestId('bulk-progress')).toHaveTextContent('All 1 settled.'));
    expect(api.callsTo('PATCH /workers/:id/tags').map((c) => [c.url, c.body])).toEqual([[`/workers/${idOf(1)}/tags`, { set: { team: 'ccna' }, remove: [] }]]);
  });

  it('sets a keep-stopped override until the time chosen on every selected worker', async () => {
    const user = userEvent.setup();
    api = mockApi({
      'GET /workers': { data: page([alpha(), bravo()]) },
      'GET /system/defaults': { data: DEFAULTS },
      'PUT /workers/:id/override': (call) => ({ data: aWorker({ id: call.url.split('/')[2] }) }),
    });
    renderPage(<WorkersPage />, { path: '/workers', role: 'manager' });
    await select(user, 'alpha', 'bravo');
    await user.click(screen.getByRole('button', { name: 'Set policy…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Set a policy on the selected workers' });
    // A manager is offered the overrides, not the admin's owner and idle switches.
    expect(within(dialog).queryByLabelText('Set or clear the owner')).toBeNull();
    await user.click(within(dialog).getByLabelText('Keep stopped until a time (override)'));
    const until = new Date(Date.now() + 2 * 86_400_000);
    until.setSeconds(0, 0);
    const pad = (n: number) => String(n).padStart(2, '0');
    const local = `${until.getFullYear()}-${pad(until.getMonth() + 1)}-${pad(until.getDate())}T${pad(until.getHours())}:${pad(until.getMinutes())}`;
    const field = within(dialog).getByLabelText(/^Until/);
    await user.clear(field);
    await user.type(field, local);
    await user.click(within(dialog).getByRole('button', { name: 'Review' }));
    expect(within(dialog).getByTestId('bulk-sentence')).toHaveTextContent(/^Keep 2 workers stopped until .*, whatever their schedules/);
    await user.click(within(dialog).getByRole('button', { name: 'Set override 2 workers' }));
    await waitFor(() => expect(within(dialog).getByTestId('bulk-progress')).toHaveTextContent('All 2 settled.'));
    expect(api.callsTo('PUT /workers/:id/override').map((c) => c.body)).toEqual([
      { kind: 'keep-stopped', until: until.toISOString() },
      { kind: 'keep-stopped', until: until.toISOString() },
    ]);
  });
});
