import type { Actor } from '#kernel';

export type OperationStatus = 'running' | 'succeeded' | 'failed';

export type StepStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'skipped';

/** One named step of a long operation (a choreographed stop or terminate has several). */
export interface OperationStep {
  name: string;
  /** What the step does, in words ("Stop the running labs"). */
  title: string;
  status: StepStatus;
  /** What happened, in words ("Stopped 2 labs: BGP, OSPF"). */
  detail?: string;
  startedAt?: string;
  finishedAt?: string;
}

/** What starting an operation needs; `exclusive` operations refuse a second one on the same subject. */
export interface OperationStart {
  kind: string;
  subject: Operation['subject'];
  requestedBy: Actor;
  steps?: { name: string; title: string; status?: StepStatus; detail?: string }[];
  /** Choices of the requester the steps read (e.g. `force`); changeable while it runs. */
  options?: Record<string, unknown>;
  /** Picked up by another process when the one running it stops renewing `heartbeatAt`. */
  resumable?: boolean;
}

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
  steps?: OperationStep[];
  options?: Record<string, unknown>;
  resumable?: boolean;
  /** When the process running it last said it still does (resumable operations). */
  heartbeatAt?: string;
}

/** Creates and updates operations; readable at GET /api/operations/{id}. */
export abstract class OperationTracker {
  abstract start(kind: string, subject: Operation['subject'], requestedBy: Actor): Promise<Operation>;
  /**
   * Starts an operation that is the only one running on its subject: `conflict` is the one running
   * already (nothing is started then). Finishing releases the subject.
   */
  abstract startExclusive(input: OperationStart): Promise<{ started: Operation } | { conflict: Operation }>;
  /** The exclusive operation running on a subject now, if any. */
  abstract runningOn(subjectId: string): Promise<Operation | undefined>;
  /** Records a step's progress or outcome (and the operation's progress line). */
  abstract step(id: string, name: string, status: StepStatus, detail?: string): Promise<void>;
  /** Changes choices of a running operation (e.g. `force`); false when it is not running. */
  abstract setOptions(id: string, options: Record<string, unknown>): Promise<boolean>;
  /** The running process still runs it (resumable operations). */
  abstract heartbeat(id: string): Promise<void>;
  /** Takes over one running resumable operation of `kinds` whose heartbeat is older than `staleMs`. */
  abstract claimStale(kinds: string[], staleMs: number): Promise<Operation | undefined>;
  /** Whether a running resumable operation of `kinds` has a heartbeat older than `staleMs` (nothing is claimed). */
  abstract hasStale(kinds: string[], staleMs: number): Promise<boolean>;
  /** The operations on a subject, newest first. */
  abstract listFor(subjectId: string, limit: number): Promise<Operation[]>;
  abstract progress(id: string, message: string): Promise<void>;
  abstract succeed(id: string, result?: Record<string, unknown>): Promise<void>;
  abstract fail(id: string, error: string): Promise<void>;
  abstract get(id: string): Promise<Operation | undefined>;
  /** Marks operations still running after `olderThanMs` as failed (their process went away); resumable ones are left to be resumed. */
  abstract failAbandoned(olderThanMs: number, reason: string): Promise<number>;
}
