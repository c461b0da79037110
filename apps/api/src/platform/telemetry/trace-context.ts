import { type Context, context, createTraceState, isSpanContextValid, type SpanContext, trace } from '@opentelemetry/api';

// version-traceid-parentid-flags (W3C Trace Context, level 1); later versions may append fields.
const TRACEPARENT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/**
 * The caller's span from a W3C `traceparent` header (and its `tracestate`), or undefined when the
 * header is missing or malformed: then the request starts a trace of its own.
 */
export function parseTraceparent(traceparent: string | string[] | undefined, tracestate?: string | string[]): SpanContext | undefined {
  const header = Array.isArray(traceparent) ? traceparent[0] : traceparent;
  const match = TRACEPARENT.exec(header?.trim() ?? '');
  if (!match) return undefined;
  const [, version, traceId, spanId, flags, rest] = match;
  // Version ff is invalid; version 00 has exactly four fields.
  if (version === 'ff' || (version === '00' && rest !== undefined)) return undefined;
  const state = Array.isArray(tracestate) ? tracestate.join(',') : tracestate;
  const span: SpanContext = { traceId, spanId, traceFlags: parseInt(flags, 16) & 1, isRemote: true, ...(state ? { traceState: createTraceState(state) } : {}) };
  return isSpanContextValid(span) ? span : undefined;
}

/** The context a request's span starts in: the caller's trace when it sent one, else the active context. */
export function contextFromHeaders(headers: Record<string, string | string[] | undefined>): Context {
  const parent = parseTraceparent(headers.traceparent, headers.tracestate);
  return parent ? trace.setSpanContext(context.active(), parent) : context.active();
}
