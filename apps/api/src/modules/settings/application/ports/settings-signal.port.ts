/**
 * Tells every app instance that the runtime settings changed (Redis pub/sub); each then re-reads
 * them. A notice may be lost (pub/sub keeps nothing): instances also re-read on a timer.
 */
export abstract class SettingsSignal {
  /** Tells the other instances; never throws (a failure is logged, the timer covers it). */
  abstract publish(version: number): void;
  /** Calls `listener` on every notice from another instance; returns the unsubscribe. */
  abstract subscribe(listener: (version: number) => void): () => void;
}
