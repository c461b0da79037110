import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import CalendarEditorPage from './calendar-editor-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const SAVED = { id: 'cal-1', name: 'Berlin 2026', holidays: [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26' }], usedBy: [] };
const ICS = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20261225', 'SUMMARY:Christmas Day', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');

function openNew(extra: Record<string, unknown> = {}) {
  const user = userEvent.setup();
  api = mockApi({ 'POST /holiday-calendars': { status: 201, data: SAVED }, 'POST /holiday-calendars/import': { status: 201, data: SAVED }, ...extra } as Parameters<typeof mockApi>[0]);
  renderPage(<CalendarEditorPage />, { path: '/scheduling/calendars/new', route: '/scheduling/calendars/new', role: 'manager' });
  return user;
}

describe('the holiday calendar editor', { timeout: 20_000 }, () => {
  it('says what is wrong with the typed days before sending', async () => {
    const user = openNew();
    await user.type(screen.getByLabelText('Name of day 1'), 'A day without a date');
    await user.click(screen.getByRole('button', { name: 'Add a day' }));
    fireEvent.change(screen.getByLabelText('Date of day 2'), { target: { value: '2026-12-25' } });
    await user.click(screen.getByRole('button', { name: 'Add a day' }));
    fireEvent.change(screen.getByLabelText('Date of day 3'), { target: { value: '2026-12-25' } });
    await user.click(screen.getByRole('button', { name: /Create the calendar/ }));
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Give the calendar a name.');
    expect(screen.getByText('Day 1: "" is not a date; use YYYY-MM-DD, e.g. 2026-12-25.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove day 1' }));
    expect(screen.getByText('Day 2: 2026-12-25 is listed twice.')).toBeInTheDocument();
    expect(api.callsTo('POST /holiday-calendars')).toHaveLength(0);
  });

  it('sends the typed days in date order, leaving out empty rows', async () => {
    const user = openNew();
    await user.type(screen.getByLabelText('Name'), 'Berlin 2026');
    fireEvent.change(screen.getByLabelText('Date of day 1'), { target: { value: '2026-12-26' } });
    await user.click(screen.getByRole('button', { name: 'Add a day' }));
    fireEvent.change(screen.getByLabelText('Date of day 2'), { target: { value: '2026-12-25' } });
    await user.type(screen.getByLabelText('Name of day 2'), 'Christmas Day');
    await user.click(screen.getByRole('button', { name: 'Add a day' }));
    await user.click(screen.getByRole('button', { name: 'Create the calendar with 2 days' }));
    await waitFor(() => expect(api.callsTo('POST /holiday-calendars')).toHaveLength(1));
    expect(api.callsTo('POST /holiday-calendars')[0].body).toEqual({ name: 'Berlin 2026', holidays: [{ date: '2026-12-25', name: 'Christmas Day' }, { date: '2026-12-26' }] });
  });

  it("shows the server's problem with a day under the days", async () => {
    const refusal = problem(400, 'CALENDAR.INVALID', 'The holiday calendar is not valid: holidays[0].date: "2026-02-30" is not a date; use YYYY-MM-DD, e.g. 2026-12-25.');
    (refusal.data as Record<string, unknown>).details = { problems: ['holidays[0].date: "2026-02-30" is not a date; use YYYY-MM-DD, e.g. 2026-12-25'] };
    const user = openNew({ 'POST /holiday-calendars': refusal });
    await user.type(screen.getByLabelText('Name'), 'Odd');
    fireEvent.change(screen.getByLabelText('Date of day 1'), { target: { value: '2026-12-25' } });
    await user.click(screen.getByRole('button', { name: /Create the calendar/ }));
    const message = await screen.findByText('"2026-02-30" is not a date; use YYYY-MM-DD, e.g. 2026-12-25');
    expect(message.closest('fieldset')).toHaveTextContent('Days');
  });

  it('creates a calendar from an uploaded iCalendar file', async () => {
    const user = openNew();
    await user.click(screen.getByRole('button', { name: 'Create from the file' }));
    expect(screen.getByText('Choose an .ics file.')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription('Give the calendar a name.');
    await user.type(screen.getByLabelText('Name'), 'Berlin 2026');
    await user.upload(screen.getByLabelText('iCalendar file'), new File([ICS], 'holidays.ics', { type: 'text/calendar' }));
    await user.click(screen.getByRole('button', { name: 'Create from the file' }));
    await waitFor(() => expect(api.callsTo('POST /holiday-calendars/import')).toHaveLength(1));
    expect(api.callsTo('POST /holiday-calendars/import')[0].body).toEqual({ name: 'Berlin 2026', ics: ICS });
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
  });

  it('shows why an unreadable file was refused', async () => {
    const user = openNew({ 'POST /holiday-calendars/import': problem(422, 'CALENDAR.FILE_INVALID', 'The file has no all-day events; export the holidays as all-day events.') });
    await user.type(screen.getByLabelText('Name'), 'Empty');
    await user.upload(screen.getByLabelText('iCalendar file'), new File(['BEGIN:VCALENDAR\r\nEND:VCALENDAR'], 'empty.ics', { type: 'text/calendar' }));
    await user.click(screen.getByRole('button', { name: 'Create from the file' }));
    expect(await screen.findByText('The file has no all-day events; export the holidays as all-day events.')).toBeInTheDocument();
  });
});
