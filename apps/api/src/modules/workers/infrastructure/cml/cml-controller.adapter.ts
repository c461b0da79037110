import { Injectable } from '@nestjs/common';
import { CmlConnector } from '../../../../platform/cml/cml-connector.js';
import { CmlControllerPort, type CmlTarget } from '../../application/ports/cml-controller.port.js';
import type { CmlObservation } from '../../domain/cml-observation.value-object.js';
import { bootingObservation, failedObservation, syncObservation } from './cml-observation.mapper.js';

/** Four reads per sync: information (no token), then health, stats and licensing together. */
@Injectable()
export class CmlControllerAdapter extends CmlControllerPort {
  constructor(private readonly connector: CmlConnector) {
    super();
  }

  async observe(target: CmlTarget, options: { probe?: boolean } = {}): Promise<CmlObservation> {
    try {
      if (options.probe) this.connector.probe(target);
      const client = this.connector.clientFor(target);
      const info = await client.systemInformation();
      if (!info.ready) return bootingObservation(info);
      const [health, stats, licensing] = await Promise.all([client.systemHealth(), client.systemStats(), client.licensing().catch(() => undefined)]);
      return syncObservation(info, health, stats, licensing);
    } catch (err) {
      return failedObservation(err);
    }
  }
}
