import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aWorker, someActions } from '../../../test/fixtures';
import { mockApi, problem } from '../../../test/mock-api';
import { workerKeys } from '../../../lib/query-keys';
import { renderPage } from '../../../test/render';
import { WorkerActions } from './worker-actions';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const NEEDS_MANAGER = 'This needs the manager role or a stronger one; you have user.';
const NEEDS_ADMIN = 'This needs the admin role or a stronger one; you have user.';

const buttonNamed = (name: string) => screen.getByRole('button', { name });

describe('the actions of a worker', () => {
  it('shows each action as the server offers it: an unavailable one looks disabled and says the server’s reason next to it', () => {
    api = mockApi({});
    renderPage(<WorkerActions worker={aWorker({ name: 'lab-east-1', actions: someActions({ start: 'The worker is already running.' }) })} />, { role: 'admin' });
    const group = screen.getByRole('group', { name: 'Actions for lab-east-1' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Start', 'Stop', 'Refresh', 'Terminate', 'Unregister']);
    expect(buttonNamed('Start')).toHaveAttribute('aria-disabled', 'true');
    expect(buttonNamed('Start')).toHaveAccessibleDescription('The worker is already running.');
    expect(screen.getByText('The worker is already running.')).toBeVisible();
    for (const name of ['Stop', 'Refresh', 'Terminate', 'Unregister']) expect(buttonNamed(name)).not.toHaveAttribute('aria-disabled');
  });

  it('follows the server, not the status: a pending worker without an instance cannot be stopped, which the console’s own table did not know', async () => {
    const user = userEvent.setup();
    const noInstance = 'Cannot stop worker lab-east-1 while it is pending: The worker has no EC2 instance yet.';
    api = mockApi({});
    const worker = aWorker({ name: 'lab-east-1', status: 'pending', instanceId: undefined, actions: someActions({ start: 'The worker is already starting.', stop: noInstance }) });
    renderPage(<WorkerActions worker={worker} />, { role: 'admin' });
    expect(buttonNamed('Stop')).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(noInstance)).toBeVisible();
    await user.click(buttonNamed('Stop'));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('says a reason several buttons share once', async () => {
    const user = userEvent.setup();
    api = mockApi({});
    const gone = 'The worker is no longer managed (it was unregistered).';
    const actions = someActions({ start: gone, stop: gone, refresh: gone, terminate: gone });
    renderPage(<WorkerActions worker={aWorker({ actions })} />, { role: 'admin' });
    expect(screen.getAllByText(gone)).toHaveLength(1);
    for (const name of ['Start', 'Stop', 'Refresh', 'Terminate']) expect(buttonNamed(name)).toHaveAccessibleDescription(gone);
    for (const name of ['Start', 'Refresh', 'Terminate']) await user.click(buttonNamed(name));
    expect(api.calls).toHaveLength(0);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not offer what the caller’s role never allows: a user sees no actions at all, a manager no admin ones', () => {
    api = mockApi({});
    const forUser = someActions({ start: NEEDS_MANAGER, stop: NEEDS_MANAGER, refresh: NEEDS_MANAGER, terminate: NEEDS_ADMIN, unregister: NEEDS_ADMIN, snooze: NEEDS_MANAGER });
    const { unmount } = renderPage(<WorkerActions worker={aWorker({ name: 'lab-user', actions: forUser })} />, { role: 'user' });
    expect(screen.queryByRole('group', { name: 'Actions for lab-user' })).toBeNull();
    expect(screen.queryByText(NEEDS_MANAGER)).toBeNull();
    unmount();
    const forManager = someActions({ start: 'The worker is already running.', terminate: NEEDS_ADMIN.replace('user', 'manager'), unregister: NEEDS_ADMIN.replace('user', 'manager') });
    renderPage(<WorkerActions worker={aWorker({ name: 'lab-mgr', actions: forManager })} />, { role: 'manager' });
    const group = screen.getByRole('group', { name: 'Actions for lab-mgr' });
    expect(within(group).getAllByRole('button').map((b) => b.textContent)).toEqual(['Start', 'Stop', 'Refresh']);
    expect(buttonNamed('Start')).toHaveAccessibleDescription('The worker is already running.');
  });

  it('asks before stopping when the server offers the stop', async () => {
    const user = userEvent.setup();
    api = mockApi({});
    renderPage(<WorkerActions worker={aWorker({ name: 'lab-east-1' })} />, { role: 'manager' });
    await user.click(buttonNamed('Stop'));
    expect(await screen.findByRole('dialog', { name: 'Stop lab-east-1?' })).toBeVisible();
  });

  it('terminates without waiting for an unreachable controller only when the admin ticks it, saying the licence may stay held', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    api = mockApi({ 'POST /workers/:id/terminate': { status: 202, data: { changed: true, message: 'Terminating.', worker: aWorker({ name: 'lab-east-1', status: 'shutting-down' }) } } });
    renderPage(<WorkerActions worker={aWorker({ name: 'lab-east-1' })} />, { role: 'admin' });
    const confirmTerminate = async (force: boolean) => {
      await user.click(buttonNamed('Terminate'));
      const dialog = await screen.findByRole('dialog', { name: 'Terminate lab-east-1?' });
      if (force) {
        await user.click(within(dialog).getByLabelText('Do not wait for the controller if it cannot be reached'));
        expect(within(dialog).getByText(/licence may stay held in Smart Software Manager/)).toBeVisible();
      }
      await user.type(within(dialog).getByRole('textbox'), 'lab-east-1');
      await user.click(within(dialog).getByRole('button', { name: 'Terminate lab-east-1' }));
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    };
    await confirmTerminate(false);
    await confirmTerminate(true);
    expect(api.callsTo('POST /workers/:id/terminate').map((c) => c.body ?? null)).toEqual([null, { force: true }]);
  });

  describe('while another operation runs on the worker', () => {
    const BUSY = 'Worker lab-east-1 is busy with a stop (operation 0193b2c4-7a00-7000-8000-0000000000aa, started by ada at 10:02 UTC, now: Stop the running labs). Wait until it ends, or follow it at /api/operations/0193b2c4-7a00-7000-8000-0000000000aa.';
    const busy = () => ({ ...problem(409, 'WORKER.OPERATION_IN_PROGRESS', BUSY), data: { ...problem(409, 'WORKER.OPERATION_IN_PROGRESS', BUSY).data, details: { operationId: '0193b2c4-7a00-7000-8000-0000000000aa', operationKind: 'worker-stop' } } });

    it('a stop is refused naming that operation: the dialog closes, the refusal is said, and the worker is re-read so its page shows the operation', async () => {
      const user = userEvent.setup();
      api = mockApi({ 'POST /workers/:id/stop': busy() });
      const worker = aWorker({ name: 'lab-east-1' });
      const { client } = renderPage(<WorkerActions worker={worker} />, { role: 'manager' });
      client.setQueryData(workerKeys.detail(worker.id), worker);
      await user.click(buttonNamed('Stop'));
      await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Stop lab-east-1' }));
      expect(await screen.findByText(`Stop lab-east-1: ${BUSY}`)).toBeVisible();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      expect(client.getQueryState(workerKeys.detail(worker.id))?.isInvalidated).toBe(true);
    });

    it('a start is refused the same way', async () => {
      const user = userEvent.setup();
      api = mockApi({ 'POST /workers/:id/start': busy() });
      const worker = aWorker({ name: 'lab-east-1', status: 'stopping', actions: someActions({}) });
      const { client } = renderPage(<WorkerActions worker={worker} />, { role: 'manager' });
      client.setQueryData(workerKeys.detail(worker.id), worker);
      await user.click(buttonNamed('Start'));
      expect(await screen.findByText(`Start lab-east-1: ${BUSY}`)).toBeVisible();
      expect(client.getQueryState(workerKeys.detail(worker.id))?.isInvalidated).toBe(true);
    });

    it('any other refusal of a stop stays in the dialog with the server’s reason, and the worker is not re-read for it', async () => {
      const user = userEvent.setup();
      api = mockApi({ 'POST /workers/:id/stop': problem(409, 'WORKER.INVALID_TRANSITION', 'Cannot stop worker lab-east-1 while it is pending.') });
      const worker = aWorker({ name: 'lab-east-1' });
      const { client } = renderPage(<WorkerActions worker={worker} />, { role: 'manager' });
      client.setQueryData(workerKeys.detail(worker.id), worker);
      await user.click(buttonNamed('Stop'));
      const dialog = await screen.findByRole('dialog');
      await user.click(within(dialog).getByRole('button', { name: 'Stop lab-east-1' }));
      expect(await within(dialog).findByText('Cannot stop worker lab-east-1 while it is pending.')).toBeVisible();
      expect(client.getQueryState(workerKeys.detail(worker.id))?.isInvalidated).toBe(false);
    });
  });
});
