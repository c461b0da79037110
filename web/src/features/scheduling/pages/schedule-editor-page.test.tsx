import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import type { Role } from '../../../lib/auth';
import ScheduleEditorPage from './schedule-editor-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const WORKERS = [
  { id: 'w1', name: 'east-classroom-1', tags: { team: 'ccna' } },
  { id: 'w2', name: 'east-classroom-2', tags: { team: 'ccna' } },
  { id: 'w3', name: 'west-ccnp', tags: { team: 'ccnp' } },
];
const CALENDARS = [{ id: 'cal-de', name: 'German public holidays', holidays: [{ date: '2026-12-25' }, { date: '2026-12-26' }], usedBy: [] }];
const SAVED = {
  id: 's1',
  name: 'CCNA classroom',
  timezone: 'Europe/Berlin',
  periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' }],
  behaviour: 'start-stop',
  calendarId: 'cal-de',
  assignment: { workerIds: ['w3'], selector: { team: ['ccna'] } },
  workers: [
    { id: 'w1', name: 'east-classroom-1' },
    { id: 'w2', name: 'east-classroom-2' },
    { id: 'w3', name: 'west-ccnp' },
  ],
  createdAt: '2026-12-01T10:00:00Z',
  updatedAt: '2026-12-01T10:00:00Z',
  createdBy: 'mia',
};

function routes(extra: Record<string, unknown> = {}) {
  return {
    'GET /workers': { data: { items: WORKERS, total: 3 } },
    'GET /holiday-calendars': { data: { items: CALENDARS } },
    'POST /schedules': { status: 201, data: SAVED },
    'GET /schedules/:id': { data: SAVED },
    'PUT /schedules/:id': { data: SAVED },
    ...extra,
  } as Parameters<typeof mockApi>[0];
}

async function openNew(extra: Record<string, unknown> = {}, role: Role = 'manager') {
  const user = userEvent.setup();
  api = mockApi(routes(extra));
  renderPage(<ScheduleEditorPage />, { path: '/scheduling/schedules/new', route: '/scheduling/schedules/new', role });
  await screen.findByRole('option', { name: /German public holidays/ });
  await screen.findByRole('option', { name: 'west-ccnp' });
  return user;
}

const form = () => screen.getByRole('form', { name: 'New schedule' });

// Typing into many fields takes a few seconds on a busy machine.
describe('the schedule editor', { timeout: 20_000 }, () => {
  it('says what to fix at each field before sending anything', async () => {
    const user = await openNew();
    await user.clear(screen.getByLabelText('Time zone'));
    await user.paste('Mars/Olympus');
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await user.click(within(screen.getByRole('group', { name: 'Days of period 1' })).getByLabelText(day));
    await user.click(screen.getByRole('button', { name: 'Create the schedule' }));

    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Give the schedule a name.');
    expect(screen.getByLabelText('Time zone')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText(/"Mars\/Olympus" is not an IANA time zone/)).toBeInTheDocument();
    expect(screen.getByText('Period 1: choose at least one day.')).toBeInTheDocument();
    expect(screen.getByText('Name workers, a tag selector, or both.')).toBeInTheDocument();
    expect(api.callsTo('POST /schedules')).toHaveLength(0);
  });

  it('sends the schedule as the API takes it', async () => {
    const user = await openNew();
    await user.type(screen.getByLabelText('Name'), ' CCNA classroom ');
    await user.clear(screen.getByLabelText('Time zone'));
    await user.paste('Europe/Berlin');
    await user.click(screen.getByRole('button', { name: 'Add a period' }));
    const days2 = screen.getByRole('group', { name: 'Days of period 2' });
    await user.click(within(days2).getByLabelText('Saturday'));
    await user.clear(screen.getByLabelText('Start of period 2'));
    await user.type(screen.getByLabelText('Start of period 2'), '22:00');
    await user.clear(screen.getByLabelText('End of period 2'));
    await user.type(screen.getByLabelText('End of period 2'), '06:00');
    expect(within(form()).getByText('8 h, ends the next day')).toBeInTheDocument();
    expect(within(form()).getByText('10 h')).toBeInTheDocument();
    await user.click(screen.getByLabelText(/Start only/));
    await user.selectOptions(screen.getByLabelText('Holiday calendar'), 'cal-de');
    await user.selectOptions(screen.getByLabelText('Workers by name'), ['w3']);
    await user.click(screen.getByRole('button', { name: 'Add a tag' }));
    await user.type(screen.getByLabelText('Tag key 1'), 'team');
    await user.type(screen.getByLabelText('Accepted values of tag 1'), 'ccna, ccnp');
    expect(screen.getByText(/Matches 3 workers now/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create the schedule' }));

    await waitFor(() => expect(api.callsTo('POST /schedules')).toHaveLength(1));
    expect(api.callsTo('POST /schedules')[0].body).toEqual({
      name: 'CCNA classroom',
      timezone: 'Europe/Berlin',
      periods: [
        { days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '18:00' },
        { days: ['sat'], start: '22:00', end: '06:00' },
      ],
      behaviour: 'start-only',
      calendarId: 'cal-de',
      assignment: { workerIds: ['w3'], selector: { team: ['ccna', 'ccnp'] } },
    });
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
  });

  it('sends an end of 00:00 as 24:00, so 00:00-00:00 is a whole day', async () => {
    const user = await openNew();
    await user.type(screen.getByLabelText('Name'), 'All day');
    await user.clear(screen.getByLabelText('Start of period 1'));
    await user.type(screen.getByLabelText('Start of period 1'), '00:00');
    await user.clear(screen.getByLabelText('End of period 1'));
    await user.type(screen.getByLabelText('End of period 1'), '00:00');
    expect(within(form()).getByText('24 h')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Workers by name'), ['w1']);
    await user.click(screen.getByRole('button', { name: 'Create the schedule' }));
    await waitFor(() => expect(api.callsTo('POST /schedules')).toHaveLength(1));
    expect((api.callsTo('POST /schedules')[0].body as { periods: unknown[] }).periods).toEqual([{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '00:00', end: '24:00' }]);
  });

  it("shows the server's problems next to the fields they name", async () => {
    const refusal = {
      status: 400,
      data: {
        type: '/problems/schedule.invalid',
        title: 'Invalid',
        status: 400,
        code: 'SCHEDULE.INVALID',
        traceId: 't',
        detail: 'The schedule is not valid: periods: period 1 and period 2 overlap; merge them or move one; assignment.selector.team: give a list of accepted values, e.g. ["ccna"].',
        details: { problems: ['periods: period 1 and period 2 overlap; merge them or move one', 'assignment.selector.team: give a list of accepted values, e.g. ["ccna"]'] },
      },
    };
    const user = await openNew({ 'POST /schedules': refusal });
    await user.type(screen.getByLabelText('Name'), 'Overlapping');
    await user.selectOptions(screen.getByLabelText('Workers by name'), ['w1']);
    await user.click(screen.getByRole('button', { name: 'Create the schedule' }));

    const periods = await screen.findByText('period 1 and period 2 overlap; merge them or move one');
    expect(periods.closest('fieldset')).toHaveTextContent('Weekly periods');
    expect(screen.getByLabelText('Workers by name')).toHaveAccessibleDescription('give a list of accepted values, e.g. ["ccna"]');
    expect(screen.getByText(/the server named problems at the fields marked above/)).toBeInTheDocument();
  });

  it('opens an existing schedule, and a user reads it without controls to change it', async () => {
    api = mockApi(routes());
    renderPage(<ScheduleEditorPage />, { path: '/scheduling/schedules/s1', route: '/scheduling/schedules/:id', role: 'user' });
    expect(await screen.findByRole('heading', { name: 'CCNA classroom' })).toBeInTheDocument();
    expect(screen.getByText(/Only managers change schedules/)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('CCNA classroom');
    expect(screen.getByLabelText('Name')).toBeDisabled();
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
    expect(screen.getByText(/Applies to 3 workers now/)).toBeInTheDocument();
  });

  it('saves an existing schedule with PUT', async () => {
    const user = userEvent.setup();
    api = mockApi(routes());
    renderPage(<ScheduleEditorPage />, { path: '/scheduling/schedules/s1', route: '/scheduling/schedules/:id', role: 'manager' });
    await screen.findByRole('option', { name: /German public holidays/ });
    await user.clear(screen.getByLabelText('End of period 1'));
    await user.type(screen.getByLabelText('End of period 1'), '17:00');
    await user.click(screen.getByRole('button', { name: 'Save the schedule' }));
    await waitFor(() => expect(api.callsTo('PUT /schedules/s1')).toHaveLength(1));
    expect(api.callsTo('PUT /schedules/s1')[0].body).toMatchObject({ periods: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '08:00', end: '17:00' }], calendarId: 'cal-de', assignment: { workerIds: ['w3'], selector: { team: ['ccna'] } } });
  });
});
