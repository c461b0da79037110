import { Injectable } from '@nestjs/common';
import { CloudEvent, HTTP } from 'cloudevents';
import { type EventEnvelope, redactSecrets } from '#kernel';
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

/** Where and how to POST: the sink URL without credentials, and those as an Authorization header. */
export interface SinkTarget {
  url: string;
  authorization?: string;
  /** Everything credential-like in the configured URL, never to be shown. */
  secrets: string[];
}

const decoded = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};

/**
 * CLOUD_EVENT_SINK may carry a credential: `user:password@` becomes HTTP Basic authentication
 * (fetch refuses a URL with credentials, and its error repeats the URL), a query string stays in
 * the URL. Both count as secrets of the sink.
 */
export function sinkTarget(sink: string): SinkTarget {
  const url = new URL(sink);
  const username = decoded(url.username);
  const password = decoded(url.password);
  url.username = '';
  url.password = '';
  const basic = username || password ? Buffer.from(`${username}:${password}`, 'utf8').toString('base64') : undefined;
  const secrets = [sink, password, ...(basic ? [`${username}:${password}`, basic] : []), ...url.searchParams.values()].filter(Boolean);
  return { url: url.toString(), ...(basic ? { authorization: `Basic ${basic}` } : {}), secrets };
}

/** POSTs CloudEvents to CLOUD_EVENT_SINK in binary or structured HTTP mode. */
@Injectable()
export class HttpCloudEventSink extends CloudEventSink {
  private readonly target?: SinkTarget;

  constructor(private readonly config: AppConfig) {
    super();
    if (config.cloudEvents.sink) this.target = sinkTarget(config.cloudEvents.sink);
  }

  async send(event: EventEnvelope): Promise<SinkOutcome> {
    const outcome = await this.attempt(event);
    // Reasons are logged: whatever fetch says about the URL must not carry its credentials.
    if (!outcome.delivered && this.target) return { ...outcome, reason: redactSecrets(outcome.reason, this.target.secrets) };
    return outcome;
  }

  private async attempt(event: EventEnvelope): Promise<SinkOutcome> {
    const { mode, timeoutMs, typePrefix, source } = this.config.cloudEvents;
    const target = this.target;
    if (!target) return { delivered: false, retry: false, reason: 'no sink configured' };
    let message;
    try {
      const ce = toCloudEvent(event, { typePrefix, source });
      message = mode === 'structured' ? HTTP.structured(ce) : HTTP.binary(ce);
    } catch (err) {
      return { delivered: false, retry: false, reason: `not a valid CloudEvent: ${(err as Error).message}` };
    }
    try {
      const res = await fetch(target.url, {
        method: 'POST',
        headers: { ...(message.headers as Record<string, string>), ...(target.authorization ? { authorization: target.authorization } : {}) },
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
