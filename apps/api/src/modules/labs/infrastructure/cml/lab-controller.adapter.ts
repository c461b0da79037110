import { Injectable } from '@nestjs/common';
import type { CmlClient, CmlComputeHost, CmlImageDefinition, CmlLab, CmlNodeDefinition } from '#cml-client';
import type { LabStateName } from '#kernel';
import { CmlConnector } from '../../../../platform/cml/cml-connector.js';
import { type ComputeHostView, type ControllerLab, type ImageDefinitionView, LabControllerPort, type NodeDefinitionView } from '../../application/ports/lab-controller.port.js';
import type { LabWorker } from '../../domain/lab-worker.rule.js';
import { type CallContext, toLabError } from './cml-lab-errors.js';

const record = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});
const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

// CmlLab keeps CML's loose shape (its declared fields type as unknown through the index signature): read each field defensively.
export function toControllerLab(lab: CmlLab): ControllerLab {
  return {
    labId: lab.id,
    title: text(lab.lab_title) ?? '',
    description: typeof lab.lab_description === 'string' ? lab.lab_description : '',
    notes: typeof lab.lab_notes === 'string' ? lab.lab_notes : '',
    state: lab.state,
    ownerUsername: text(lab.owner_username),
    ownerFullname: text(lab.owner_fullname),
    nodeCount: num(lab.node_count),
    linkCount: num(lab.link_count),
    createdAt: text(lab.created),
    modifiedAt: text(lab.modified),
  };
}

export function toNodeDefinition(def: CmlNodeDefinition, images: string[]): NodeDefinitionView {
  const sim = record(record(def.sim).linux_native);
  const physical = record(record(def.device).interfaces).physical;
  return {
    id: def.id,
    label: def.ui?.label ?? def.id,
    description: def.ui?.description ?? def.general?.description,
    nature: def.general?.nature,
    ramMb: num(sim.ram),
    cpus: num(sim.cpus),
    interfaces: Array.isArray(physical) ? physical.filter((p): p is string => typeof p === 'string') : [],
    imageDefinitions: images,
  };
}

export function toImageDefinition(def: CmlImageDefinition): ImageDefinitionView {
  return { id: def.id, nodeDefinitionId: def.node_definition_id, label: text(def.label), diskImage: text(def.disk_image), readOnly: def.read_only };
}

export function toComputeHost(host: CmlComputeHost): ComputeHostView {
  return {
    id: host.id,
    hostname: host.hostname,
    serverAddress: text(host.server_address),
    isSimulator: host.is_simulator,
    isConnector: host.is_connector,
    admissionState: text(host.admission_state),
    connected: host.is_connected,
    synced: host.is_synced,
    totalNodes: num(host.node_counts?.total_nodes),
    runningNodes: num(host.node_counts?.running_nodes),
  };
}

/** Lab operations through the shared CML client; failures become LAB.* errors (see cml-lab-errors.ts). */
@Injectable()
export class CmlLabControllerAdapter extends LabControllerPort {
  constructor(private readonly connector: CmlConnector) {
    super();
  }

  private async call<T>(worker: LabWorker, ctx: Omit<CallContext, 'worker'>, fn: (client: CmlClient) => Promise<T>): Promise<T> {
    try {
      return await fn(this.connector.clientFor({ name: worker.name, instanceId: worker.instanceId, endpoint: worker.endpoint }));
    } catch (err) {
      throw toLabError(err, { worker, ...ctx });
    }
  }

  labs(worker: LabWorker): Promise<ControllerLab[]> {
    return this.call(worker, { operation: 'labs' }, async (c) => (await c.labTiles()).map(toControllerLab));
  }

  lab(worker: LabWorker, labId: string): Promise<ControllerLab> {
    return this.call(worker, { operation: 'lab', labId }, async (c) => toControllerLab(await c.lab(labId)));
  }

  labState(worker: LabWorker, labId: string): Promise<LabStateName> {
    return this.call(worker, { operation: 'labState', labId }, (c) => c.labState(labId));
  }

  start(worker: LabWorker, labId: string): Promise<void> {
    return this.call(worker, { operation: 'start', labId }, (c) => c.startLab(labId));
  }

  stop(worker: LabWorker, labId: string): Promise<void> {
    return this.call(worker, { operation: 'stop', labId }, (c) => c.stopLab(labId));
  }

  wipe(worker: LabWorker, labId: string): Promise<void> {
    return this.call(worker, { operation: 'wipe', labId }, (c) => c.wipeLab(labId));
  }

  delete(worker: LabWorker, labId: string): Promise<void> {
    return this.call(worker, { operation: 'delete', labId }, (c) => c.deleteLab(labId));
  }

  download(worker: LabWorker, labId: string): Promise<string> {
    return this.call(worker, { operation: 'download', labId }, (c) => c.downloadTopology(labId));
  }

  import(worker: LabWorker, yaml: string, title?: string): Promise<string> {
    return this.call(worker, { operation: 'import' }, (c) => c.importTopology(yaml, { title }));
  }

  async nodeDefinitions(worker: LabWorker): Promise<NodeDefinitionView[]> {
    const [defs, images] = await Promise.all([
      this.call(worker, { operation: 'nodeDefinitions' }, (c) => c.nodeDefinitions()),
      this.call(worker, { operation: 'imageDefinitions' }, (c) => c.imageDefinitions()),
    ]);
    const byNode = new Map<string, string[]>();
    for (const image of images) byNode.set(image.node_definition_id, [...(byNode.get(image.node_definition_id) ?? []), image.id]);
    return defs.map((d) => toNodeDefinition(d, byNode.get(d.id) ?? [])).sort((a, b) => a.id.localeCompare(b.id));
  }

  async imageDefinitions(worker: LabWorker): Promise<ImageDefinitionView[]> {
    const images = await this.call(worker, { operation: 'imageDefinitions' }, (c) => c.imageDefinitions());
    return images.map(toImageDefinition).sort((a, b) => a.nodeDefinitionId.localeCompare(b.nodeDefinitionId) || a.id.localeCompare(b.id));
  }

  async computeHosts(worker: LabWorker): Promise<ComputeHostView[]> {
    const hosts = await this.call(worker, { operation: 'computeHosts' }, (c) => c.computeHosts());
    // The controller's own host (it also connects external connectors) first, then by name.
    return hosts.map(toComputeHost).sort((a, b) => Number(b.isConnector ?? false) - Number(a.isConnector ?? false) || a.hostname.localeCompare(b.hostname));
  }
}
