import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { WorkerIdle } from '../api/types';
import { IdlePanel } from './idle-panel';

const ID = '0193b2c4-1111-7000-8000-000000000001';
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000 + 5_000).toISOString();

function idle(overrides: Partial<WorkerIdle> = {}): WorkerIdle {
  return {
    workerId: ID,
    status: 'running',
    enabled: true,
    fleetEnabled: true,
    workerEnabled: true,
    timeoutMinutes: 60,
    timeoutSource: 'fleet',
    lastActivityAt: new Date(Date.now() - 75 * 60_000).toISOString(),
    lastActivitySource: 'cml-telemetry',
    idleMinutes: 75,
    warning: { issuedAt: new Date().toISOString(), plannedStopAt: inMinutes(9) },
    current: { outcome: 'warn', reason: 'Last activity 75 min ago (cml-telemetry); the idle timeout is 60 min.', plannedStopAt: inMinutes(9) },
    recentDecisions: [
      { at: '2026-11-25T10:02:00.000Z', outcome: 'warn', reason: 'Idle for 61 min; stop planned in 10 min.', timeoutMinutes: 60 },
      { at: '2026-11-25T09:30:00.000Z', outcome: 'keep', reason: 'Last activity 29 min ago (lab-event); the idle timeout is 60 min.', timeoutMinutes: 60 },
    ],
    ...overrides,
  };
}

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

describe('the idle panel', () => {
  it('shows what detection would decide now and why, the planned stop, and the recent decisions with their reasons', async () => {
    api = mockApi({ 'GET /workers/:id/idle': { data: idle() } });
    renderPage(<IdlePanel workerId={ID} />, { role: 'user' });
    expect(await screen.findByTestId('idle-current-reason')).toHaveTextContent('Last activity 75 min ago (cml-telemetry); the idle timeout is 60 min.');
    expect(screen.getByTestId('idle-planned-stop')).toHaveTextContent(/will be stopped at .* \(in 9 min\) unless someone uses it or snoozes it/);
    expect(screen.getByText('1 h (fleet default)')).toBeInTheDocument();
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('warnIdle for 61 min; stop planned in 10 min.');
    expect(rows[1]).toHaveTextContent('keepLast activity 29 min ago (lab-event); the idle timeout is 60 min.');
  });

  it('lets a manager snooze for the chosen time and shows the new state', async () => {
    const user = userEvent.setup();
    const until = inMinutes(240);
    api = mockApi({
      'GET /workers/:id/idle': { data: idle() },
      'POST /workers/:id/idle/snooze': { data: idle({ snoozedUntil: until, warning: undefined, current: { outcome: 'keep', reason: 'Snoozed until later.' } }) },
    });
    renderPage(<IdlePanel workerId={ID} />, { role: 'manager' });
    await user.selectOptions(await screen.findByLabelText('For'), '4 hours');
    await user.click(screen.getByRole('button', { name: 'Snooze idle stop' }));
    await waitFor(() => expect(screen.getByTestId('idle-current-reason')).toHaveTextContent('Snoozed until later.'));
    expect(api.callsTo('POST /workers/:id/idle/snooze')[0]).toMatchObject({ url: `/workers/${ID}/idle/snooze`, body: { minutes: 240 } });
    expect(screen.queryByTestId('idle-planned-stop')).toBeNull();
  });

  it('shows the server’s reason when it refuses the snooze', async () => {
    const user = userEvent.setup();
    api = mockApi({
      'GET /workers/:id/idle': { data: idle() },
      'POST /workers/:id/idle/snooze': problem(409, 'WORKER.NOT_RUNNING', 'The worker lab-1 is stopping; only a running worker can be snoozed.'),
    });
    renderPage(<IdlePanel workerId={ID} />, { role: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Snooze idle stop' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The worker lab-1 is stopping; only a running worker can be snoozed.');
  });

  it('does not offer snoozing to users, and explains why a stopped worker cannot be snoozed', async () => {
    api = mockApi({ 'GET /workers/:id/idle': { data: idle({ status: 'stopped', warning: undefined }) } });
    const asUser = renderPage(<IdlePanel workerId={ID} />, { role: 'user' });
    expect(await screen.findByText('Managers and admins can snooze idle detection.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Snooze idle stop' })).toBeNull();
    asUser.unmount();

    const user = userEvent.setup();
    renderPage(<IdlePanel workerId={ID} />, { role: 'manager' });
    const button = await screen.findByRole('button', { name: 'Snooze idle stop' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('The worker is stopped; only a running worker can be snoozed.')).toBeInTheDocument();
    await user.click(button);
    expect(api.callsTo('POST /workers/:id/idle/snooze')).toHaveLength(0);
  });
});
