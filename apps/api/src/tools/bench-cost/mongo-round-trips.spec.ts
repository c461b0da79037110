import { MongoRoundTrips } from './mongo-round-trips.js';

/** Commands at given times: [requestId, start, end]. */
function timed(commands: [number, number, number][]): MongoRoundTrips {
  const events = commands.flatMap(([id, a, b]) => [{ t: a, id, kind: 'start' as const }, { t: b, id, kind: 'end' as const }]).sort((x, y) => x.t - y.t);
  let now = 0;
  const trips = new MongoRoundTrips(() => now);
  for (const e of events) {
    now = e.t;
    if (e.kind === 'start') trips.start(e.id);
    else trips.end(e.id);
  }
  return trips;
}

describe('MongoRoundTrips', () => {
  it.each([
    ['one command', [[1, 10, 20]], 0, 100, 1, 10],
    ['two in a row', [[1, 10, 20], [2, 30, 35]], 0, 100, 2, 15],
    ['two overlapping count the time either was in flight once', [[1, 10, 20], [2, 15, 30]], 0, 100, 2, 20],
    ['one inside another', [[1, 10, 40], [2, 15, 20]], 0, 100, 2, 30],
    ['clipped to the window', [[1, 10, 20], [2, 90, 120]], 15, 100, 1, 15],
    ['none', [], 0, 100, 0, 0],
  ] as [string, [number, number, number][], number, number, number, number][])('%s', (_name, commands, from, to, count, busy) => {
    expect(timed(commands).between(from, to)).toEqual({ commands: count, busyMs: busy });
  });

  it('ignores an end it did not see start', () => {
    const trips = timed([]);
    trips.end(7);
    expect(trips.between(0, 100)).toEqual({ commands: 0, busyMs: 0 });
  });
});
