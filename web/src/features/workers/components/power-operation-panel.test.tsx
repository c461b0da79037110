import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { anOperation, aStep, aWorker, someActions } from '../../../test/fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { workerKeys } from '../../../lib/query-keys';
import type { Operation, Worker } from '../api/types';
import { PowerOperationPanel } from './power-operation-panel';

const W = '0193b2c4-1111-7000-8000-000000000001';
const OP = '0193b2c4-7a00-7000-8000-0000000000aa';
const WAITING = 'Waiting for the controller: it does not answer (CML.UNREACHABLE). Waits up to 9 more minutes; force the terminate to go on without it';
const NEEDS_ADMIN = 'This needs the admin role or a stronger one; you have manager.';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const stopping = (more: Partial<Worker> = {}) =>
  aWorker({ id: W, name: 'lab-east-1', status: 'stopping', powerOperation: { id: OP, action: 'stop', status: 'running', startedAt: '2026-12-03T10:00:00.000Z' }, ...more });

/** A stop two steps in: the labs stopped in 12.4 s, EC2 is being asked. */
const stopInStep2 = (more: Partial<Operation> = {}) =>
  anOperation(W, {
    id: OP,
    percent: 33,
    steps: [
      aStep('stop-labs', 'succeeded', { detail: 'Stopped 2 labs: BGP lab, OSPF lab', startedAt: '2026-12-03T10:00:00.000Z', finishedAt: '2026-12-03T10:00:12.400Z' }),
      aStep('ec2-stop', 'running', { startedAt: '2026-12-03T10:00:12.400Z' }),
      aStep('wait-stopped', 'pending'),
    ],
    ...more,
  });

const terminateWaiting = () =>
  anOperation(W, {
    id: OP,
    kind: 'worker-terminate',
    percent: 25,
    steps: [
      aStep('stop-labs', 'succeeded', { detail: 'No lab was running', startedAt: '2026-12-03T10:00:00.000Z', finishedAt: '2026-12-03T10:00:01.000Z' }),
      aStep('release-license', 'running', { detail: WAITING, startedAt: '2026-12-03T10:00:01.000Z' }),
      aStep('ec2-terminate', 'pending'),
      aStep('wait-terminated', 'pending'),
    ],
  });
const terminating = (actions = someActions()) =>
  aWorker({ id: W, name: 'lab-east-1', status: 'shutting-down', actions, powerOperation: { id: OP, action: 'terminate', status: 'running', startedAt: '2026-12-03T10:00:00.000Z' } });

const stepRows = () => within(screen.getByRole('list', { name: 'Steps' })).getAllByRole('listitem');

describe('the stop or terminate of a worker, step by step', () => {
  it('shows nothing when the worker has had no stop or terminate', () => {
    api = mockApi({});
    renderPage(<PowerOperationPanel worker={aWorker({ id: W })} />);
    expect(screen.queryByTestId('power-operation')).toBeNull();
    expect(api.calls).toHaveLength(0);
  });

  it('shows a running stop as a progress bar, percent and "step k of n", and each step with its status, what it did and how long it took, in seconds', async () => {
    api = mockApi({ 'GET /operations/:id': { data: stopInStep2() } });
    renderPage(<PowerOperationPanel worker={stopping()} />);
    const panel = screen.getByRole('region', { name: 'Stop operation' });
    const bar = await within(panel).findByRole('progressbar', { name: 'Progress' });
    expect(bar).toHaveAttribute('aria-valuenow', '33');
    expect(bar).toHaveAttribute('aria-valuetext', '33 %, Step 2 of 3');
    expect(bar).toHaveTextContent('33 %');
    expect(within(panel).getByText('Step 2 of 3').parentElement).toHaveTextContent('Step 2 of 3: Ask EC2 to stop the instance');
    expect(within(panel).getByText('running', { selector: '.card-header .badge' })).toBeVisible();

    const rows = stepRows();
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['succeeded', 'running', 'pending']);
    expect(rows[0]).toHaveTextContent('done');
    expect(rows[0]).toHaveTextContent('Stop the running labs');
    expect(rows[0]).toHaveTextContent('Stopped 2 labs: BGP lab, OSPF lab');
    expect(within(rows[0]).getByTitle('Took')).toHaveTextContent('12 s');
    expect(rows[1]).toHaveTextContent('running');
    expect(rows[1]).toHaveTextContent('Ask EC2 to stop the instance');
    expect(within(rows[1]).getByTitle('Running for')).toHaveTextContent(/^\d[\d,.\u00a0\u202f]* s$/);
    expect(rows[2]).toHaveTextContent('pending');
    expect(within(rows[2]).queryByTitle(/Took|Running for/)).toBeNull();
    expect(api.callsTo('GET /operations/:id')[0].url).toBe(`/operations/${OP}`);
  });

  it('re-reads the operation while it runs and stops once it ended, then re-reads the worker that still says it runs', async () => {
    let reads = 0;
    const ended = stopInStep2({
      status: 'succeeded',
      percent: 100,
      finishedAt: '2026-12-03T10:01:00.000Z',
      result: { summary: 'Stopped 2 labs; EC2 reports the instance stopped.' },
      steps: stopInStep2().steps!.map((s) => ({ ...s, status: 'succeeded' as const })),
    });
    api = mockApi({
      'GET /operations/:id': () => ({ data: ++reads < 2 ? stopInStep2() : ended }),
      'GET /workers/:id': { data: stopping({ status: 'stopped' }) },
    });
    const { client } = renderPage(<PowerOperationPanel worker={stopping()} pollMs={20} />);
    client.setQueryData(workerKeys.detail(W), stopping());
    expect(await screen.findByText(/The stop succeeded/)).toBeVisible();
    expect(screen.getByText('Stopped 2 labs; EC2 reports the instance stopped.')).toBeVisible();
    expect(screen.queryByRole('progressbar')).toBeNull();
    await waitFor(() => expect(client.getQueryState(workerKeys.detail(W))?.isInvalidated).toBe(true));
    const settled = api.callsTo('GET /operations/:id').length;
    await new Promise((r) => setTimeout(r, 150));
    expect(api.callsTo('GET /operations/:id')).toHaveLength(settled);
    expect(settled).toBe(2);
  });

  it('shows a failed stop with the error and what it did, reads it once, and folds its steps on request', async () => {
    const user = userEvent.setup();
    const failed = stopInStep2({
      status: 'failed',
      percent: 100,
      error: 'EC2 refused: UnauthorizedOperation',
      steps: [aStep('stop-labs', 'succeeded', { detail: 'Stopped 2 labs: BGP lab, OSPF lab' }), aStep('ec2-stop', 'failed', { detail: 'EC2 refused: UnauthorizedOperation' }), aStep('wait-stopped', 'pending')],
    });
    api = mockApi({ 'GET /operations/:id': { data: failed } });
    const worker = stopping({
      status: 'running',
      powerOperation: { id: OP, action: 'stop', status: 'failed', startedAt: '2026-12-03T10:00:00.000Z', finishedAt: '2026-12-03T10:00:20.000Z', summary: 'Stopped 2 labs: BGP lab, OSPF lab. Failed: EC2 refused: UnauthorizedOperation' },
    });
    renderPage(<PowerOperationPanel worker={worker} pollMs={20} />);
    const outcome = await screen.findByRole('alert');
    expect(outcome).toHaveTextContent(/The stop failed.*: EC2 refused: UnauthorizedOperation/);
    expect(outcome).toHaveTextContent('Stopped 2 labs: BGP lab, OSPF lab. Failed: EC2 refused: UnauthorizedOperation');
    expect(screen.getByText('failed', { selector: '.card-header .badge' })).toBeVisible();
    expect(screen.queryByRole('progressbar')).toBeNull();
    await waitFor(() => expect(stepRows().map((r) => r.getAttribute('data-status'))).toEqual(['succeeded', 'failed', 'pending']));

    await user.click(screen.getByRole('button', { name: 'Hide steps' }));
    expect(screen.getByRole('button', { name: 'Show steps' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('list', { name: 'Steps' })).toBeNull();
    await new Promise((r) => setTimeout(r, 100));
    expect(api.callsTo('GET /operations/:id')).toHaveLength(1);
  });

  it('keeps the steps of a stop that went well folded until asked for', async () => {
    const user = userEvent.setup();
    api = mockApi({ 'GET /operations/:id': { data: stopInStep2({ status: 'succeeded', percent: 100 }) } });
    const worker = stopping({ status: 'stopped', powerOperation: { id: OP, action: 'stop', status: 'succeeded', startedAt: '2026-12-03T10:00:00.000Z', summary: 'Stopped 2 labs.' } });
    renderPage(<PowerOperationPanel worker={worker} />);
    expect(await screen.findByText(/The stop succeeded/)).toBeVisible();
    expect(screen.getByText('Stopped 2 labs.')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Steps' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show steps' }));
    expect(stepRows()).toHaveLength(3);
  });
});

describe('a terminate that waits for an unreachable controller', () => {
  it('offers whoever may terminate to go on without the controller, after a confirmation that says the licence may stay held', async () => {
    const user = userEvent.setup();
    api = mockApi({
      'GET /operations/:id': { data: terminateWaiting() },
      'POST /workers/:id/terminate': {
        data: { changed: false, message: 'The terminate under way no longer waits for the controller (forced by admin); the licence may stay held.', worker: terminating(), operation: { ...terminateWaiting(), force: true } },
      },
    });
    renderPage(<PowerOperationPanel worker={terminating()} />, { role: 'admin' });
    expect(await screen.findByText(WAITING)).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Terminate without the controller' }));
    const dialog = await screen.findByRole('dialog', { name: 'Terminate lab-east-1 without the controller?' });
    expect(dialog).toHaveTextContent('The licence may stay held in Smart Software Manager');
    expect(api.callsTo('POST /workers/:id/terminate')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Terminate lab-east-1 without the controller' }));
    await waitFor(() => expect(api.callsTo('POST /workers/:id/terminate')).toHaveLength(1));
    const [call] = api.callsTo('POST /workers/:id/terminate');
    expect(call.url).toBe(`/workers/${W}/terminate`);
    expect(call.body).toEqual({ force: true });
    expect(await screen.findByText(/no longer waits for the controller/)).toBeVisible();
  });

  it('asks nothing when the confirmation is cancelled', async () => {
    const user = userEvent.setup();
    api = mockApi({ 'GET /operations/:id': { data: terminateWaiting() } });
    renderPage(<PowerOperationPanel worker={terminating()} />, { role: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Terminate without the controller' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(api.callsTo('POST /workers/:id/terminate')).toHaveLength(0);
  });

  it('is not offered to those whose role may not terminate (the server says so in the worker’s actions)', async () => {
    api = mockApi({ 'GET /operations/:id': { data: terminateWaiting() } });
    renderPage(<PowerOperationPanel worker={terminating(someActions({ terminate: NEEDS_ADMIN, unregister: NEEDS_ADMIN }))} />, { role: 'manager' });
    expect(await screen.findByText(WAITING)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Terminate without the controller' })).toBeNull();
  });

  it('is not offered once forced, nor while the terminate does something else', async () => {
    api = mockApi({ 'GET /operations/:id': { data: { ...terminateWaiting(), force: true } } });
    const { unmount } = renderPage(<PowerOperationPanel worker={terminating()} />, { role: 'admin' });
    expect(await screen.findByText(/forced: does not wait for the controller/)).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Terminate without the controller' })).toBeNull();
    unmount();
    api.restore();
    const busy = terminateWaiting();
    busy.steps = busy.steps!.map((s) => (s.name === 'release-license' ? { ...s, detail: 'Deregistering the licence' } : s));
    api = mockApi({ 'GET /operations/:id': { data: busy } });
    renderPage(<PowerOperationPanel worker={terminating()} />, { role: 'admin' });
    expect(await screen.findByText('Deregistering the licence')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Terminate without the controller' })).toBeNull();
  });
});
