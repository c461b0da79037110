import type { Actor } from '#kernel';
import type { ImportSelection } from '../../../domain/import.rule.js';

/** Which instances of a region to import (see import.rule.ts for what makes a sound selection). */
export interface ImportCriteria extends ImportSelection {
  region: string;
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

/** An instance `all` could not import; the others went ahead. */
export interface FailedInstance {
  instanceId: string;
  /** The error's code (`INTERNAL` for an unexpected one, whose detail goes to the log only). */
  code: string;
  message: string;
}

export interface ImportResult {
  dryRun: boolean;
  imported: ImportedInstance[];
  skipped: SkippedInstance[];
  /** Only with `all`: a single import answers its failure as an error instead. */
  failed: FailedInstance[];
  totalFound: number;
}
