import { conflicting, pickFree, reservationProblems } from './reservation.rule.js';

const NOW = new Date('2026-12-02T10:00:00Z');
const d = (iso: string) => new Date(iso);

describe('what is wrong with a reservation', () => {
  const ok = { purpose: 'CCNA class', start: d('2026-12-08T08:00:00Z'), end: d('2026-12-08T16:00:00Z'), workerIds: ['w1'] };
  it.each([
    ['nothing', ok, []],
    ['an end before the start', { ...ok, end: d('2026-12-08T07:00:00Z') }, ['end: the reservation ends before it starts; give an end after the start']],
    ['a window that is over', { ...ok, start: d('2026-11-01T08:00:00Z'), end: d('2026-11-01T10:00:00Z') }, ['end: the reservation is over already; give a window that has not ended']],
    ['too long', { ...ok, end: d('2027-02-08T08:00:00Z') }, ['end: a reservation lasts at most 31 days; split longer ones']],
    ['no purpose', { ...ok, purpose: ' ' }, ['purpose: say what the workers are for, e.g. "CCNA class, group B"']],
    ['both ids and a selector', { ...ok, count: 2, selector: { team: ['ccna'] } }, ['workers: give either workerIds, or count with a selector (the product picks free workers)']],
    ['neither', { purpose: 'x', start: ok.start, end: ok.end }, ['workers: give either workerIds, or count with a selector (the product picks free workers)']],
    ['a count without a selector', { purpose: 'x', start: ok.start, end: ok.end, count: 2 }, ['selector: give the tags the workers must have, e.g. {"team": ["ccna"]}']],
    [
      'nulls for the fields left out (as a JSON client may send them)',
      { purpose: 'x', start: ok.start, end: ok.end, workerIds: null, count: 3, selector: { team: ['ccna'] } } as never,
      [],
    ],
    ['a count that is not a whole number', { purpose: 'x', start: ok.start, end: ok.end, count: 1.5, selector: { team: ['ccna'] } }, ['count: give a whole number of workers from 1 to 100']],
  ])('%s', (_name, input, expected) => {
    expect(reservationProblems(input, NOW)).toEqual(expected);
  });
});

describe('reservations of the same worker', () => {
  const existing = [{ id: 'r1', purpose: 'morning', owner: 'alice', start: d('2026-12-08T08:00:00Z'), end: d('2026-12-08T12:00:00Z'), workerIds: ['w1', 'w2'] }];
  it.each([
    ['overlapping, same worker', { start: d('2026-12-08T11:00:00Z'), end: d('2026-12-08T13:00:00Z'), workerIds: ['w2'] }, ['r1']],
    ['touching at the end', { start: d('2026-12-08T12:00:00Z'), end: d('2026-12-08T13:00:00Z'), workerIds: ['w2'] }, []],
    ['overlapping, another worker', { start: d('2026-12-08T09:00:00Z'), end: d('2026-12-08T10:00:00Z'), workerIds: ['w3'] }, []],
  ])('%s', (_name, wanted, expected) => {
    expect(conflicting(wanted, existing).map((r) => r.id)).toEqual(expected);
  });

  it('picks free workers, running ones first, by name, and says how many were free when not enough', () => {
    const candidates = [
      { id: 'w1', name: 'c', status: 'stopped' },
      { id: 'w2', name: 'b', status: 'stopped' },
      { id: 'w3', name: 'a', status: 'stopped' },
      { id: 'w4', name: 'z', status: 'running' },
      { id: 'w5', name: 'y', status: 'terminated' },
    ];
    const window = { start: d('2026-12-08T09:00:00Z'), end: d('2026-12-08T10:00:00Z') };
    expect(pickFree(candidates, 2, window, existing)).toEqual({ picked: [candidates[3], candidates[2]] });
    expect(pickFree(candidates, 5, window, existing)).toEqual({ free: [candidates[3], candidates[2]] });
  });
});
