import { context, metrics, trace, type Attributes, type Span, SpanStatusCode, type Tracer } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPMetricExporter } from '@opentelemetry/exporter-metrics-otlp-http';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { MeterProvider, PeriodicExportingMetricReader } from '@opentelemetry/sdk-metrics';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import type { AppConfig } from '../../config/app-config.js';

export const TRACER_NAME = 'cml-cloud-manager';

/**
 * OpenTelemetry for the process: traces and metrics exported over OTLP/HTTP when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set. Without it the API's no-op providers stay in place, so the
 * instrumentation in the code costs next to nothing.
 */
export class Telemetry {
  private tracerProvider?: TracerProvider;
  private meterProvider?: MeterProvider;
  private contextManager?: AsyncLocalStorageContextManager;

  get enabled(): boolean {
    return this.tracerProvider !== undefined;
  }

  start(config: AppConfig): void {
    const { endpoint, serviceName, metricsIntervalMs, tracesDelayMs } = config.telemetry;
    if (!endpoint) return;
    const base = endpoint.replace(/\/$/, '');
    const resource = resourceFromAttributes({ 'service.name': serviceName, 'service.version': process.env.npm_package_version ?? '0.1.0', 'deployment.environment.name': config.env });
    this.contextManager = new AsyncLocalStorageContextManager().enable();
    context.setGlobalContextManager(this.contextManager);
    this.tracerProvider = new TracerProvider({
      resource,
      spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: `${base}/v1/traces` }), scheduledDelayMillis: tracesDelayMs })],
    });
    trace.setGlobalTracerProvider(this.tracerProvider);
    this.meterProvider = new MeterProvider({
      resource,
      readers: [new PeriodicExportingMetricReader({ exporter: new OTLPMetricExporter({ url: `${base}/v1/metrics` }), exportIntervalMillis: metricsIntervalMs })],
    });
    metrics.setGlobalMeterProvider(this.meterProvider);
  }

  /** Exports what is buffered now (shutdown, tests). */
  async flush(): Promise<void> {
    await Promise.all([this.tracerProvider?.forceFlush(), this.meterProvider?.forceFlush()]);
  }

  async shutdown(): Promise<void> {
    await Promise.all([this.tracerProvider?.shutdown(), this.meterProvider?.shutdown()]).catch(() => undefined);
    if (this.tracerProvider) {
      trace.disable();
      metrics.disable();
      context.disable();
    }
    this.tracerProvider = undefined;
    this.meterProvider = undefined;
  }
}

export function tracer(): Tracer {
  return trace.getTracer(TRACER_NAME);
}

/** Runs `fn` in a new active span; records errors and ends the span. */
export async function withSpan<T>(name: string, attributes: Attributes, fn: (span: Span) => Promise<T>): Promise<T> {
  return tracer().startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await fn(span);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  });
}

/** Records a finished call (e.g. reported after the fact by a client hook) as a span. */
export function recordSpan(name: string, startMs: number, durationMs: number, attributes: Attributes, error?: string): void {
  const span = tracer().startSpan(name, { attributes, startTime: startMs });
  if (error) span.setStatus({ code: SpanStatusCode.ERROR, message: error });
  span.end(startMs + durationMs);
}
