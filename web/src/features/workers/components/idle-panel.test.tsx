import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import { formatTimeNear } from '../../../lib/format';
import type { WorkerIdle } from '../api/types';
import { IdleDetails, IdlePanel } from './idle-panel';

const ID = '0193b2c4-1111-7000-8000-000000000001';
const inMinutes = (m: number) => new Date(Date.now() + m * 60_000 + 5_000).toISOString();

function idle(overrides: Partial<WorkerIdle> = {}): WorkerIdle {
  const lastActivityAt = new Date(Date.now() - 75 * 60_000).toISOString();
  return {
    workerId: ID,
    status: 'running',
    enabled: true,
    fleetEnabled: true,
    workerEnabled: true,
    timeoutMinutes: 60,
    timeoutSource: 'fleet',
    lastActivityAt,
    lastActivitySource: 'cml-telemetry',
    idleMinutes: 75,
    warning: { issuedAt: new Date(Date.now() - 60_000).toISOString(), plannedStopAt: inMinutes(9) },
    lastEvaluatedAt: new Date(Date.now() - 40_000).toISOString(),
    current: {
      outcome: 'keep',
      code: 'warning-pending',
      reason: 'Idle for 1 h 15 min (timeout 1 h); warned at 10:02 UTC, stop planned at 10:12 UTC.',
      lastActivityAt,
      lastActivitySource: 'cml-telemetry',
      idleMinutes: 75,
      timeoutMinutes: 60,
      plannedStopAt: inMinutes(9),
      warnedAt: new Date(Date.now() - 60_000).toISOString(),
      since: new Date(Date.now() - 60_000).toISOString(),
    },
    recentDecisions: [
      {
        at: '2026-11-25T10:02:00.000Z',
        outcome: 'warn',
        code: 'idle-warning',
        reason: 'Idle for 1 h 1 min (timeout 1 h, last activity at 09:01 UTC: lab event); it will be stopped at 10:12 UTC unless someone uses or snoozes it.',
        idleMinutes: 61,
        lastActivityAt: '2026-11-25T09:01:00.000Z',
        lastActivitySource: 'lab-event',
        plannedStopAt: '2026-11-25T10:12:00.000Z',
        timeoutMinutes: 60,
      },
      // Stored before decisions had codes: shown as stored.
      { at: '2026-11-25T09:30:00.000Z', outcome: 'keep', reason: 'Last activity 29 min ago (lab-event); the idle timeout is 60 min.', timeoutMinutes: 60 },
    ],
    ...overrides,
  };
}

// Times as the panel words them: the time of day, with the date when it is another day than today
// (a 4-hour snooze asked for after 20:00 ends tomorrow).
const localTime = (iso: string) => formatTimeNear(iso, Date.now());
// A past decision's times: times of day.
const timeOfDay = (iso: string) => new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(iso));

/** What the server says to a `user` about snoozing. */
const AS_USER = { allowed: false, reason: 'This needs the manager role or a stronger one; you have user.' };

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => {
  api?.restore();
  api = undefined;
  vi.useRealTimers();
});

describe('the idle panel', () => {
  it('shows the decision of now from its facts, when it was evaluated, the planned stop, and the changes of decision', async () => {
    // One fixture, read for the expectations too: built twice, its times could fall either side of a minute.
    const data = idle();
    api = mockApi({ 'GET /workers/:id/idle': { data } });
    renderPage(<IdlePanel workerId={ID} snooze={AS_USER} />, { role: 'user' });
    expect(await screen.findByTestId('idle-current-reason')).toHaveTextContent(
      `Idle for 1 h 15 min (timeout 1 h); warned at ${localTime(data.current.warnedAt!)}, stops at ${localTime(data.current.plannedStopAt!)} unless someone uses or snoozes it.`,
    );
    // 40 s when the fixture was built; a loaded machine may take a few seconds to render it.
    expect(screen.getByTestId('idle-evaluated')).toHaveTextContent(/^Evaluated 4\d seconds ago; the same decision since /);
    expect(screen.getByTestId('idle-evaluated')).toHaveTextContent(`the same decision since ${localTime(data.current.since!)}.`);
    expect(screen.getByTestId('idle-planned-stop')).toHaveTextContent(/will be stopped at .* \(in 9 minutes\) unless someone uses it or snoozes it/);
    expect(screen.getByTestId('idle-timeout')).toHaveTextContent('1 h (fleet default)');
    expect(screen.getByTestId('idle-last-activity')).toHaveTextContent('1 hour ago (CML user activity)');
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent(`warnedIdle for 1 h 1 min (timeout 1 h); stops at ${timeOfDay('2026-11-25T10:12:00.000Z')} unless someone uses or snoozes it.`);
    expect(rows[1]).toHaveTextContent('keeps runningLast activity 29 min ago (lab-event); the idle timeout is 60 min.');
  });

  it('says when an active worker turns idle if nothing happens, in the viewer’s time', async () => {
    const lastActivityAt = new Date(Date.now() - 12 * 60_000).toISOString();
    const idleFrom = new Date(Date.parse(lastActivityAt) + 60 * 60_000).toISOString();
    api = mockApi({
      'GET /workers/:id/idle': {
        data: idle({
          warning: undefined,
          lastActivityAt,
          lastActivitySource: 'lab-state',
          current: { outcome: 'keep', code: 'active', reason: '…', lastActivityAt, lastActivitySource: 'lab-state', idleMinutes: 12, timeoutMinutes: 60, idleFrom },
        }),
      },
    });
    renderPage(<IdlePanel workerId={ID} snooze={AS_USER} />, { role: 'user' });
    expect(await screen.findByTestId('idle-current-reason')).toHaveTextContent(`Last activity 12 minutes ago (lab state change); idle from ${localTime(idleFrom)} if nothing happens.`);
    expect(screen.getByTestId('idle-evaluated')).toHaveTextContent(/^Evaluated 4\d seconds ago; idle detection takes this decision at its next run\.$/);
    expect(screen.queryByTestId('idle-planned-stop')).toBeNull();
  });

  it('measures every time on the panel against one clock, so they agree as it ticks', () => {
    vi.useFakeTimers({ now: Date.now() + 3_600_000, toFake: ['Date', 'setInterval', 'clearInterval'] });
    // 12 min 20 s ago: "12 min" now, "13 min" 15 s later (past the half minute).
    const lastActivityAt = new Date(Date.now() - (12 * 60 + 20) * 1000).toISOString();
    const plannedStopAt = new Date(Date.now() + (4 * 60 + 20) * 1000).toISOString();
    const data = idle({
      lastActivityAt,
      warning: { issuedAt: lastActivityAt, plannedStopAt },
      lastEvaluatedAt: new Date(Date.now() - 20_000).toISOString(),
      current: { outcome: 'keep', code: 'warning-pending', reason: '…', lastActivityAt, lastActivitySource: 'cml-telemetry', idleMinutes: 12, timeoutMinutes: 10, plannedStopAt, warnedAt: lastActivityAt },
    });
    renderPage(<IdleDetails idle={data} snooze={AS_USER} />, { role: 'user' });
    const shown = () => [screen.getByTestId('idle-current-reason').textContent, screen.getByTestId('idle-last-activity').textContent, screen.getByTestId('idle-planned-stop').textContent];
    expect(shown()).toEqual([expect.stringMatching(/^Idle for 12 min /), '12 minutes ago (CML user activity)', expect.stringMatching(/\(in 4 minutes\)/)]);
    act(() => void vi.advanceTimersByTime(15_000));
    expect(shown()).toEqual([expect.stringMatching(/^Idle for 13 min /), '13 minutes ago (CML user activity)', expect.stringMatching(/\(in 4 minutes\)/)]);
    expect(screen.getByTestId('idle-evaluated')).toHaveTextContent(/^Evaluated 35 seconds ago/);
  });

  it.each([
    ['in the morning: the time of day', new Date(2026, 5, 10, 10, 0), /^Snoozed until \d{1,2}:\d\d( [AP]M)?\.$/],
    ['late in the evening: the end is tomorrow, and the date says so', new Date(2026, 5, 10, 22, 30), /^Snoozed until .*2026.*\.$/],
  ])('lets a manager snooze for the chosen time and shows the new state (%s)', async (_, at, words) => {
    // Only Date is faked (at a fixed local time), so the answer does not depend on when the test runs.
    vi.useFakeTimers({ now: at, toFake: ['Date'] });
    const user = userEvent.setup();
    const until = inMinutes(240);
    api = mockApi({
      'GET /workers/:id/idle': { data: idle() },
      'POST /workers/:id/idle/snooze': { data: idle({ snoozedUntil: until, warning: undefined, current: { outcome: 'keep', code: 'snoozed', reason: '…', until, idleFrom: until } }) },
    });
    renderPage(<IdlePanel workerId={ID} snooze={{ allowed: true }} />, { role: 'manager' });
    await user.selectOptions(await screen.findByLabelText('For'), '4 hours');
    await user.click(screen.getByRole('button', { name: 'Snooze idle stop' }));
    await waitFor(() => expect(screen.getByTestId('idle-current-reason')).toHaveTextContent(`Snoozed until ${localTime(until)}.`));
    expect(screen.getByTestId('idle-current-reason').textContent).toMatch(words);
    expect(api.callsTo('POST /workers/:id/idle/snooze')[0]).toMatchObject({ url: `/workers/${ID}/idle/snooze`, body: { minutes: 240 } });
    expect(screen.queryByTestId('idle-planned-stop')).toBeNull();
  });

  it('shows the server’s reason when it refuses the snooze', async () => {
    const user = userEvent.setup();
    api = mockApi({
      'GET /workers/:id/idle': { data: idle() },
      'POST /workers/:id/idle/snooze': problem(409, 'WORKER.INVALID_TRANSITION', 'Cannot snooze worker lab-1 while it is stopping: only a running worker can be snoozed.'),
    });
    renderPage(<IdlePanel workerId={ID} snooze={{ allowed: true }} />, { role: 'admin' });
    await user.click(await screen.findByRole('button', { name: 'Snooze idle stop' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Cannot snooze worker lab-1 while it is stopping: only a running worker can be snoozed.');
  });

  it('offers the snooze as the server says: a user is told the role it lacks, a stopped worker why it cannot be snoozed', async () => {
    api = mockApi({ 'GET /workers/:id/idle': { data: idle({ status: 'stopped', warning: undefined }) } });
    const user = userEvent.setup();
    const asUser = renderPage(<IdlePanel workerId={ID} snooze={AS_USER} />, { role: 'user' });
    const refused = await screen.findByRole('button', { name: 'Snooze idle stop' });
    expect(refused).toHaveAttribute('aria-disabled', 'true');
    expect(refused).toHaveAccessibleDescription(AS_USER.reason);
    await user.click(refused);
    asUser.unmount();

    const stopped = 'Cannot snooze worker lab-1 while it is stopped: only a running worker can be snoozed.';
    renderPage(<IdlePanel workerId={ID} snooze={{ allowed: false, reason: stopped }} />, { role: 'manager' });
    const button = await screen.findByRole('button', { name: 'Snooze idle stop' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText(stopped)).toBeInTheDocument();
    await user.click(button);
    expect(api.callsTo('POST /workers/:id/idle/snooze')).toHaveLength(0);
  });
});
