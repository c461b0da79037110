import type { Actor } from '#kernel';
import { lastPageOf } from '../../../../platform/http/paging.js';
import { type Presented, present, presentAll } from '../../../../platform/http/presenter.js';
import type { LabSyncResult } from '../../application/commands/sync-worker-labs/sync-worker-labs.command.js';
import type { LabView, Page } from '../../application/lab.view.js';
import type { ComputeHostView, ImageDefinitionView, NodeDefinitionView } from '../../application/ports/lab-controller.port.js';
import type { ComputeHostResponse, ImageDefinitionResponse, LabPageResponse, LabResponse, LabSummaryResponse, LabSyncResponse, NodeDefinitionResponse } from './lab-response.dto.js';

/** Lab records and what the controller offers, as the labs routes answer them. */

const toActor = (a: Actor) => ({ kind: a.kind, id: a.id, name: a.name });

function toSummary(v: LabView): LabSummaryResponse {
  return {
    id: v.id,
    workerId: v.workerId,
    workerName: v.workerName,
    workerStatus: v.workerStatus,
    labId: v.labId,
    title: v.title,
    description: v.description,
    notes: v.notes,
    state: v.state,
    ownerUsername: v.ownerUsername,
    ownerFullname: v.ownerFullname,
    nodeCount: v.nodeCount,
    linkCount: v.linkCount,
    createdAt: v.createdAt,
    modifiedAt: v.modifiedAt,
    presence: v.presence,
    firstSeenAt: v.firstSeenAt,
    lastSyncedAt: v.lastSyncedAt,
    updatedAt: v.updatedAt,
    importedAt: v.importedAt,
    importedBy: v.importedBy && toActor(v.importedBy),
    removedAt: v.removedAt,
    deletedAt: v.deletedAt,
    deletedBy: v.deletedBy && toActor(v.deletedBy),
    version: v.version,
  };
}

/** One record with its state history (lists leave the history out). */
export function toLabResponse(v: LabView): Presented<LabResponse> {
  return present<LabResponse>({
    ...toSummary(v),
    stateHistory: (v.stateHistory ?? []).map((h) => ({ at: h.at, from: h.from, to: h.to, trigger: h.trigger, by: toActor(h.by) })),
  });
}

export function toLabPageResponse(page: Page<LabView>): Presented<LabPageResponse> {
  return present<LabPageResponse>({ items: page.items.map(toSummary), total: page.total, page: page.page, pageSize: page.pageSize, lastPage: lastPageOf(page) });
}

export function toLabSyncResponse(r: LabSyncResult): Presented<LabSyncResponse> {
  return present<LabSyncResponse>({ workerId: r.workerId, created: r.created, updated: r.updated, removed: r.removed, unchanged: r.unchanged, syncedAt: r.syncedAt });
}

export function toNodeDefinitionResponses(definitions: NodeDefinitionView[]): Presented<NodeDefinitionResponse[]> {
  return presentAll(definitions, (d): NodeDefinitionResponse => ({
    id: d.id,
    label: d.label,
    description: d.description,
    nature: d.nature,
    ramMb: d.ramMb,
    cpus: d.cpus,
    interfaces: [...d.interfaces],
    imageDefinitions: [...d.imageDefinitions],
  }));
}

export function toImageDefinitionResponses(definitions: ImageDefinitionView[]): Presented<ImageDefinitionResponse[]> {
  return presentAll(definitions, (d): ImageDefinitionResponse => ({ id: d.id, nodeDefinitionId: d.nodeDefinitionId, label: d.label, diskImage: d.diskImage, readOnly: d.readOnly }));
}

export function toComputeHostResponses(hosts: ComputeHostView[]): Presented<ComputeHostResponse[]> {
  return presentAll(hosts, (h): ComputeHostResponse => ({
    id: h.id,
    hostname: h.hostname,
    serverAddress: h.serverAddress,
    isSimulator: h.isSimulator,
    isConnector: h.isConnector,
    admissionState: h.admissionState,
    connected: h.connected,
    synced: h.synced,
    totalNodes: h.totalNodes,
    runningNodes: h.runningNodes,
  }));
}
