import type { components } from '../../../lib/api-types';

type S = components['schemas'];
export type DiscoveredInstance = S['DiscoveredInstanceResponse'];
export type ImportRequest = S['ImportWorkersDto'];
export type ImportResult = S['ImportResultResponse'];
export type ImportedWorker = S['WorkerResponse'];
export type WorkerPage = S['WorkerPageResponse'];
export type WorkerListItem = S['WorkerListItemResponse'];

export type CriterionKind = 'instanceId' | 'amiId' | 'amiName';

/** A region and at most one criterion; without one, every instance of the region. */
export interface DiscoveryCriteria {
  region: string;
  kind?: CriterionKind;
  value?: string;
}

/** What importing one instance would do, from a dry run: imported under a name, or refused with the server's reason. */
export interface PreviewVerdict {
  instanceId: string;
  ok: boolean;
  text: string;
}
