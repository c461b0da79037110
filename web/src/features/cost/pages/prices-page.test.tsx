import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { aPriceList } from '../../../test/cost-fixtures';
import { mockApi, problem } from '../../../test/mock-api';
import { renderPage } from '../../../test/render';
import PricesPage from './prices-page';

let api: ReturnType<typeof mockApi>;
afterEach(() => api.restore());

async function open(role: 'admin' | 'user' = 'admin', routes: Parameters<typeof mockApi>[0] = {}) {
  api = mockApi({ 'GET /cost/prices': { data: aPriceList() }, ...routes });
  renderPage(<PricesPage />, { path: '/cost/prices', route: '/cost/prices', role });
  await screen.findByRole('table', { name: 'Instance prices' });
  return userEvent.setup();
}

describe('the prices page', { timeout: 20_000 }, () => {
  it('lists prices with their source and date, and who overrode which', async () => {
    await open('user');
    const rows = within(screen.getByRole('table', { name: 'Instance prices' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('m5zn.metal$3.96 / h$3.96 / hAWS price list (catalogue)as of 2026-11-01list price');
    expect(rows[2]).toHaveTextContent(/c5\.metal\$3\.50 \/ h\$4\.08 \/ h.*overriddenby admin/);
    expect(screen.getByRole('table', { name: 'Storage prices' })).toHaveTextContent('gp3$0.08 / GiB-month');
    expect(screen.getByRole('heading', { name: 'Discount: 10 %' })).toBeInTheDocument();
    // People who may not change prices see no form and no buttons.
    expect(screen.queryByRole('button', { name: /Set price|Set the discount/ })).not.toBeInTheDocument();
  });

  it('checks an override as the server does, then sends it', async () => {
    const user = await open('admin', { 'PUT /cost/prices/instances/:region/:type': { data: {} } });
    await user.click(screen.getByRole('button', { name: 'Set price of m5zn.metal in us-east-1' }));
    const dialog = await screen.findByRole('dialog');
    const field = within(dialog).getByLabelText('Price');
    await user.clear(field);
    await user.type(field, '0');
    await user.click(within(dialog).getByRole('button', { name: 'Set the price' }));
    expect(field).toHaveAccessibleDescription('Give a price greater than 0 per hour.');
    expect(api.callsTo('PUT /cost/prices/instances/:region/:type')).toHaveLength(0);
    await user.clear(field);
    await user.type(field, '3.2');
    await user.click(within(dialog).getByRole('button', { name: 'Set the price' }));
    await waitFor(() => expect(api.callsTo('PUT /cost/prices/instances/:region/:type')).toHaveLength(1));
    const call = api.callsTo('PUT /cost/prices/instances/:region/:type')[0];
    expect(call.url).toBe('/cost/prices/instances/us-east-1/m5zn.metal');
    expect(call.body).toEqual({ usdPerHour: 3.2 });
  });

  it("shows the server's words when it refuses an override", async () => {
    const user = await open('admin', { 'PUT /cost/prices/storage/:region/:type': problem(400, 'COST.PRICE_INVALID', 'The price must be greater than 0 USD per GiB-month.') });
    await user.click(screen.getByRole('button', { name: 'Set price of gp3 volumes in us-east-1' }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: 'Set the price' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The price must be greater than 0 USD per GiB-month.');
  });

  it('asks before clearing an override, naming the list price it goes back to', async () => {
    const user = await open('admin', { 'DELETE /cost/prices/instances/:region/:type': { status: 204 } });
    await user.click(screen.getByRole('button', { name: 'Clear override of c5.metal in us-east-1' }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent('From now on, c5.metal in us-east-1 is estimated at its list price: $4.08 / h.');
    expect(api.callsTo('DELETE /cost/prices/instances/:region/:type')).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Clear the override' }));
    await waitFor(() => expect(api.callsTo('DELETE /cost/prices/instances/:region/:type')).toHaveLength(1));
    expect(api.callsTo('DELETE /cost/prices/instances/:region/:type')[0].url).toBe('/cost/prices/instances/us-east-1/c5.metal');
  });

  it('checks the discount: from 0 to less than 100 %', async () => {
    const user = await open('admin', { 'PUT /cost/discount': { data: { discountPercent: 12.5 } } });
    const field = screen.getByLabelText('Discount off list prices');
    await user.clear(field);
    await user.type(field, '100');
    await user.click(screen.getByRole('button', { name: 'Set the discount' }));
    expect(field).toHaveAccessibleDescription('Give a discount from 0 to less than 100 %.');
    expect(api.callsTo('PUT /cost/discount')).toHaveLength(0);
    await user.clear(field);
    await user.type(field, '12.5');
    await user.click(screen.getByRole('button', { name: 'Set the discount' }));
    await waitFor(() => expect(api.callsTo('PUT /cost/discount')[0]?.body).toEqual({ percent: 12.5 }));
  });
});
