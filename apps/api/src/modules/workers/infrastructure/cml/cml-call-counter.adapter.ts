import { Injectable } from '@nestjs/common';
import { CmlCallMetrics } from '../../../../platform/cml/cml-call-metrics.js';
import { CmlCallCounter } from '../../application/ports/cml-call-counter.port.js';

/** The process's CML call metrics (every controller call the shared client made), as a count. */
@Injectable()
export class CmlCallMetricsCounter extends CmlCallCounter {
  constructor(private readonly metrics: CmlCallMetrics) {
    super();
  }

  total(): number {
    return this.metrics.total();
  }
}
