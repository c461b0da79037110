import { Injectable } from '@nestjs/common';
import { CloudEvent, HTTP } from 'cloudevents';
import type { EventEnvelope } from '#kernel';
import { AppConfig } from '../../../config/app-config.js';
import { CloudEventSink, type SinkOutcome } from '../application/ports/cloud-event-sink.port.js';
import { sanitise } from '../domain/stream-event.js';

// Worth another attempt: the sink is busy, slow or briefly unable; any other 4xx is a refusal.
const RETRYABLE_CLIENT_ERRORS = new Set([408, 425, 429]);

/** A domain event as a CloudEvent (v1.0): prefixed type, subject `<aggregate type>/<id>`, the sanitised payload as data. */
export function toCloudEvent(event: EventEnvelope, options: { typePrefix: string; source: string }): CloudEvent<Record<string, unknown>> {
  return new CloudEvent<Record<string, unknown>>({
    id: event.id,
    type: `${options.typePrefix}.${event.type}`,
    source: options.source,
    time: event.occurredAt,
    subject: `${event.aggregateType}/${event.aggregateId}`,
    datacontenttype: 'application/json',
    data: sanitise((event.data ?? {}) as Record<string, unknown>),
  });
}

/** POSTs CloudEvents to CLOUD_EVENT_SINK in binary or structured HTTP mode. */
@Injectable()
export class HttpCloudEventSink extends CloudEventSink {
  constructor(private readonly config: AppConfig) {
    super();
  }

  async send(event: EventEnvelope): Promise<SinkOutcome> {
    const { sink, mode, timeoutMs, typePrefix, source } = this.config.cloudEvents;
    if (!sink) return { delivered: false, retry: false, reason: 'no sink configured' };
    let message;
    try {
      const ce = toCloudEvent(event, { typePrefix, source });
      message = mode === 'structured' ? HTTP.structured(ce) : HTTP.binary(ce);
    } catch (err) {
      return { delivered: false, retry: false, reason: `not a valid CloudEvent: ${(err as Error).message}` };
    }
    try {
      const res = await fetch(sink, {
        method: 'POST',
        headers: message.headers as Record<string, string>,
        body: message.body as string,
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      // Free the connection; the answer's body means nothing to us.
      await res.body?.cancel().catch(() => undefined);
      if (res.ok) return { delivered: true };
      return { delivered: false, retry: res.status >= 500 || RETRYABLE_CLIENT_ERRORS.has(res.status), reason: `HTTP ${res.status}` };
    } catch (err) {
      // fetch says only "fetch failed"; the reason (refused, reset, DNS) is in its cause.
      const cause = (err as { cause?: { code?: string; message?: string } }).cause;
      const why = (err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : `${(err as Error).message}${cause ? ` (${cause.code ?? cause.message})` : ''}`;
      return { delivered: false, retry: true, reason: why };
    }
  }
}
