export type { NetworkOptions } from '../../launch-network.service.js';

export class ListNetworkOptionsQuery {
  constructor(readonly region: string) {}
}
