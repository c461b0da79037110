import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import RuntimeLimitEditorPage from './runtime-limit-editor-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const WORKERS = [
  { id: 'w1', name: 'east-1', tags: { team: 'ccna' } },
  { id: 'w2', name: 'west-1', tags: { team: 'ccnp' } },
];
const SAVED = { id: 'rl1', name: 'Twelve hours', hours: 12, assignment: { workerIds: [], selector: { team: ['ccna'] } }, workers: [{ id: 'w1', name: 'east-1' }] };

async function openNew(extra: Record<string, unknown> = {}) {
  const user = userEvent.setup();
  api = mockApi({ 'GET /workers': { data: { items: WORKERS } }, 'POST /runtime-limits': { status: 201, data: SAVED }, ...extra } as Parameters<typeof mockApi>[0]);
  renderPage(<RuntimeLimitEditorPage />, { path: '/scheduling/runtime-limits/new', route: '/scheduling/runtime-limits/new', role: 'manager' });
  await screen.findByRole('option', { name: 'east-1' });
  return user;
}

describe('the runtime limit editor', { timeout: 20_000 }, () => {
  it('checks the hours (with their unit) and the assignment', async () => {
    const user = await openNew();
    expect(screen.getByText('hours running')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Name'), 'Short');
    await user.clear(screen.getByLabelText('Stop after'));
    await user.type(screen.getByLabelText('Stop after'), '0.1');
    await user.click(screen.getByRole('button', { name: 'Create the limit' }));
    expect(screen.getByLabelText('Stop after')).toHaveAccessibleDescription('Give a number of hours from 0.25 to 744.');
    expect(screen.getByText('Name workers, a tag selector, or both.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a tag' }));
    await user.type(screen.getByLabelText('Tag key 1'), 'team');
    expect(screen.getByText('Give at least one value for the tag team (several: separate them with commas).')).toBeInTheDocument();
    expect(api.callsTo('POST /runtime-limits')).toHaveLength(0);
  });

  it('sends name, hours and assignment', async () => {
    const user = await openNew();
    await user.type(screen.getByLabelText('Name'), 'Twelve hours');
    await user.click(screen.getByRole('button', { name: 'Add a tag' }));
    await user.type(screen.getByLabelText('Tag key 1'), 'team');
    await user.type(screen.getByLabelText('Accepted values of tag 1'), 'ccna');
    expect(screen.getByText('Matches 1 worker now: east-1.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create the limit' }));
    await waitFor(() => expect(api.callsTo('POST /runtime-limits')).toHaveLength(1));
    expect(api.callsTo('POST /runtime-limits')[0].body).toEqual({ name: 'Twelve hours', hours: 12, assignment: { workerIds: [], selector: { team: ['ccna'] } } });
  });

  it("puts the server's problem with the hours under the hours", async () => {
    const refusal = {
      status: 400,
      data: { type: '/problems/runtime_limit.invalid', title: 'Invalid', status: 400, code: 'RUNTIME_LIMIT.INVALID', traceId: 't', detail: 'The runtime limit is not valid: hours: give a number of hours from 0.25 to 744.', details: { problems: ['hours: give a number of hours from 0.25 to 744'] } },
    };
    const user = await openNew({ 'POST /runtime-limits': refusal });
    await user.type(screen.getByLabelText('Name'), 'Twelve hours');
    await user.selectOptions(screen.getByLabelText('Workers by name'), ['w2']);
    await user.click(screen.getByRole('button', { name: 'Create the limit' }));
    await waitFor(() => expect(screen.getByLabelText('Stop after')).toHaveAccessibleDescription('give a number of hours from 0.25 to 744'));
  });
});
