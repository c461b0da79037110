import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../lib/auth';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { WorkerOwnership, WorkerPower } from '../api/scheduling-api';
import { toLocalInput } from '../lib/zoned-time';
import { powerSentence, ReconcilerRecord, WorkerPowerPanel } from './worker-power-panel';

let api: ReturnType<typeof mockApi>;
afterEach(() => api?.restore());

const POWER: WorkerPower = {
  workerId: 'w1',
  state: 'running',
  rule: { kind: 'schedule', id: 's1', name: 'CCNA classroom' },
  reason: 'Schedule "CCNA classroom" has it running until 18:00 CET (Europe/Berlin).',
  until: '2026-12-08T17:00:00Z',
  next: [
    { at: '2026-12-08T17:00:00Z', state: 'stopped', rule: { kind: 'schedule', id: 's1', name: 'CCNA classroom' }, reason: 'Schedule "CCNA classroom" has it stopped outside its windows.' },
    { at: '2026-12-09T07:00:00Z', state: 'running', rule: { kind: 'schedule', id: 's1', name: 'CCNA classroom' }, reason: 'Schedule "CCNA classroom" has it running until 18:00 CET (Europe/Berlin).' },
  ],
  timezone: 'Europe/Berlin',
};

describe('the power sentence', () => {
  it('says why, and what happens next in the viewer’s zone with the rule’s zone beside it', () => {
    const sentence = powerSentence(POWER, 'running', 'UTC');
    // The moment's words follow the browser's locale; the zones and the order do not.
    expect(sentence).toMatch(/^Running — Schedule "CCNA classroom" has it running until 18:00 CET \(Europe\/Berlin\); next, at [^;]*8[^;]* UTC \([^)]* GMT\+1 in Europe\/Berlin\), it should be stopped \(schedule “CCNA classroom”\)\.$/);
    expect(sentence).toMatch(/(17:00|05:00 PM) UTC \((18:00|06:00 PM) GMT\+1/);
  });

  it('leaves the rule’s zone out where it shows the same time as the viewer’s', () => {
    expect(powerSentence(POWER, 'running', 'Europe/Paris')).not.toContain('in Europe/Berlin');
  });

  it('says when nothing is planned', () => {
    expect(powerSentence({ ...POWER, state: 'either', rule: { kind: 'none' }, reason: 'No schedule, reservation or override applies.', next: [], timezone: undefined }, 'stopped', 'UTC')).toBe(
      'Stopped — No schedule, reservation or override applies; no change is planned in the coming week.',
    );
  });
});

function render(worker: Partial<WorkerOwnership>, role: Role, username = role, extra: Record<string, unknown> = {}) {
  const user = userEvent.setup();
  const base: WorkerOwnership = { id: 'w1', name: 'east-classroom', ...worker };
  api = mockApi({
    'GET /workers/:id/power': { data: POWER },
    'PUT /workers/:id/owner': (c) => ({ data: { ...base, owner: (c.body as { owner: string }).owner || undefined } }),
    'PUT /workers/:id/override': (c) => ({ data: { ...base, override: { ...(c.body as object), by: username, setAt: new Date().toISOString() } } }),
    'DELETE /workers/:id/override': { data: { ...base, override: undefined } },
    ...extra,
  } as Parameters<typeof mockApi>[0]);
  const view = renderPage(<WorkerPowerPanel worker={base} status="running" />, { role });
  return { user, view };
}

describe('the worker power panel', { timeout: 20_000 }, () => {
  it('shows the sentence, the upcoming transitions and the owner', async () => {
    render({ owner: 'alice' }, 'user');
    expect(await screen.findByTestId('power-sentence')).toHaveTextContent(/^Running — Schedule "CCNA classroom" has it running until 18:00 CET \(Europe\/Berlin\); next, at .*, it should be stopped/);
    const transitions = screen.getByRole('table');
    expect(within(transitions).getAllByRole('row')).toHaveLength(3);
    expect(within(transitions).getByText('Stopped')).toBeInTheDocument();
    expect(screen.getByTestId('worker-owner')).toHaveTextContent('alice');
    expect(screen.queryByRole('button', { name: 'Change owner' })).toBeNull();
  });

  it('tells a user who does not own the worker why they cannot set an override', async () => {
    const { user } = render({ owner: 'alice' }, 'user', 'user');
    await screen.findByTestId('power-sentence');
    expect(screen.getByText('Only its owner (alice) or a manager can set an override.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Set the override' }));
    expect(api.callsTo('PUT /workers/w1/override')).toHaveLength(0);
  });

  it('lets the owner keep it running until a time, checking the time first', async () => {
    const { user } = render({ owner: 'user' }, 'user');
    await screen.findByTestId('power-sentence');
    fireEvent.change(screen.getByLabelText('Override until'), { target: { value: toLocalInput(new Date(Date.now() - 3_600_000)) } });
    await user.click(screen.getByRole('button', { name: 'Set the override' }));
    expect(screen.getByLabelText('Override until')).toHaveAccessibleDescription('Give a time in the future.');
    fireEvent.change(screen.getByLabelText('Override until'), { target: { value: toLocalInput(new Date(Date.now() + 20 * 86_400_000)) } });
    expect(screen.getByLabelText('Override until')).toHaveAccessibleDescription('An override lasts at most 14 days; give an earlier time.');
    expect(api.callsTo('PUT /workers/w1/override')).toHaveLength(0);

    const until = new Date(Date.now() + 6 * 3_600_000);
    until.setSeconds(0, 0);
    fireEvent.change(screen.getByLabelText('Override until'), { target: { value: toLocalInput(until) } });
    await user.selectOptions(screen.getByLabelText('Override kind'), 'keep-stopped');
    await user.click(screen.getByRole('button', { name: 'Set the override' }));
    await waitFor(() => expect(api.callsTo('PUT /workers/w1/override')).toHaveLength(1));
    expect(api.callsTo('PUT /workers/w1/override')[0].body).toEqual({ kind: 'keep-stopped', until: until.toISOString() });
  });

  it("shows the server's refusal of the time next to it", async () => {
    const refusal = problem(400, 'WORKER.OVERRIDE_INVALID', 'until: give a time at most 14 days ahead.');
    (refusal.data as Record<string, unknown>).errors = [{ field: 'until', messages: ['until must be at most 14 days ahead'] }];
    const { user } = render({ owner: 'user' }, 'user', 'user', { 'PUT /workers/:id/override': refusal });
    await screen.findByTestId('power-sentence');
    await user.click(screen.getByRole('button', { name: 'Set the override' }));
    await waitFor(() => expect(screen.getByLabelText('Override until')).toHaveAccessibleDescription('until must be at most 14 days ahead'));
  });

  it('shows an override and lets a manager clear it', async () => {
    const { user } = render({ owner: 'alice', override: { kind: 'keep-running', until: '2026-12-08T21:00:00Z', by: 'alice', setAt: '2026-12-08T12:00:00Z' } }, 'manager');
    expect(await screen.findByTestId('worker-override')).toHaveTextContent(/Keep running until .*, set by alice/);
    await user.click(screen.getByRole('button', { name: 'Clear the override' }));
    await waitFor(() => expect(api.callsTo('DELETE /workers/w1/override')).toHaveLength(1));
  });

  it('lets an admin change the owner, and clear it with an empty value', async () => {
    const { user } = render({ owner: 'alice' }, 'admin');
    await user.click(await screen.findByRole('button', { name: 'Change owner' }));
    const field = screen.getByLabelText('Owner');
    await user.clear(field);
    await user.type(field, 'group:ccna-trainers');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(api.callsTo('PUT /workers/w1/owner')).toHaveLength(1));
    expect(api.callsTo('PUT /workers/w1/owner')[0].body).toEqual({ owner: 'group:ccna-trainers' });
  });

  it("shows the server's refusal of an owner next to the field", async () => {
    const refusal = problem(400, 'WORKER.OWNER_INVALID', 'owner: at most 128 characters.');
    (refusal.data as Record<string, unknown>).errors = [{ field: 'owner', messages: ['owner must be at most 128 characters'] }];
    const { user } = render({}, 'admin', 'admin', { 'PUT /workers/:id/owner': refusal });
    expect(await screen.findByTestId('worker-owner')).toHaveTextContent('nobody');
    await user.click(screen.getByRole('button', { name: 'Change owner' }));
    await user.type(screen.getByLabelText('Owner'), 'x');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByLabelText('Owner')).toHaveAccessibleDescription(/owner must be at most 128 characters/));
  });
});

describe('what the power reconciler last made of the worker', () => {
  it('says nothing while its starts and stops go well and it did not hold back', () => {
    api = mockApi({});
    renderPage(<ReconcilerRecord worker={{ id: 'w1', name: 'lab-1', powerAttempts: { failures: 0 } }} />);
    expect(screen.queryByTestId('reconciler-record')).toBeNull();
  });

  it('shows failures in a row with the last error, and why it held back', () => {
    api = mockApi({});
    const worker: WorkerOwnership = {
      id: 'w1',
      name: 'lab-1',
      powerAttempts: { failures: 3, lastAttemptAt: '2026-12-02T10:00:00Z', lastError: 'EC2 refused: InsufficientInstanceCapacity' },
      desiredPower: { state: 'running', rule: { kind: 'schedule', name: 'CCNA' }, reason: 'Schedule "CCNA" has it running.', next: [], decidedAt: '2026-12-02T10:01:00Z', heldReason: 'The worker is stopping; the reconciler waits until it has stopped.' },
    };
    renderPage(<ReconcilerRecord worker={worker} />);
    expect(screen.getByRole('alert')).toHaveTextContent(/last 3 attempts to start or stop this worker failed .*: EC2 refused: InsufficientInstanceCapacity\. It tries again later/);
    expect(screen.getByText(/The power reconciler held back at .*: The worker is stopping; the reconciler waits until it has stopped\./)).toBeInTheDocument();
  });
});
