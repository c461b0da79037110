import type { EventEnvelope } from '#kernel';

/** What became of one attempt to hand an event to the sink. */
export type SinkOutcome =
  | { delivered: true }
  /** `retry`: worth trying again (network, 5xx, 408, 429); otherwise the sink refused the event for good. */
  | { delivered: false; retry: boolean; reason: string };

/** The outside system CloudEvents are published to. */
export abstract class CloudEventSink {
  /** One attempt; never throws. */
  abstract send(event: EventEnvelope): Promise<SinkOutcome>;
}
