import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { aBudget, aCostReport } from '../../../test/cost-fixtures';
import { mockApi } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import CostPage from './cost-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => {
  api.restore();
  vi.useRealTimers();
});

function open(path = '/cost?month=2026-12', routes: Parameters<typeof mockApi>[0] = {}) {
  api = mockApi({ 'GET /cost': { data: aCostReport() }, 'GET /budgets': { data: { items: [aBudget({ status: { ...aBudget().status, state: 'warning', percent: 85, spentUsd: 4250 } })] } }, ...routes });
  return renderPage(<CostPage />, { path, route: '/cost', role: 'user' });
}

describe('the cost page', { timeout: 20_000 }, () => {
  it('shows the totals in dollars with the month', async () => {
    open();
    expect(await screen.findByTestId('cost-spent')).toHaveTextContent('$1,234.56');
    const totals = screen.getByLabelText('Cost totals for December 2026');
    expect(within(totals).getByText(/Spent (so far )?in December 2026/)).toBeInTheDocument();
    expect(screen.getByTestId('cost-projected')).toHaveTextContent('$9,876.50');
    expect(screen.getByTestId('cost-saved')).toHaveTextContent('$1,240.00');
    expect(within(totals).getByText(/compute \$1,100\.00, storage \$134\.56 · 300\.3 h running/)).toBeInTheDocument();
    expect(screen.queryByTestId('cost-unpriced')).not.toBeInTheDocument();
    expect(api.callsTo('GET /cost')[0].params).toMatchObject({ month: '2026-12', groupBy: 'owner' });
  });

  it('explains hours without a price when there are any', async () => {
    open('/cost?month=2026-12', { 'GET /cost': { data: aCostReport({ totals: { ...aCostReport().totals, unpricedHours: 12.5 } }) } });
    expect(await screen.findByTestId('cost-unpriced')).toHaveTextContent('12.5 h without a price are not in these amounts');
  });

  it('says the figures are estimates from list prices less the discount, with a link to the prices', async () => {
    open();
    const note = await screen.findByTestId('estimate-note');
    await waitFor(() => expect(note).toHaveTextContent('less the 10 % discount'));
    expect(within(note).getByRole('link', { name: 'See the prices' })).toHaveAttribute('href', '/cost/prices');
  });

  it("links the month's CSV per worker", async () => {
    open();
    const link = await screen.findByRole('link', { name: /Download CSV/ });
    expect(link).toHaveAttribute('href', '/api/cost/workers.csv?month=2026-12');
    expect(link).toHaveTextContent('December 2026');
  });

  it('names the chart by what it shows and gives its figures as a table on request', async () => {
    const user = userEvent.setup();
    open();
    const chart = await screen.findByRole('img', { name: /^Spend per day in December 2026, stacked by owner/ });
    expect(chart.getAttribute('aria-label')).toBe(
      'Spend per day in December 2026, stacked by owner: $1,234.56 over 3 days, the most on Wed, Dec 2 ($600.00). Largest: alice $800.00, (no owner) $434.56.',
    );
    expect(chart).not.toHaveAttribute('preserveAspectRatio', 'none');
    await user.click(screen.getByRole('button', { name: 'Show as table' }));
    const table = screen.getByRole('table', { name: /Spend per day/ });
    const row = within(table).getByRole('row', { name: /Wed, Dec 2/ });
    expect(row).toHaveTextContent('$400.00$200.00$600.00');
  });

  it('says what each rule saved', async () => {
    open();
    expect(await screen.findByTestId('saved-idle-detection')).toHaveTextContent('Idle detection saved $1,240.00');
    expect(screen.getByTestId('saved-schedule')).toHaveTextContent('Schedules saved $0.00');
  });

  it('sets each budget against its limit, with its state', async () => {
    open();
    const budgets = await screen.findByRole('list', { name: 'Budgets' });
    expect(within(budgets).getByText('$4,250.00 of $5,000.00 (85 %)')).toBeInTheDocument();
    expect(within(budgets).getByText('past a threshold')).toBeInTheDocument();
    expect(within(budgets).getByRole('progressbar', { name: 'Fleet: spent' })).toHaveAttribute('aria-valuenow', '85');
    expect(api.callsTo('GET /budgets')[0].params).toEqual({ month: '2026-12' });
  });

  it('lists the groups with dollars', async () => {
    open();
    const table = await screen.findByRole('table', { name: 'Cost by owner' });
    expect(within(table).getByRole('row', { name: /alice/ })).toHaveTextContent('alice$700.00$100.00$800.00$6,400.00$1,000.002');
  });

  it('keeps the grouping in the URL and asks for a tag key before grouping by tag', async () => {
    const user = userEvent.setup();
    const { router } = open();
    await screen.findByTestId('cost-spent');
    await user.selectOptions(screen.getByLabelText('Group by'), 'tag');
    expect(router.state.location.search).toContain('groupBy=tag');
    expect(screen.getByText(/Name the tag to group by/)).toBeInTheDocument();
    const calls = api.callsTo('GET /cost').length;
    await user.type(screen.getByLabelText('Tag key'), 'team{Enter}');
    expect(router.state.location.search).toContain('tagKey=team');
    await waitFor(() => expect(api.callsTo('GET /cost')).toHaveLength(calls + 1));
    expect(api.callsTo('GET /cost').at(-1)!.params).toEqual({ month: '2026-12', groupBy: 'tag', tagKey: 'team' });
  });

  it('moves to the previous month', async () => {
    const user = userEvent.setup();
    const { router } = open();
    await screen.findByTestId('cost-spent');
    await user.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(router.state.location.search).toContain('month=2026-11');
    await waitFor(() => expect(api.callsTo('GET /cost').at(-1)!.params).toMatchObject({ month: '2026-11' }));
  });
});
