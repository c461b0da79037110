import type { components } from '../../../lib/api-types';

type S = components['schemas'];
export type DiscoveredInstance = S['DiscoveredInstanceResponse'];
export type ImportRequest = S['ImportWorkersDto'];
export type ImportResult = S['ImportResultResponse'];
export type ImportedWorker = S['WorkerResponse'];

export type CriterionKind = 'instanceId' | 'amiId' | 'amiName';

export interface DiscoveryCriteria {
  region: string;
  kind: CriterionKind;
  value: string;
}
