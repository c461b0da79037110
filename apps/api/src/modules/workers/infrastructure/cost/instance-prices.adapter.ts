import { Injectable } from '@nestjs/common';
import { PricesFacade } from '../../../cost/cost.public.js';
import { type HourlyListPrice, InstancePrices } from '../../application/ports/instance-prices.port.js';

/** The workers module's view of the cost module's price catalogue. */
@Injectable()
export class CostInstancePrices extends InstancePrices {
  constructor(private readonly prices: PricesFacade) {
    super();
  }

  onDemandLinux(region: string, instanceType: string): HourlyListPrice | undefined {
    const price = this.prices.onDemandLinux(region, instanceType);
    return price ? { usdPerHour: price.usdPerHour, term: price.term, operatingSystem: price.operatingSystem, source: price.source, asOf: price.asOf } : undefined;
  }
}
