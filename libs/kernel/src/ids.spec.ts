import { uuidv7, uuidv7Floor, uuidv7Time } from './ids.js';

describe('uuidv7 ordering', () => {
  it('keeps ids made in the same millisecond in the order they were made', () => {
    const t = 1_750_000_000_000;
    const ids = Array.from({ length: 500 }, () => uuidv7(t));
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('stays increasing when a burst overflows the per-millisecond counter', () => {
    const t = 1_750_000_001_000;
    const ids = Array.from({ length: 5000 }, () => uuidv7(t));
    expect([...ids].sort()).toEqual(ids);
    expect(uuidv7(t + 1) > ids[ids.length - 1]).toBe(true);
  });

  it('encodes the given time when the clock moves on, and honours a clock that went back', () => {
    const later = uuidv7(1_750_000_002_000);
    const earlier = uuidv7(1_600_000_000_000);
    expect(uuidv7Time(later)).toBe(1_750_000_002_000);
    expect(uuidv7Time(earlier)).toBe(1_600_000_000_000);
    expect(earlier < later).toBe(true);
  });
});

describe('uuidv7Floor', () => {
  it('sorts below every id of its millisecond and above every id of the one before', () => {
    const t = 1_750_000_003_000;
    const floor = uuidv7Floor(t);
    expect(uuidv7Time(floor)).toBe(t);
    expect(uuidv7(t) > floor).toBe(true);
    expect(uuidv7(t - 1) < floor).toBe(true);
  });
});

describe('uuidv7Time', () => {
  it('refuses what is not a version 7 UUID', () => {
    expect(uuidv7Time('not-an-id')).toBeUndefined();
    expect(uuidv7Time('6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBeUndefined();
  });
});
