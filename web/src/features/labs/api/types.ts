/**
 * Lab records as the labs module serves them. Written by hand from the agreed contract while that
 * module is being built; to be replaced by the generated types once its routes are in the OpenAPI
 * document (the fields below are the agreed record shape).
 */
export interface LabRecord {
  workerId: string;
  labId: string;
  title: string;
  description?: string;
  notes?: string;
  state: string;
  ownerUsername?: string;
  ownerFullname?: string;
  nodeCount?: number;
  linkCount?: number;
  created?: string;
  modified?: string;
  lastSyncedAt?: string;
}

export interface LabPage {
  items: LabRecord[];
  total: number;
  page: number;
  pageSize: number;
}

export interface WorkerOption {
  id: string;
  name: string;
  status: string;
}
