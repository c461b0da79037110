export class DiscoverInstancesQuery {
  constructor(
    readonly region: string,
    /** At most one of them (import.rule.ts). */
    readonly criteria: { instanceId?: string; amiId?: string; amiName?: string },
  ) {}
}

export interface DiscoveredInstance {
  instanceId: string;
  name?: string;
  state: string;
  instanceType: string;
  amiId: string;
  amiName?: string;
  launchTime?: string;
  publicIp?: string;
  privateIp?: string;
  managed: boolean;
  workerId?: string;
  workerName?: string;
  /** Whether an import would take it (not managed, not terminated). */
  importable: boolean;
  /** Why not, when it is not importable. */
  reason?: string;
}
