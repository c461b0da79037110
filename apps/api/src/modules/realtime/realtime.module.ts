import { type BeforeApplicationShutdown, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuthModule } from '../auth/auth.module.js';
import { CloudEventPublisher } from './application/cloudevents/cloud-event-publisher.js';
import { InstanceIdentity } from './application/instance-identity.js';
import { StreamWhenEventRelayed } from './application/events/stream-when-event-relayed.handler.js';
import { CloudEventSink } from './application/ports/cloud-event-sink.port.js';
import { DeliveryLedger } from './application/ports/delivery-ledger.port.js';
import { EventFanOut } from './application/ports/event-fan-out.port.js';
import { EventHistory } from './application/ports/event-history.port.js';
import { ListEventsHandler } from './application/queries/list-events/list-events.handler.js';
import { RealtimeMetrics } from './application/realtime-metrics.js';
import { EventHub } from './application/stream/event-hub.js';
import { EventStreamService } from './application/stream/event-stream.service.js';
import { StreamSlots } from './application/stream/stream-slots.js';
import { CLOUD_EVENT_CURSOR_MODEL, CLOUD_EVENT_DELIVERY_MODEL, cloudEventCursorSchema, cloudEventDeliverySchema } from './infrastructure/cloud-event-delivery.schema.js';
import { MongoDeliveryLedger } from './infrastructure/delivery-ledger.mongo-store.js';
import { MongoEventHistory } from './infrastructure/event-history.mongo-adapter.js';
import { HttpCloudEventSink } from './infrastructure/http-cloud-event-sink.adapter.js';
import { RealtimeMetricsSource } from './infrastructure/realtime.metrics-source.js';
import { RedisEventFanOut } from './infrastructure/redis-event-fan-out.adapter.js';
import { EventsCsvController } from './interface/http/events-csv.controller.js';
import { EventsController } from './interface/http/events.controller.js';

/** The live event stream (SSE) with its cross-instance fan-out, and the CloudEvents publisher. */
@Module({
  imports: [
    AuthModule,
    MongooseModule.forFeature([
      { name: CLOUD_EVENT_CURSOR_MODEL, schema: cloudEventCursorSchema },
      { name: CLOUD_EVENT_DELIVERY_MODEL, schema: cloudEventDeliverySchema },
    ]),
  ],
  controllers: [EventsController, EventsCsvController],
  providers: [
    RealtimeMetrics,
    InstanceIdentity,
    { provide: EventHistory, useClass: MongoEventHistory },
    { provide: EventFanOut, useClass: RedisEventFanOut },
    { provide: CloudEventSink, useClass: HttpCloudEventSink },
    { provide: DeliveryLedger, useClass: MongoDeliveryLedger },
    EventHub,
    StreamSlots,
    EventStreamService,
    StreamWhenEventRelayed,
    ListEventsHandler,
    CloudEventPublisher,
    RealtimeMetricsSource,
  ],
  exports: [RealtimeMetrics],
})
export class RealtimeModule implements BeforeApplicationShutdown {
  constructor(private readonly hub: EventHub) {}

  // Before the HTTP server closes, which open streams would hold up; clients reconnect elsewhere with Last-Event-ID.
  beforeApplicationShutdown(): void {
    this.hub.closeAll('shutdown');
  }
}
