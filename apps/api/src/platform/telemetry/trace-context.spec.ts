import { context, trace } from '@opentelemetry/api';
import { contextFromHeaders, parseTraceparent } from './trace-context.js';

const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN = '00f067aa0ba902b7';

describe('parseTraceparent', () => {
  it.each([
    ['a sampled parent', `00-${TRACE}-${SPAN}-01`, { traceId: TRACE, spanId: SPAN, traceFlags: 1 }],
    ['an unsampled parent', `00-${TRACE}-${SPAN}-00`, { traceId: TRACE, spanId: SPAN, traceFlags: 0 }],
    ['a future version with more fields', `01-${TRACE}-${SPAN}-01-extra`, { traceId: TRACE, spanId: SPAN, traceFlags: 1 }],
    ['surrounding blanks', `  00-${TRACE}-${SPAN}-01 `, { traceId: TRACE, spanId: SPAN, traceFlags: 1 }],
    ['no header', undefined, undefined],
    ['garbage', 'hello', undefined],
    ['upper-case hex', `00-${TRACE.toUpperCase()}-${SPAN}-01`, undefined],
    ['version ff', `ff-${TRACE}-${SPAN}-01`, undefined],
    ['version 00 with extra fields', `00-${TRACE}-${SPAN}-01-extra`, undefined],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-${SPAN}-01`, undefined],
    ['an all-zero span id', `00-${TRACE}-${'0'.repeat(16)}-01`, undefined],
  ])('%s', (_case, header, expected) => {
    const parsed = parseTraceparent(header);
    if (expected === undefined) expect(parsed).toBeUndefined();
    else expect(parsed).toMatchObject({ ...expected, isRemote: true });
  });

  it('keeps the caller\'s tracestate', () => {
    expect(parseTraceparent(`00-${TRACE}-${SPAN}-01`, 'vendor=abc,other=1')?.traceState?.get('vendor')).toBe('abc');
  });
});

describe('contextFromHeaders', () => {
  it('carries the caller\'s span as the parent', () => {
    expect(trace.getSpanContext(contextFromHeaders({ traceparent: `00-${TRACE}-${SPAN}-01` }))?.traceId).toBe(TRACE);
  });

  it('is the active context when the caller sent none', () => {
    expect(contextFromHeaders({})).toBe(context.active());
  });
});
