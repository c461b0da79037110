import { EVENT_TYPES } from '#kernel';
import { StreamFilter } from './stream-filter.value-object.js';

const W1 = '0193a000-0000-7000-8000-000000000001';
const W2 = '0193a000-0000-7000-8000-000000000002';

function parse(input: { workerIds?: string; types?: string }): StreamFilter {
  const { filter, problems } = StreamFilter.parse(input);
  expect(problems).toEqual([]);
  return filter;
}

describe('StreamFilter.parse', () => {
  it('lets everything through when nothing is asked for', () => {
    const f = parse({});
    expect(f.filtersTypes).toBe(false);
    expect(f.workerIds).toEqual([]);
    expect(f.eventTypes()).toEqual([...EVENT_TYPES]);
  });

  it('trims, drops empty entries and duplicates, and lower-cases worker ids', () => {
    const f = parse({ workerIds: ` ${W1.toUpperCase()}, ,${W1},${W2}`, types: 'worker.imported, worker.imported,' });
    expect(f.workerIds).toEqual([W1, W2]);
    expect(f.eventTypes()).toEqual(['worker.imported']);
  });

  it('expands a trailing * into every known type with that prefix', () => {
    const f = parse({ types: 'worker.license-*' });
    expect(f.eventTypes()).toEqual(EVENT_TYPES.filter((t) => t.startsWith('worker.license-')));
    expect(f.eventTypes().length).toBe(5);
  });

  it('reads a lone * as every type', () => {
    expect(parse({ types: '*' }).filtersTypes).toBe(false);
  });

  it.each([
    [{ types: 'worker.exploded' }, 'types', 'unknown: worker.exploded'],
    [{ types: 'gizmo.*' }, 'types', 'unknown: gizmo.*'],
    [{ types: 'worker.*.changed' }, 'types', 'unknown: worker.*.changed'],
    [{ types: 'wor*ker*' }, 'types', 'unknown: wor*ker*'],
    [{ workerIds: 'i-0123456789abcdef0' }, 'workerIds', 'workerIds must be worker ids (UUIDs)'],
    [{ workerIds: Array.from({ length: 101 }, (_, i) => `0193a000-0000-7000-8000-${String(i).padStart(12, '0')}`).join(',') }, 'workerIds', 'at most 100'],
  ])('refuses %j with a message on %s', (input, field, message) => {
    const { problems } = StreamFilter.parse(input);
    expect(problems).toEqual([{ field, messages: [expect.stringContaining(message)] }]);
  });

  it('names the known types when it refuses one', () => {
    const { problems } = StreamFilter.parse({ types: 'worker.nope' });
    expect(problems[0].messages[0]).toContain('worker.status-changed');
  });
});

describe('StreamFilter.matches', () => {
  const event = (type: string, aggregateId: string, data: Record<string, unknown> = {}) => ({ type, aggregateId, data }) as never;

  it.each([
    ['no filter', {}, event('worker.imported', W1), true],
    ['exact type', { types: 'worker.imported' }, event('worker.imported', W1), true],
    ['other type', { types: 'worker.imported' }, event('worker.renamed', W1), false],
    ['prefix', { types: 'worker.*' }, event('worker.renamed', W1), true],
    ['prefix excludes system', { types: 'worker.*' }, event('system.started', 'instance-1'), false],
    ['worker by aggregate id', { workerIds: W1 }, event('worker.renamed', W1), true],
    ['worker id is case-insensitive', { workerIds: W1 }, event('worker.renamed', W1.toUpperCase()), true],
    ['another worker', { workerIds: W1 }, event('worker.renamed', W2), false],
    ['worker named in data.workerId', { workerIds: W1 }, event('worker.renamed', 'lab-1', { workerId: W1 }), true],
    ['system events are about no worker', { workerIds: W1 }, event('system.started', 'instance-1'), false],
    ['both must match', { workerIds: W1, types: 'worker.imported' }, event('worker.renamed', W1), false],
  ])('%s', (_name, input, e, expected) => {
    expect(parse(input).matches(e)).toBe(expected);
  });
});

describe('StreamFilter: events addressed to one person', () => {
  const addressed = (recipient: string) => ({ type: 'notification.created' as const, aggregateId: 'n1', data: { recipient, workerId: W1 } as never });
  it.each([
    ['the recipient sees it', 'alice', 'alice', true],
    ['someone else does not', 'bob', 'alice', false],
    ['a filter without a viewer does not', undefined, 'alice', false],
  ])('%s', (_, viewer, recipient, expected) => {
    const base = parse({});
    const filter = viewer ? base.forViewer(viewer) : base;
    expect(filter.matches(addressed(recipient))).toBe(expected);
  });

  it('lets events without a recipient through for every viewer, and keeps the other criteria', () => {
    const filter = parse({ types: 'worker.*', workerIds: W1 }).forViewer('bob');
    expect(filter.matches({ type: 'worker.renamed', aggregateId: W1, data: {} as never })).toBe(true);
    expect(filter.matches({ type: 'worker.renamed', aggregateId: W2, data: {} as never })).toBe(false);
  });
});
