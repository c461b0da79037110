import { anInstanceType } from '../../../../../../../../test/support/fake-ec2.js';
import { newTestHandler } from '../../../../../../../../test/support/unit/handler-factory.js';
import type { HourlyListPrice } from '../../ports/instance-prices.port.js';
import { ListInstanceTypesHandler } from './list-instance-types.handler.js';
import { ListInstanceTypesQuery } from './list-instance-types.query.js';

const M5ZN: HourlyListPrice = { usdPerHour: 3.9641, term: 'on-demand', operatingSystem: 'linux', source: 'https://aws.amazon.com/ec2/pricing/on-demand/', asOf: '2026-12-02' };

function handler() {
  const t = newTestHandler(ListInstanceTypesHandler, { now: '2026-12-02T10:00:00.000Z', env: { AWS_REGIONS: 'us-east-1' } });
  t.ec2.offer('us-east-1', anInstanceType('t3.micro', { vcpus: 2, memoryMiB: 1024 }), anInstanceType('m5zn.metal', { vcpus: 48, memoryMiB: 196608 }));
  t.prices.prices.set('us-east-1/m5zn.metal', M5ZN);
  return t;
}

describe('ListInstanceTypesHandler', () => {
  it('lists the region’s types bare metal first, each with its list price, or null when none is known (never 0)', async () => {
    const listing = await handler().handler.execute(new ListInstanceTypesQuery('us-east-1'));
    expect(listing).toEqual({
      region: 'us-east-1',
      listedAt: '2026-12-02T10:00:00.000Z',
      items: [
        { instanceType: 'm5zn.metal', vcpus: 48, memoryMiB: 196608, bareMetal: true, nestedVirtualization: false, architectures: ['x86_64'], suitability: 'bare-metal', suitable: true, unsuitableReason: undefined, price: M5ZN },
        {
          instanceType: 't3.micro',
          vcpus: 2,
          memoryMiB: 1024,
          bareMetal: false,
          nestedVirtualization: false,
          architectures: ['x86_64'],
          suitability: 'unsuitable',
          suitable: false,
          unsuitableReason: 'it is neither bare metal nor supports nested virtualisation, so CML cannot start its nodes',
          price: null,
        },
      ],
    });
  });

  it('refuses a region this deployment does not manage without asking EC2', async () => {
    const { ec2, handler: h } = handler();
    await expect(h.execute(new ListInstanceTypesQuery('eu-west-3'))).rejects.toMatchObject({ code: 'WORKER.REGION_NOT_MANAGED' });
    expect(ec2.calls).toEqual([]);
  });
});
