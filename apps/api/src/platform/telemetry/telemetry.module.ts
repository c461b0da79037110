import { type DynamicModule, Global, Injectable, Module, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import type { NextFunction, Request, Response } from 'express';
import { type Telemetry, tracer, withSpan } from './telemetry.js';
import { contextFromHeaders } from './trace-context.js';

/** Every command and query on the buses becomes a span named after its class. */
@Injectable()
export class BusTracing implements OnModuleInit {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    for (const [bus, kind] of [
      [this.commands, 'command'],
      [this.queries, 'query'],
    ] as const) {
      const execute = bus.execute.bind(bus) as (message: object) => Promise<unknown>;
      (bus as { execute: (message: object) => Promise<unknown> }).execute = (message: object) =>
        withSpan(`${kind} ${message.constructor.name}`, { 'cqrs.kind': kind }, () => execute(message));
    }
  }
}

/**
 * A server span per HTTP request, named by method and route once the route is known; a W3C
 * `traceparent` from the caller makes it a child of the caller's span, so one trace spans both.
 */
export function httpTracing(req: Request, res: Response, next: NextFunction): void {
  const parent = contextFromHeaders(req.headers);
  tracer().startActiveSpan(`HTTP ${req.method}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'url.path': req.path } }, parent, (span) => {
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path;
      if (route) span.updateName(`HTTP ${req.method} ${req.baseUrl}${route}`);
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    next();
  });
}

/** Gives Nest the process's Telemetry (started before Nest, so boot is traced too). */
export class TelemetryHandle {
  constructor(readonly value: Telemetry) {}
}

@Injectable()
class TelemetryShutdown implements OnApplicationShutdown {
  constructor(private readonly telemetry: TelemetryHandle) {}
  async onApplicationShutdown(): Promise<void> {
    await this.telemetry.value.flush().catch(() => undefined);
    await this.telemetry.value.shutdown();
  }
}


@Global()
@Module({})
export class TelemetryModule {
  static forRoot(telemetry: Telemetry): DynamicModule {
    return {
      module: TelemetryModule,
      providers: [{ provide: TelemetryHandle, useValue: new TelemetryHandle(telemetry) }, BusTracing, TelemetryShutdown],
      exports: [TelemetryHandle],
    };
  }
}
