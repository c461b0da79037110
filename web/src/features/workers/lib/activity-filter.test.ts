import { describe, expect, it } from 'vitest';
import { activityFilterProblems, activitySearchParams, EVENT_FAMILIES, eventQueryOf, parseActivityFilter } from './activity-filter';

const W = '0193b2c4-1111-7000-8000-000000000001';
const NOW = Date.parse('2026-12-03T12:00:00Z');

describe('parseActivityFilter', () => {
  it.each([
    ['', { worker: '', type: '', actor: '', range: '7d', from: '', to: '' }],
    [`worker=${W.toUpperCase()}&type=worker.*&actor=ada&range=24h`, { worker: W, type: 'worker.*', actor: 'ada', range: '24h', from: '', to: '' }],
    ['worker=not-an-id&type=worker.nope&range=forever', { worker: '', type: '', range: '7d' }],
    ['from=2026-12-01T08:00:00Z&range=1h', { range: 'custom', from: '2026-12-01T08:00:00.000Z', to: '' }],
    ['to=2026-12-01T08:00:00%2B01:00', { range: 'custom', from: '', to: '2026-12-01T07:00:00.000Z' }],
    ['from=yesterday', { range: '7d', from: '' }],
    ['range=custom', { range: '7d' }],
    ['type=lab.state-changed', { type: 'lab.state-changed' }],
  ])('%s', (search, expected) => {
    expect(parseActivityFilter(new URLSearchParams(search))).toMatchObject(expected);
  });

  it('round-trips through the URL, leaving the default range out', () => {
    const f = parseActivityFilter(new URLSearchParams(`worker=${W}&type=budget.*&actor=ada&from=2026-12-01T08:00:00.000Z&to=2026-12-02T08:00:00.000Z`));
    expect(parseActivityFilter(activitySearchParams(f))).toEqual(f);
    expect(activitySearchParams(parseActivityFilter(new URLSearchParams(''))).toString()).toBe('');
  });
});

describe('eventQueryOf', () => {
  it.each([
    [{ range: '7d' }, { from: '2026-11-26T12:00:00.000Z' }],
    [{ range: '1h', worker: W, type: 'worker.*', actor: ' ada ' }, { workerIds: W, types: 'worker.*', actor: 'ada', from: '2026-12-03T11:00:00.000Z' }],
    [{ range: 'all' }, {}],
    [{ range: 'custom', from: '2026-12-01T00:00:00.000Z', to: '' }, { from: '2026-12-01T00:00:00.000Z' }],
    [{ range: 'custom', from: '', to: '2026-12-01T00:00:00.000Z' }, { to: '2026-12-01T00:00:00.000Z' }],
  ] as const)('%j asks the server %j', (patch, expected) => {
    expect(eventQueryOf({ worker: '', type: '', actor: '', from: '', to: '', ...patch }, NOW)).toEqual(expected);
  });
});

describe('activityFilterProblems', () => {
  it.each([
    [{ actor: 'ada', range: '7d', from: '', to: '' }, []],
    [{ actor: 'x'.repeat(201), range: '7d', from: '', to: '' }, ['actor']],
    [{ actor: '', range: 'custom', from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' }, ['to']],
    [{ actor: '', range: 'custom', from: 'invalid', to: '' }, ['from']],
    [{ actor: '', range: '7d', from: 'invalid', to: 'invalid' }, []],
    [{ actor: '', range: 'custom', from: '2026-12-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }, []],
  ] as const)('%j: %j', (draft, fields) => {
    expect(activityFilterProblems(draft).map((p) => p.field)).toEqual(fields);
  });
});

describe('EVENT_FAMILIES', () => {
  it('groups every type once, workers first', () => {
    const types = EVENT_FAMILIES.flatMap((f) => f.types);
    expect(new Set(types).size).toBe(types.length);
    expect(EVENT_FAMILIES[0]).toMatchObject({ family: 'worker', prefix: 'worker.*' });
    expect(EVENT_FAMILIES.find((f) => f.family === 'schedule')!.types).toEqual(expect.arrayContaining(['holiday-calendar.saved', 'runtime-limit.deleted', 'schedule.saved']));
  });
});
