import { medianSeconds, type StartupFacts, startupEstimate } from './boot-to-ready.rule.js';

const NOW = new Date('2026-11-25T10:00:00.000Z');
const ago = (seconds: number) => new Date(NOW.getTime() - seconds * 1000).toISOString();
const policy = { defaultSeconds: 20 * 60 };
const booting: StartupFacts = { managed: true, status: 'running', serviceStatus: 'unavailable', bootStartedAt: ago(60), bootToReadySeconds: [] };

describe('the median of boot-to-ready samples', () => {
  it.each([
    ['none', [], undefined],
    ['one', [300], 300],
    ['an odd count, unsorted', [500, 300, 400], 400],
    ['an even count: the mean of the middle two', [300, 600, 400, 500], 450],
    ['one slow boot does not pull it', [300, 310, 320, 3000], 315],
  ] as const)('%s', (_name, samples, expected) => {
    expect(medianSeconds(samples)).toBe(expected);
  });
});

describe('when a starting worker is expected to be ready', () => {
  it.each([
    ['history: started a minute ago, boots take 5 min', { bootToReadySeconds: [290, 300, 310] }, { expectedReadyAt: ago(-240), overdue: false, typicalSeconds: 300, basis: 'history', samples: 3 }],
    ['no history: the fleet default (20 min)', {}, { expectedReadyAt: ago(-19 * 60), overdue: false, typicalSeconds: 1200, basis: 'default', samples: 0 }],
    ['still pending at EC2', { status: 'pending', bootToReadySeconds: [300] }, { expectedReadyAt: ago(-240), overdue: false, typicalSeconds: 300, basis: 'history', samples: 1 }],
    ['controller starting (answers, not ready)', { serviceStatus: 'starting', bootToReadySeconds: [300] }, { expectedReadyAt: ago(-240), overdue: false, typicalSeconds: 300, basis: 'history', samples: 1 }],
    ['an even count of samples: rounded to the second', { bootToReadySeconds: [300, 301] }, { expectedReadyAt: ago(-241), overdue: false, typicalSeconds: 301, basis: 'history', samples: 2 }],
    ['overdue: took longer than usual, expected now, not in the past', { bootStartedAt: ago(600), bootToReadySeconds: [300] }, { expectedReadyAt: NOW.toISOString(), overdue: true, typicalSeconds: 300, basis: 'history', samples: 1 }],
    ['exactly on time: not yet overdue', { bootStartedAt: ago(300), bootToReadySeconds: [300] }, { expectedReadyAt: NOW.toISOString(), overdue: false, typicalSeconds: 300, basis: 'history', samples: 1 }],
    ['overdue without history', { bootStartedAt: ago(3600) }, { expectedReadyAt: NOW.toISOString(), overdue: true, typicalSeconds: 1200, basis: 'default', samples: 0 }],
  ] as const)('%s', (_name, change, expected) => {
    const facts = { ...booting, ...change };
    expect(startupEstimate(facts, NOW, policy)).toEqual({ startedAt: facts.bootStartedAt, ...expected });
  });

  it.each([
    ['no start asked for', { bootStartedAt: undefined }],
    ['the controller answers: the boot is over', { serviceStatus: 'available' }],
    ['stopping: the boot ended without a sample', { status: 'stopping' }],
    ['stopped', { status: 'stopped' }],
    ['terminated', { status: 'terminated' }],
    ['unregistered', { managed: false }],
    ['an unreadable start time', { bootStartedAt: 'soon' }],
  ] as const)('no estimate: %s', (_name, change) => {
    expect(startupEstimate({ ...booting, bootToReadySeconds: [300], ...change }, NOW, policy)).toBeUndefined();
  });

  it('never expects a boot before now, however the clock moves', () => {
    for (const elapsed of [0, 299, 300, 301, 7200]) {
      const e = startupEstimate({ ...booting, bootStartedAt: ago(elapsed), bootToReadySeconds: [300] }, NOW, policy);
      expect(Date.parse(e!.expectedReadyAt)).toBeGreaterThanOrEqual(NOW.getTime());
      expect(e!.overdue).toBe(elapsed > 300);
    }
  });
});
