/** A scheduled job: what it is, how often, and what one run does (returning its summary figures). */
export interface JobDefinition {
  name: string;
  description: string;
  intervalSeconds: number;
  enabled: boolean;
  /** Why it is disabled, when it is. */
  disabledReason?: string;
  run(): Promise<Record<string, unknown>>;
  /**
   * For frequent jobs that usually have nothing to do: asked before a scheduled run; false skips the
   * slot without a run record (a manual run always runs).
   */
  due?(): Promise<boolean>;
}

/** The jobs this deployment knows, in display order. */
export abstract class JobCatalog {
  abstract all(): JobDefinition[];
}
