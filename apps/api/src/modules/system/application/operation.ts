import type { Actor } from '#kernel';

export type OperationStatus = 'running' | 'succeeded' | 'failed';

/** A long operation started by a request and finished in the background (e.g. license registration). */
export interface Operation {
  id: string;
  kind: string;
  /** What it acts on, e.g. `{ type: 'worker', id }`. */
  subject: { type: string; id: string };
  status: OperationStatus;
  /** The latest progress line, for people watching. */
  progress?: string;
  startedAt: string;
  finishedAt?: string;
  /** What went wrong, in words (never secrets). */
  error?: string;
  /** A short outcome for succeeded operations. */
  result?: Record<string, unknown>;
  requestedBy: Actor;
}

/** Creates and updates operations; readable at GET /api/operations/{id}. */
export abstract class OperationTracker {
  abstract start(kind: string, subject: Operation['subject'], requestedBy: Actor): Promise<Operation>;
  abstract progress(id: string, message: string): Promise<void>;
  abstract succeed(id: string, result?: Record<string, unknown>): Promise<void>;
  abstract fail(id: string, error: string): Promise<void>;
  abstract get(id: string): Promise<Operation | undefined>;
  /** Marks operations still running after `olderThanMs` as failed (their process went away). */
  abstract failAbandoned(olderThanMs: number, reason: string): Promise<number>;
}
