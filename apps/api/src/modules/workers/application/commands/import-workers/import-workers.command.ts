import type { Actor } from '#kernel';

export interface ImportCriteria {
  region: string;
  instanceId?: string;
  amiId?: string;
  amiName?: string;
  /** Only for a single import: the worker's name. */
  name?: string;
  /** Import every matching instance instead of one. */
  all?: boolean;
  /** Report what would happen; write nothing. */
  dryRun?: boolean;
}

export class ImportWorkersCommand {
  constructor(
    readonly criteria: ImportCriteria,
    readonly actor: Actor,
    readonly source: 'api' | 'auto-import' = 'api',
  ) {}
}

export interface ImportedInstance {
  instanceId: string;
  name: string;
  state: string;
  /** Absent in a dry run. */
  workerId?: string;
}

export interface SkippedInstance {
  instanceId: string;
  reason: string;
  /** The managing worker, when the instance is already managed. */
  workerId?: string;
}

export interface ImportResult {
  dryRun: boolean;
  imported: ImportedInstance[];
  skipped: SkippedInstance[];
  totalFound: number;
}
