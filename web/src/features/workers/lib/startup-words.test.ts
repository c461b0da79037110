import { describe, expect, it } from 'vitest';
import type { WorkerListItem } from '../api/types';
import { startupWords } from './startup-words';

const NOW = Date.parse('2026-11-25T10:00:00.000Z');
const at = (seconds: number) => new Date(NOW + seconds * 1000).toISOString();
type Startup = NonNullable<WorkerListItem['startup']>;
const fromHistory: Startup = { startedAt: at(-60), expectedReadyAt: at(240), overdue: false, typicalSeconds: 300, basis: 'history', samples: 3 };

describe('what a starting worker says about when it will be ready', () => {
  it.each([
    ['from its own boots, minutes rounded up', fromHistory, 'Starting, ready in about 4 min', false],
    ['less than a minute left: about 1 min, not 0', { ...fromHistory, expectedReadyAt: at(20) }, 'Starting, ready in about 1 min', false],
    ['a part minute counts as a whole one', { ...fromHistory, expectedReadyAt: at(241) }, 'Starting, ready in about 5 min', false],
    ['no history: the fleet default', { ...fromHistory, expectedReadyAt: at(19 * 60), typicalSeconds: 1200, basis: 'default', samples: 0 }, 'Starting, ready in about 19 min', false],
    ['over an hour, in hours and minutes', { ...fromHistory, expectedReadyAt: at(75 * 60), typicalSeconds: 76 * 60 }, 'Starting, ready in about 1 h 15 min', false],
    ['overdue, as the server says', { ...fromHistory, startedAt: at(-600), expectedReadyAt: at(0), overdue: true }, 'Starting, ready any moment', true],
    ['overdue since the answer came: the expected time has passed', { ...fromHistory, expectedReadyAt: at(-30) }, 'Starting, ready any moment', true],
    ['due exactly now', { ...fromHistory, expectedReadyAt: at(0) }, 'Starting, ready any moment', true],
  ] as const)('%s', (_name, startup, text, overdue) => {
    expect(startupWords(startup, NOW)).toMatchObject({ text, overdue });
  });

  it('says nothing when no start is under way', () => {
    expect(startupWords(undefined, NOW)).toBeUndefined();
  });

  it('says where the estimate comes from: the worker’s own boots or the fleet default', () => {
    expect(startupWords(fromHistory, NOW)?.title).toMatch(/^Usually ready 5 min after a start \(the median of its last 3 boots\)\. Start asked for at .+, expected ready at .+\.$/);
    expect(startupWords({ ...fromHistory, basis: 'history', samples: 1 }, NOW)?.title).toMatch(/the median of its last 1 boot\)/);
    expect(startupWords({ ...fromHistory, typicalSeconds: 1200, basis: 'default', samples: 0 }, NOW)?.title).toMatch(/^No boot of this worker has been measured yet: the fleet's usual 20 min is assumed\./);
  });

  it('says how long an overdue boot has taken', () => {
    expect(startupWords({ ...fromHistory, startedAt: at(-600), expectedReadyAt: at(0), overdue: true }, NOW)?.title).toMatch(/this boot has taken 10 min, longer than usual\.$/);
  });
});
