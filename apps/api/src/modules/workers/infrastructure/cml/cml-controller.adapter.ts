import { Injectable } from '@nestjs/common';
import { isCmlError } from '#cml-client';
import { DomainError } from '#kernel';
import { CmlConnector } from '../../../../platform/cml/cml-connector.js';
import { CmlControllerPort, type CmlTarget } from '../../application/ports/cml-controller.port.js';
import type { CmlObservation } from '../../domain/cml-observation.value-object.js';
import { toObservation } from './cml-observation.mapper.js';

const UNREACHABLE = new Set(['CML.UNREACHABLE', 'CML.TIMEOUT', 'CML.CIRCUIT_OPEN', 'CML.NO_ENDPOINT', 'CML.ENDPOINT_NOT_ALLOWED', 'CML.ENDPOINT_INSECURE', 'CML.NO_CREDENTIALS']);

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
      if (!info.ready) return { serviceStatus: 'starting', reason: 'The controller is booting (ready: false)', version: info.version, ready: false };
      const [health, stats, licensing] = await Promise.all([client.systemHealth(), client.systemStats(), client.licensing().catch(() => undefined)]);
      return toObservation(info, health, stats, licensing);
    } catch (err) {
      if (!(err instanceof DomainError)) throw err;
      if (err.code === 'CML.BOOTING') return { serviceStatus: 'starting', reason: err.message };
      if (UNREACHABLE.has(err.code)) return { serviceStatus: 'unavailable', reason: err.message };
      if (isCmlError(err)) return { serviceStatus: 'error', reason: err.message };
      throw err;
    }
  }
}
