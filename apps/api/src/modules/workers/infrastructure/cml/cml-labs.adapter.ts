import { Injectable } from '@nestjs/common';
import { CmlConnector } from '../../../../platform/cml/cml-connector.js';
import type { CmlTarget } from '../../application/ports/cml-controller.port.js';
import { CmlLabsPort, type WorkerLab } from '../../application/ports/cml-labs.port.js';

/** A worker's labs through the CML client (`/populate_lab_tiles`, `/labs/{id}/stop|wipe|download`). */
@Injectable()
export class CmlLabsAdapter extends CmlLabsPort {
  constructor(private readonly connector: CmlConnector) {
    super();
  }

  async labs(target: CmlTarget): Promise<WorkerLab[]> {
    const tiles = await this.connector.clientFor(target).labTiles();
    return tiles.map((lab) => ({ id: lab.id, title: String(lab.lab_title), state: lab.state }));
  }

  labState(target: CmlTarget, labId: string): Promise<string> {
    return this.connector.clientFor(target).labState(labId);
  }

  stop(target: CmlTarget, labId: string): Promise<void> {
    return this.connector.clientFor(target).stopLab(labId);
  }

  wipe(target: CmlTarget, labId: string): Promise<void> {
    return this.connector.clientFor(target).wipeLab(labId);
  }

  download(target: CmlTarget, labId: string): Promise<string> {
    return this.connector.clientFor(target).downloadTopology(labId);
  }
}
