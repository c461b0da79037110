import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aBudget } from '../../../test/cost-fixtures';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import BudgetsPage from './budgets-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

const TEAM = aBudget({
  id: 'b2',
  name: 'CCNA team',
  scope: { kind: 'tag', tagKey: 'team', tagValue: 'ccna' },
  monthlyUsd: 1000,
  stopAtLimit: true,
  status: { month: '2026-12', spentUsd: 1100, projectedUsd: 2400, percent: 110, crossedPercent: [80, 100], workers: 2, stoppedWorkers: 2, state: 'exceeded' },
});

async function open(role: 'admin' | 'user' = 'admin', routes: Parameters<typeof mockApi>[0] = {}) {
  api = mockApi({ 'GET /budgets': { data: { items: [aBudget(), TEAM] } }, ...routes });
  renderPage(<BudgetsPage />, { path: '/cost/budgets?month=2026-12', route: '/cost/budgets', role });
  await screen.findAllByTestId('budget');
  return userEvent.setup();
}

describe('the budgets page', { timeout: 20_000 }, () => {
  it('shows each budget with its percent, dollars and state', async () => {
    await open('user');
    const [fleet, team] = screen.getAllByTestId('budget');
    expect(fleet).toHaveTextContent('$1,234.56 of $5,000.00 (25 %)');
    expect(within(fleet).getByText('within budget')).toBeInTheDocument();
    expect(team).toHaveTextContent('workers tagged team=ccna');
    expect(team).toHaveTextContent('$1,000.00 per month; notifies at 80 %, 100 %; stops its workers at the limit, except inside reservations.');
    expect(within(team).getByText('over budget')).toBeInTheDocument();
    expect(within(team).getByRole('progressbar')).toHaveAttribute('aria-valuetext', '110 %, $1,100.00 of $1,000.00');
    expect(team).toHaveTextContent('2 workers covered, 2 stopped by this budget; crossed 80 %, 100 %.');
    expect(screen.queryByRole('button', { name: 'New budget' })).not.toBeInTheDocument();
  });

  it('checks a new budget as the server does before sending it', async () => {
    const user = await open();
    await user.click(screen.getByRole('button', { name: 'New budget' }));
    const form = await screen.findByRole('form', { name: 'New budget' });
    await user.click(within(form).getByLabelText('One owner’s workers'));
    await user.clear(within(form).getByLabelText('Notify at'));
    await user.type(within(form).getByLabelText('Notify at'), '100, 80');
    await user.click(within(form).getByRole('button', { name: 'Create the budget' }));
    expect(within(form).getByLabelText('Name')).toHaveAccessibleDescription('Give the budget a name.');
    expect(within(form).getByLabelText('Owner')).toHaveAccessibleDescription('Name the owner whose workers the budget covers.');
    expect(within(form).getByLabelText('Monthly amount')).toHaveAccessibleDescription('Give a monthly amount greater than 0 USD.');
    expect(within(form).getByLabelText('Notify at')).toHaveAccessibleDescription('List the thresholds from low to high, each once (for example 80, 100).');
    expect(within(form).getByLabelText('Hard: stop them inside a reservation too')).toBeDisabled();
    expect(api.callsTo('POST /budgets')).toHaveLength(0);
  });

  it('creates a budget with the fields it was given', async () => {
    const user = await open('admin', { 'POST /budgets': { status: 201, data: aBudget({ id: 'b3', name: 'Alice' }) } });
    await user.click(screen.getByRole('button', { name: 'New budget' }));
    const form = await screen.findByRole('form', { name: 'New budget' });
    await user.type(within(form).getByLabelText('Name'), 'Alice');
    await user.click(within(form).getByLabelText('One owner’s workers'));
    await user.type(within(form).getByLabelText('Owner'), 'alice');
    await user.type(within(form).getByLabelText('Monthly amount'), '750');
    await user.click(within(form).getByLabelText('Stop the workers it covers at 100 %'));
    await user.click(within(form).getByLabelText('Hard: stop them inside a reservation too'));
    await user.click(within(form).getByRole('button', { name: 'Create the budget' }));
    await waitFor(() => expect(api.callsTo('POST /budgets')).toHaveLength(1));
    expect(api.callsTo('POST /budgets')[0].body).toEqual({ name: 'Alice', scope: { kind: 'owner', owner: 'alice' }, monthlyUsd: 750, thresholdsPercent: [80, 100], stopAtLimit: true, hard: true });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'New budget' })).not.toBeInTheDocument());
  });

  it("keeps the form open with the server's words when it refuses", async () => {
    const user = await open('admin', { 'PATCH /budgets/:id': problem(409, 'BUDGET.NAME_TAKEN', 'A budget named Fleet already exists.') });
    await user.click(screen.getByRole('button', { name: 'Edit CCNA team' }));
    const form = await screen.findByRole('form', { name: 'Budget CCNA team' });
    expect(within(form).getByLabelText('Tag key')).toHaveValue('team');
    await user.click(within(form).getByRole('button', { name: 'Save the budget' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('A budget named Fleet already exists.');
    expect(api.callsTo('PATCH /budgets/:id')[0].url).toBe('/budgets/b2');
  });

  it('asks before deleting, naming what the budget will no longer do', async () => {
    const user = await open('admin', { 'DELETE /budgets/:id': { status: 204 } });
    await user.click(screen.getByRole('button', { name: 'Delete CCNA team' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('No more notices for workers tagged team=ccna at 80 %, 100 % of $1,000.00, and it no longer stops their workers at the limit.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete CCNA team' }));
    await waitFor(() => expect(api.callsTo('DELETE /budgets/:id')).toHaveLength(1));
    expect(api.callsTo('DELETE /budgets/:id')[0].url).toBe('/budgets/b2');
  });
});
