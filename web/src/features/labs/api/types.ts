import type { components } from '../../../lib/api-types';

type S = components['schemas'];
export type LabRecord = S['LabSummaryResponse'];
export type LabDetail = S['LabResponse'];
export type LabPage = S['LabPageResponse'];
export type LabSyncResult = S['LabSyncResponse'];

export interface WorkerOption {
  id: string;
  name: string;
  status: string;
}
