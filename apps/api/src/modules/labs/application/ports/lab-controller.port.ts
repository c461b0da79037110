import type { LabStateName } from '#kernel';
import type { LabFacts } from '../../domain/lab-record.aggregate.js';
import type { LabWorker } from '../../domain/lab-worker.rule.js';

/** A CML lab with its id, as the controller reports it. */
export interface ControllerLab extends LabFacts {
  labId: string;
}

/** The facts of a controller lab, without its id. */
export function factsOf(lab: ControllerLab): LabFacts {
  const { labId: _id, ...facts } = lab;
  return facts;
}

/** A node definition, trimmed to what choosing and sizing a node needs. */
export interface NodeDefinitionView {
  id: string;
  label: string;
  description?: string;
  /** router, switch, server, host, cloud, firewall, external_connector ... */
  nature?: string;
  /** RAM one node gets by default, MiB (absent for nodes that are not VMs). */
  ramMb?: number;
  cpus?: number;
  /** Names of the physical interfaces, in slot order. */
  interfaces: string[];
  /** Ids of the image definitions installed for it. */
  imageDefinitions: string[];
}

export interface ImageDefinitionView {
  id: string;
  nodeDefinitionId: string;
  label?: string;
  diskImage?: string;
  readOnly?: boolean;
}

/** One compute host of the controller's cluster (CML `GET /system/compute_hosts`). */
export interface ComputeHostView {
  id: string;
  hostname: string;
  /** Its address on the cluster's internal network. */
  serverAddress?: string;
  /** Runs virtual machine nodes. */
  isSimulator?: boolean;
  /** Runs external connectors and unmanaged switches. */
  isConnector?: boolean;
  /** UNREGISTERED, REGISTERED, ONLINE or READY. */
  admissionState?: string;
  /** Talks with the controller. */
  connected?: boolean;
  /** Its state is in step with the controller's. */
  synced?: boolean;
  /** Nodes deployed on it (count). */
  totalNodes?: number;
  /** Nodes running on it (count). */
  runningNodes?: number;
}

/**
 * Lab operations on a worker's CML controller. Failures are DomainErrors with LAB.* codes:
 * LAB.CONTROLLER_UNAVAILABLE (409) when the controller cannot be reached or is booting,
 * LAB.NOT_FOUND (404) for an unknown lab, LAB.REFUSED_BY_CML (409) when CML refuses an action,
 * LAB.TOPOLOGY_REFUSED (422) when it refuses an import; other CML failures keep their CML.* code.
 */
export abstract class LabControllerPort {
  /** Every lab of the controller, in one call where the controller allows it. */
  abstract labs(worker: LabWorker): Promise<ControllerLab[]>;
  abstract lab(worker: LabWorker, labId: string): Promise<ControllerLab>;
  abstract labState(worker: LabWorker, labId: string): Promise<LabStateName>;
  abstract start(worker: LabWorker, labId: string): Promise<void>;
  abstract stop(worker: LabWorker, labId: string): Promise<void>;
  abstract wipe(worker: LabWorker, labId: string): Promise<void>;
  abstract delete(worker: LabWorker, labId: string): Promise<void>;
  abstract download(worker: LabWorker, labId: string): Promise<string>;
  /** Creates a lab from a topology; returns the new lab's id. */
  abstract import(worker: LabWorker, yaml: string, title?: string): Promise<string>;
  abstract nodeDefinitions(worker: LabWorker): Promise<NodeDefinitionView[]>;
  abstract imageDefinitions(worker: LabWorker): Promise<ImageDefinitionView[]>;
  /** The compute hosts of the controller's cluster, the controller's own first. */
  abstract computeHosts(worker: LabWorker): Promise<ComputeHostView[]>;
}
