import { describe, expect, it } from 'vitest';
import { MAX_SPAN_MS, MIN_SPAN_MS, rangeFromParams, rangeToParams, resolveRange, selectedWindow, windowProblem, zoomWindow } from './metric-range';

const T = Date.parse('2026-11-25T10:00:00.000Z');
const H = 3_600_000;

describe('the chart range in the URL', () => {
  it.each([
    ['', { kind: 'preset', preset: '6h' }],
    ['range=24h', { kind: 'preset', preset: '24h' }],
    ['range=3w', { kind: 'preset', preset: '6h' }],
    ['range=1h&from=2026-11-25T10:00:00.000Z&to=2026-11-25T11:00:00.000Z', { kind: 'window', preset: '1h', from: T, to: T + H }],
    ['from=2026-11-25T11:00:00.000Z&to=2026-11-25T10:00:00.000Z', { kind: 'preset', preset: '6h' }],
    ['from=yesterday&to=2026-11-25T10:00:00.000Z', { kind: 'preset', preset: '6h' }],
    ['from=2025-01-01T00:00:00Z&to=2026-11-25T10:00:00Z', { kind: 'preset', preset: '6h' }],
  ])('"%s" reads as %j', (query, range) => {
    expect(rangeFromParams(new URLSearchParams(query))).toEqual(range);
  });

  it('writes a window and keeps the other parameters and the preset to reset to', () => {
    const next = rangeToParams(new URLSearchParams('tab=metrics'), { kind: 'window', preset: '24h', from: T, to: T + H });
    expect(next.toString()).toBe('tab=metrics&range=24h&from=2026-11-25T10%3A00%3A00.000Z&to=2026-11-25T11%3A00%3A00.000Z');
    expect(rangeToParams(next, { kind: 'preset', preset: '6h' }).toString()).toBe('tab=metrics');
  });

  it('resolves a preset against now and a window as it is', () => {
    expect(resolveRange({ kind: 'preset', preset: '1h' }, T)).toEqual({ from: T - H, to: T });
    expect(resolveRange({ kind: 'window', preset: '1h', from: 1, to: 2 }, T)).toEqual({ from: 1, to: 2 });
  });
});

describe('what the server would refuse', () => {
  it.each([
    [Number.NaN, Number.NaN, 'Enter a start and an end.'],
    [Number.NaN, T, 'Enter a start.'],
    [T, Number.NaN, 'Enter an end.'],
    [T, T, 'The start must be before the end.'],
    [T, T + MAX_SPAN_MS + 1, 'The range can be at most 400 days long.'],
    [T, T + MAX_SPAN_MS, undefined],
  ])('%d to %d: %s', (from, to, problem) => {
    expect(windowProblem(from, to)).toBe(problem);
  });
});

describe('zooming', () => {
  it.each([
    ['in, around the middle', T, T + H, 0.5, undefined, { from: T + H / 4, to: T + (3 * H) / 4 }],
    ['in, around a point that keeps its place', T, T + H, 0.5, T + H / 4, { from: T + H / 8, to: T + H / 8 + H / 2 }],
    ['out, not past now', T, T + H, 2, undefined, { from: T - H, to: T + H }],
    ['in, no narrower than the minimum', T, T + MIN_SPAN_MS, 0.5, undefined, { from: T, to: T + MIN_SPAN_MS }],
  ])('%s', (_, from, to, factor, center, expected) => {
    expect(zoomWindow(from, to, factor, T + H, center)).toEqual(expected);
  });

  it('orders a selection dragged right to left and widens a tiny one', () => {
    expect(selectedWindow(T + H, T)).toEqual({ from: T, to: T + H });
    expect(selectedWindow(T, T + 1000)).toEqual({ from: T + 500 - MIN_SPAN_MS / 2, to: T + 500 + MIN_SPAN_MS / 2 });
  });
});
