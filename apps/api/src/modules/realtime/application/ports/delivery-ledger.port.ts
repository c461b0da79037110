/** How far the CloudEvents publisher got with one sink. */
export interface DeliveryCursor {
  /** Every event up to this id was delivered, except late ones the ledger does not list. */
  position: string;
  /** Where publishing to this sink started; nothing before it is ever sent. */
  origin: string;
}

/**
 * Durable progress of the CloudEvents publisher, so a restart or another instance resumes where
 * it stopped: a cursor per sink plus the recently delivered ids (for events that reach the log late).
 */
export abstract class DeliveryLedger {
  /** The cursor of `sink` (a fingerprint of its URL); undefined when this sink was never published to. */
  abstract cursor(sink: string): Promise<DeliveryCursor | undefined>;
  /** Starts publishing to `sink` after `position`, forgetting any other sink's progress. */
  abstract begin(sink: string, position: string): Promise<void>;
  /** Records that `eventId` was delivered; the cursor moves forward to it, never back. */
  abstract delivered(sink: string, eventId: string): Promise<void>;
  /** Those of `ids` recorded as delivered. */
  abstract deliveredAmong(ids: string[]): Promise<Set<string>>;
  /** Drops delivery records of ids below `beforeId` (no longer looked at). */
  abstract forget(beforeId: string): Promise<void>;
}
