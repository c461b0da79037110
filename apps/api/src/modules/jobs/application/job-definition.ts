/** A scheduled job: what it is, how often, and what one run does (returning its summary figures). */
export interface JobDefinition {
  name: string;
  description: string;
  intervalSeconds: number;
  enabled: boolean;
  /** Why it is disabled, when it is. */
  disabledReason?: string;
  run(): Promise<Record<string, unknown>>;
}

/** The jobs this deployment knows, in display order. */
export abstract class JobCatalog {
  abstract all(): JobDefinition[];
}
