import { EventsHandler, type IEventHandler } from '@nestjs/cqrs';
import { type DomainEvent, defineEvent, EVENT_TYPES } from '#kernel';
import { EventFanOut } from '../ports/event-fan-out.port.js';
import { EventHub } from '../stream/event-hub.js';

/**
 * Every event this instance's outbox relay publishes goes to its own clients at once, and once to
 * the other instances (the process that relayed an event is the one that fans it out).
 */
@EventsHandler(...EVENT_TYPES.map((type) => defineEvent(type)))
export class StreamWhenEventRelayed implements IEventHandler<DomainEvent> {
  constructor(
    private readonly hub: EventHub,
    private readonly fanOut: EventFanOut,
  ) {}

  handle(event: DomainEvent): void {
    const envelope = event.toEnvelope();
    // A repeat (the relay is at least once) was already fanned out when it was new.
    if (this.hub.receive(envelope)) this.fanOut.publish(envelope);
  }
}
