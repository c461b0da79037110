import { getConnectionToken } from '@nestjs/mongoose';
import { storedDocumentMisfits } from '#persistence';
import { PriceBook } from '../apps/api/src/modules/cost/application/ports/price-book.port.js';
import { Api, expectStatus } from './support/api.js';
import { startTestApp, type TestApp } from './support/test-app.js';

interface StreamEventBody {
  type: string;
  at: string;
  data: Record<string, unknown>;
}

/** Prices end to end: list prices, admins' overrides and the discount, against MongoDB and Keycloak tokens. */
describe('cost prices API', () => {
  let t: TestApp;
  let api: Api;

  const instance = (body: { instances: { region: string; instanceType: string }[] }, region: string, type: string) => body.instances.find((i) => i.region === region && i.instanceType === type);
  const storage = (body: { storage: { region: string; volumeType: string }[] }, region: string, type: string) => body.storage.find((s) => s.region === region && s.volumeType === type);
  const costEvents = async (): Promise<StreamEventBody[]> => (await api.get('/api/events?types=cost.*&limit=1000').then(expectStatus(200))).body.items;

  beforeAll(async () => {
    t = await startTestApp('cost-prices');
    api = new Api(t.url);
  });
  afterAll(async () => {
    await t.close();
  });

  it('lists the shipped list prices, with source and date, to any signed-in user', async () => {
    const res = await api.get('/api/cost/prices', 'user').then(expectStatus(200));
    expect(res.body.discountPercent).toBe(0);
    expect(instance(res.body, 'us-east-1', 'm5zn.metal')).toEqual({
      region: 'us-east-1',
      instanceType: 'm5zn.metal',
      usdPerHour: 3.9641,
      listUsdPerHour: 3.9641,
      source: 'https://aws.amazon.com/ec2/pricing/on-demand/',
      asOf: '2026-12-02',
      overridden: false,
    });
    for (const region of ['us-east-1', 'us-west-2']) {
      for (const type of ['gp3', 'gp2', 'io1', 'io2', 'st1', 'sc1', 'standard']) {
        expect(storage(res.body, region, type)).toMatchObject({ source: 'https://aws.amazon.com/ebs/pricing/', overridden: false, usdPerGibMonth: expect.any(Number) });
      }
    }
  });

  it('lets an admin set an instance price, which applies from the moment it is set and is audited with the admin', async () => {
    const res = await api.put('/api/cost/prices/instances/us-east-1/m5zn.metal', { usdPerHour: 3.2 }, 'admin').then(expectStatus(200));
    expect(res.body).toMatchObject({ region: 'us-east-1', instanceType: 'm5zn.metal', usdPerHour: 3.2, listUsdPerHour: 3.9641, source: 'admin', overridden: true, setBy: expect.stringMatching(/admin/) });
    const setAt = new Date(res.body.setAt);
    const history = (await t.app.get(PriceBook, { strict: false }).snapshot()).compute('us-east-1', 'm5zn.metal');
    expect(history.map((s) => [s.from.toISOString(), s.usdPerHour])).toEqual([
      [new Date(0).toISOString(), 3.9641],
      [setAt.toISOString(), 3.2],
    ]);
    expect(await costEvents()).toContainEqual(expect.objectContaining({ type: 'cost.price-changed', data: { kind: 'instance', region: 'us-east-1', instanceType: 'm5zn.metal', to: 3.2 } }));
  });

  it('prices a type the catalogue does not list, once an admin sets it', async () => {
    await api.put('/api/cost/prices/instances/us-west-2/c8i.metal-48xl', { usdPerHour: 9.5 }, 'admin').then(expectStatus(200));
    const list = await api.get('/api/cost/prices', 'user').then(expectStatus(200));
    expect(instance(list.body, 'us-west-2', 'c8i.metal-48xl')).toMatchObject({ usdPerHour: 9.5, listUsdPerHour: null, overridden: true });
  });

  it('clears an override (back to the list price, 204) and answers 404 when there is none to clear', async () => {
    await api.delete('/api/cost/prices/instances/us-east-1/m5zn.metal', 'admin').then(expectStatus(204));
    const list = await api.get('/api/cost/prices', 'user').then(expectStatus(200));
    expect(instance(list.body, 'us-east-1', 'm5zn.metal')).toMatchObject({ usdPerHour: 3.9641, overridden: false });
    const again = await api.delete('/api/cost/prices/instances/us-east-1/m5zn.metal', 'admin').then(expectStatus(404));
    expect(again.body).toMatchObject({ code: 'COST.OVERRIDE_NOT_FOUND', detail: expect.stringMatching(/No price is set for m5zn.metal in us-east-1; the list price is in force already/) });
    const never = await api.delete('/api/cost/prices/storage/us-east-1/sc1', 'admin').then(expectStatus(404));
    expect(never.body.code).toBe('COST.OVERRIDE_NOT_FOUND');
    expect(await costEvents()).toContainEqual(expect.objectContaining({ type: 'cost.price-changed', data: { kind: 'instance', region: 'us-east-1', instanceType: 'm5zn.metal', from: 3.2 } }));
  });

  it('sets and clears a storage price', async () => {
    const res = await api.put('/api/cost/prices/storage/us-west-2/gp3', { usdPerGibMonth: 0.07 }, 'admin').then(expectStatus(200));
    expect(res.body).toMatchObject({ region: 'us-west-2', volumeType: 'gp3', usdPerGibMonth: 0.07, listUsdPerGibMonth: 0.08, overridden: true });
    expect((await t.app.get(PriceBook, { strict: false }).snapshot()).storage('us-west-2', 'gp3')).toBe(0.07);
    await api.delete('/api/cost/prices/storage/us-west-2/gp3', 'admin').then(expectStatus(204));
    expect((await t.app.get(PriceBook, { strict: false }).snapshot()).storage('us-west-2', 'gp3')).toBe(0.08);
    const kinds = (await costEvents()).filter((e) => e.data.kind === 'storage').map((e) => e.data);
    expect(kinds).toEqual([
      { kind: 'storage', region: 'us-west-2', volumeType: 'gp3', to: 0.07 },
      { kind: 'storage', region: 'us-west-2', volumeType: 'gp3', from: 0.07 },
    ]);
  });

  it('sets the fleet discount, which takes compute prices down from then on, and audits it', async () => {
    const res = await api.put('/api/cost/discount', { percent: 25 }, 'admin').then(expectStatus(200));
    expect(res.body).toEqual({ discountPercent: 25 });
    const list = await api.get('/api/cost/prices', 'user').then(expectStatus(200));
    expect(list.body).toMatchObject({ discountPercent: 25, discountSetBy: expect.stringMatching(/admin/), discountSetAt: expect.any(String) });
    // The list shows prices before the discount; metering reads them after it.
    expect(instance(list.body, 'us-east-1', 'c5.metal')).toMatchObject({ usdPerHour: 4.08 });
    const snapshot = await t.app.get(PriceBook, { strict: false }).snapshot();
    expect(snapshot.discountPercent).toBe(25);
    expect(snapshot.compute('us-east-1', 'c5.metal').at(-1)).toEqual({ from: new Date(list.body.discountSetAt), usdPerHour: 3.06 });
    expect(snapshot.storage('us-east-1', 'gp3')).toBe(0.08);
    expect(await costEvents()).toContainEqual(expect.objectContaining({ type: 'cost.discount-changed', data: { from: 0, to: 25 } }));
  });

  it.each([
    ['a region that is not one', '/api/cost/prices/instances/virginia/m5zn.metal', { usdPerHour: 3 }, 'COST.PRICE_INVALID', /region "virginia" is not an AWS region; use a region code such as us-east-1/],
    ['a price of 0', '/api/cost/prices/instances/us-east-1/m5zn.metal', { usdPerHour: 0 }, 'COST.PRICE_INVALID', /the price must be more than 0 USD per hour/],
    ['a negative storage price', '/api/cost/prices/storage/us-east-1/gp3', { usdPerGibMonth: -0.01 }, 'COST.PRICE_INVALID', /the price must be more than 0 USD per GiB-month/],
    ['a volume type that is not one', '/api/cost/prices/storage/us-east-1/gp7', { usdPerGibMonth: 0.1 }, 'COST.PRICE_INVALID', /volume type "gp7" is not an EBS volume type \(gp3, gp2, io1, io2, st1, sc1, standard\)/],
    ['a price that is not a number', '/api/cost/prices/instances/us-east-1/m5zn.metal', { usdPerHour: 'cheap' }, 'REQUEST.INVALID', /usdPerHour must be a number of US dollars per hour/],
    ['a discount of 100', '/api/cost/discount', { percent: 100 }, 'COST.DISCOUNT_INVALID', /from 0 up to \(not including\) 100/],
    ['a negative discount', '/api/cost/discount', { percent: -1 }, 'COST.DISCOUNT_INVALID', /-1 is not/],
  ])('refuses %s with 400 and a detail that says what to fix', async (_what, path, body, code, detail) => {
    const res = await api.put(path, body, 'admin').then(expectStatus(400));
    expect(res.body.code).toBe(code);
    expect(code === 'REQUEST.INVALID' ? JSON.stringify(res.body) : res.body.detail).toMatch(detail);
  });

  it.each([
    ['PUT', '/api/cost/prices/instances/us-east-1/m5zn.metal', { usdPerHour: 1 }],
    ['PUT', '/api/cost/prices/storage/us-east-1/gp3', { usdPerGibMonth: 0.01 }],
    ['PUT', '/api/cost/discount', { percent: 50 }],
    ['DELETE', '/api/cost/prices/instances/us-west-2/c8i.metal-48xl', undefined],
  ] as const)('refuses %s %s to a user and a manager (403) and changes nothing', async (method, path, body) => {
    for (const role of ['user', 'manager'] as const) {
      const res = await (method === 'PUT' ? api.put(path, body, role) : api.delete(path, role)).then(expectStatus(403));
      expect(res.body.code).toBe('AUTH.FORBIDDEN');
    }
    const list = await api.get('/api/cost/prices', 'user').then(expectStatus(200));
    expect(list.body.discountPercent).toBe(25);
    expect(instance(list.body, 'us-east-1', 'm5zn.metal')).toMatchObject({ overridden: false });
    expect(instance(list.body, 'us-west-2', 'c8i.metal-48xl')).toMatchObject({ overridden: true });
  });

  it('stores documents its schema declares', async () => {
    expect(await storedDocumentMisfits(t.app.get(getConnectionToken(), { strict: false }))).toEqual([]);
  });
});
